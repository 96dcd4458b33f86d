using System;
using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Organization;

/// <summary>
/// A member of the leadership team (领导班子), the one who talks, with roles and the units he or she supervises
/// (分管). A leader may also be a <see cref="Person"/> of the roster with the same id, or not.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Id">The leader's id, unique among leaders.</param>
/// <param name="Name">The leader's name.</param>
/// <param name="Roles">The leader's roles; at least one.</param>
/// <param name="SupervisedUnitIds">The ids of the units the leader supervises; may be empty.</param>
public sealed record Leader(string Id, string Name, IReadOnlyList<LeaderRole> Roles, IReadOnlyList<string> SupervisedUnitIds)
{
    /// <summary>The leader's id, unique among leaders.</summary>
    public string Id { get; } = Guard.NotNullOrWhiteSpace(Id);

    /// <summary>The leader's name.</summary>
    public string Name { get; } = Guard.NotNullOrWhiteSpace(Name);

    /// <summary>The leader's roles, distinct, in enum order; at least one.</summary>
    public IReadOnlyList<LeaderRole> Roles { get; } = CheckRoles(Roles);

    /// <summary>The ids of the units the leader supervises, distinct, in the given order.</summary>
    public IReadOnlyList<string> SupervisedUnitIds { get; } = ReadOnly.Ids(SupervisedUnitIds, nameof(SupervisedUnitIds));

    /// <summary>Whether the leader has <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when the leader has the role.</returns>
    public bool HasRole(LeaderRole role) => Roles.Contains(role);

    private static IReadOnlyList<LeaderRole> CheckRoles(IReadOnlyList<LeaderRole>? roles)
    {
        ArgumentNullException.ThrowIfNull(roles, nameof(Roles));
        if (roles.Count == 0)
        {
            throw new ArgumentException("A leader needs at least one role; use LeaderRole.Other when none fits.", nameof(Roles));
        }

        foreach (var role in roles)
        {
            if (!Enum.IsDefined(role))
            {
                throw new ArgumentOutOfRangeException(nameof(Roles), role, "Unknown leader role.");
            }
        }

        return ReadOnly.Wrap(roles.Distinct().Order().ToList());
    }
}
