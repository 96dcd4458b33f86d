using System;
using System.Collections.Generic;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// A special governance drive (专项治理) against one named problem, with its scope: the heads of the units
/// listed (and of their sub-units) and the holders of the sensitive posts named. Immutable and thread-safe.
/// </summary>
/// <param name="Id">The drive's id, unique among drives.</param>
/// <param name="Name">The drive's name, such as 「四风」问题专项治理.</param>
/// <param name="Window">When the talks of the drive take place (inclusive).</param>
/// <param name="UnitIds">The units in scope; their heads, and the heads of their sub-units, are talked to.</param>
/// <param name="SensitivePosts">Sensitive post names in scope; everyone holding such a post, in any unit, is talked to.</param>
public sealed record GovernanceDrive(string Id, string Name, DateInterval Window, IReadOnlyList<string> UnitIds, IReadOnlyList<string> SensitivePosts)
{
    /// <summary>The drive's id, unique among drives.</summary>
    public string Id { get; } = Guard.NotNullOrWhiteSpace(Id);

    /// <summary>The drive's name.</summary>
    public string Name { get; } = Guard.NotNullOrWhiteSpace(Name);

    /// <summary>When the talks of the drive take place (inclusive).</summary>
    public DateInterval Window { get; } = Guard.NotNull(Window);

    /// <summary>The units in scope, with their sub-units.</summary>
    public IReadOnlyList<string> UnitIds { get; } = ReadOnly.Ids(UnitIds, nameof(UnitIds));

    /// <summary>Sensitive post names in scope.</summary>
    public IReadOnlyList<string> SensitivePosts { get; } = ReadOnly.Ids(SensitivePosts, nameof(SensitivePosts)) is { } posts && (posts.Count > 0 || UnitIds?.Count > 0)
        ? posts
        : throw new ArgumentException("A drive needs a scope: at least one unit or one sensitive post.", nameof(SensitivePosts));
}
