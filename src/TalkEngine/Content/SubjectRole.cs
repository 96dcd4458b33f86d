namespace TalkEngine.Content;

/// <summary>
/// The role a catalogue item is meant for, from the posts the subject holds during the talk's window. A subject who
/// holds both head posts of one unit (一肩挑) has <see cref="Both"/> as well as both head roles.
/// </summary>
public enum SubjectRole
{
    /// <summary>The administrative head, "number one" (行政一把手).</summary>
    AdministrativeHead = 0,

    /// <summary>The secretary of the unit's Party organisation (党组织书记).</summary>
    PartySecretary = 1,

    /// <summary>Both head posts of one unit at once (一肩挑).</summary>
    Both = 2,

    /// <summary>A deputy (副职).</summary>
    Deputy = 3,
}
