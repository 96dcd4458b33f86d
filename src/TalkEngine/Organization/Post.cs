using System;
using NodaTime;

namespace TalkEngine.Organization;

/// <summary>
/// A post held by a person in a unit over a period. One person holding both head posts (一肩挑) is two
/// posts with the same holder. Immutable and thread-safe.
/// </summary>
/// <param name="UnitId">The unit's id.</param>
/// <param name="Role">The post's role.</param>
/// <param name="HolderId">The id of the person who holds the post.</param>
/// <param name="Period">When the post is held (inclusive); <see langword="null"/> when open-ended.</param>
/// <param name="SensitivePost">
/// The name of one of the unit's <see cref="Unit.SensitivePosts"/> this post covers (a deputy in charge of
/// procurement, say); <see langword="null"/> when none. Holders of sensitive posts get pre-holiday reminders.
/// </param>
public sealed record Post(string UnitId, PostRole Role, string HolderId, DateInterval? Period = null, string? SensitivePost = null)
{
    /// <summary>The unit's id.</summary>
    public string UnitId { get; } = Guard.NotNullOrWhiteSpace(UnitId);

    /// <summary>The post's role.</summary>
    public PostRole Role { get; } = Enum.IsDefined(Role) ? Role : throw new ArgumentOutOfRangeException(nameof(Role), Role, "Unknown post role.");

    /// <summary>The id of the person who holds the post.</summary>
    public string HolderId { get; } = Guard.NotNullOrWhiteSpace(HolderId);

    /// <summary>When the post is held (inclusive); <see langword="null"/> when open-ended.</summary>
    public DateInterval? Period { get; } = Period;

    /// <summary>The name of the unit's sensitive post this post covers; <see langword="null"/> when none.</summary>
    public string? SensitivePost { get; } = SensitivePost is not null && string.IsNullOrWhiteSpace(SensitivePost)
        ? throw new ArgumentException("The sensitive post must be null or the name of one of the unit's sensitive posts, not empty.", nameof(SensitivePost))
        : SensitivePost;

    /// <summary>Whether this is a head post: administrative head or party secretary.</summary>
    public bool IsHeadPost => Role is PostRole.AdministrativeHead or PostRole.PartySecretary;

    /// <summary>Whether the post is held on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the period is open-ended or contains the date.</returns>
    public bool IsHeldOn(LocalDate date) => Period is null || Period.Contains(date);

    /// <summary>Whether the post is held on at least one day of <paramref name="interval"/>.</summary>
    /// <param name="interval">The dates.</param>
    /// <returns><see langword="true"/> when the post's period and the interval share a day.</returns>
    public bool IsHeldDuring(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Period is null || (Period.Start <= interval.End && interval.Start <= Period.End);
    }
}
