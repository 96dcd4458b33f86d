namespace TalkEngine;

/// <summary>
/// The problem codes every capability uses when its input names something the roster does not have, so that
/// a host handles "a demand names a person not in the roster" the same way whichever step reports it.
/// </summary>
public static class RosterProblems
{
    /// <summary>A person id that is not in the roster: <c>roster.unknown-person</c>.</summary>
    public const string UnknownPerson = "roster.unknown-person";

    /// <summary>A unit id that is not in the roster: <c>roster.unknown-unit</c>.</summary>
    public const string UnknownUnit = "roster.unknown-unit";

    /// <summary>A leader id that is not on the roster's leadership team: <c>roster.unknown-leader</c>.</summary>
    public const string UnknownLeader = "roster.unknown-leader";
}
