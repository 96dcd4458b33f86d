using System;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// An appointment to a post, which calls for a pre-appointment talk (任前谈话) before it takes effect.
/// Immutable and thread-safe.
/// </summary>
/// <param name="PersonId">The appointee's id (in the roster).</param>
/// <param name="UnitId">The unit of the post.</param>
/// <param name="Role">The post's role.</param>
/// <param name="EffectiveDate">The day the appointment takes effect; the talk comes before it.</param>
public sealed record Appointment(string PersonId, string UnitId, PostRole Role, LocalDate EffectiveDate)
{
    /// <summary>The appointee's id.</summary>
    public string PersonId { get; } = Guard.NotNullOrWhiteSpace(PersonId);

    /// <summary>The unit of the post.</summary>
    public string UnitId { get; } = Guard.NotNullOrWhiteSpace(UnitId);

    /// <summary>The post's role.</summary>
    public PostRole Role { get; } = Enum.IsDefined(Role) ? Role : throw new ArgumentOutOfRangeException(nameof(Role), Role, "Unknown post role.");

    /// <summary>The day the appointment takes effect.</summary>
    public LocalDate EffectiveDate { get; } = EffectiveDate;
}
