using TalkEngine.Planning;

namespace TalkEngine.Samples.AspNetCore;

/// <summary>
/// The host's steps on the library's lifecycle (<see cref="PlanDocument.ActionsAllowedIn"/>): the host keeps the state in
/// its database and asks the library which steps it allows, so the rule is written once. Re-planning is the library's
/// and not offered over HTTP here.
/// </summary>
internal static class PlanLifecycle
{
    /// <summary>The states the host's endpoints can move a plan to from <paramref name="state"/>.</summary>
    public static IReadOnlyList<PlanState> Next(PlanState state)
        => PlanDocument.ActionsAllowedIn(state).Select(TargetOf).OfType<PlanState>().ToList();

    /// <summary>Whether the lifecycle allows the step that moves a plan from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(PlanState from, PlanState to) => Next(from).Contains(to);

    /// <summary>Whether a leadership member's comment may be recorded in <paramref name="state"/>.</summary>
    public static bool AllowsComment(PlanState state) => PlanDocument.ActionsAllowedIn(state).Contains(PlanAction.Comment);

    // The state a step leads to; null for the steps that keep it (a comment, a re-plan).
    private static PlanState? TargetOf(PlanAction action) => action switch
    {
        PlanAction.SendForConsultation => PlanState.InConsultation,
        PlanAction.Approve => PlanState.Approved,
        PlanAction.Start => PlanState.InProgress,
        PlanAction.Close => PlanState.Closed,
        _ => null,
    };
}
