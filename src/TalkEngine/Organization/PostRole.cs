namespace TalkEngine.Organization;

/// <summary>
/// The role of a <see cref="Post"/> in a unit. One person holding both head posts (一肩挑) is two
/// <see cref="Post"/>s with the same holder.
/// </summary>
public enum PostRole
{
    /// <summary>The administrative head, "number one" (行政一把手).</summary>
    AdministrativeHead = 0,

    /// <summary>The secretary of the unit's Party organisation (党组织书记).</summary>
    PartySecretary = 1,

    /// <summary>A deputy (副职).</summary>
    Deputy = 2,
}
