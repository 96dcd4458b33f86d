namespace TalkEngine.Samples.AspNetCore;

/// <summary>Where a year's plan is in its life (¶4 of the account): drafted in August, sent for comments, approved, carried out, closed.</summary>
internal enum PlanState
{
    /// <summary>Made from the roster file; not yet sent to the leadership members.</summary>
    Draft,

    /// <summary>The consultation draft (征求意见稿): each leadership member's comments are recorded, with their date.</summary>
    InConsultation,

    /// <summary>Approved; the talks may begin.</summary>
    Approved,

    /// <summary>Talks are being held and their records posted.</summary>
    InProgress,

    /// <summary>The year is over; nothing more is posted.</summary>
    Closed,
}

/// <summary>The plan's state machine: which state may follow which. Everything else is an illegal transition.</summary>
internal static class PlanLifecycle
{
    public static IReadOnlyList<PlanState> Next(PlanState state) => state switch
    {
        PlanState.Draft => [PlanState.InConsultation],
        PlanState.InConsultation => [PlanState.Approved],
        PlanState.Approved => [PlanState.InProgress],
        PlanState.InProgress => [PlanState.Closed],
        _ => [],
    };

    public static bool CanMove(PlanState from, PlanState to) => Next(from).Contains(to);
}
