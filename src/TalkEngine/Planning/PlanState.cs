namespace TalkEngine.Planning;

/// <summary>
/// Where the year's plan document is in its life (the account's ¶4): drafted, sent to every leadership member for
/// comments (征求意见稿), approved, carried out, closed. In JSON and reasons each state is its code
/// (<c>in-consultation</c>). See <see cref="PlanDocument"/> for the steps between them.
/// </summary>
public enum PlanState
{
    /// <summary>The draft (code <c>draft</c>): made by <see cref="TalkPlanner.Draft"/>, not yet sent for comments.</summary>
    Draft,

    /// <summary>Sent to the leadership members for comments (<c>in-consultation</c>); each member's comments are recorded with their date.</summary>
    InConsultation,

    /// <summary>Approved (<c>approved</c>): the plan the year follows; templates go out.</summary>
    Approved,

    /// <summary>Being carried out (<c>in-progress</c>): talks are held and recorded.</summary>
    InProgress,

    /// <summary>Closed (<c>closed</c>): the year is over and summarised; nothing more changes.</summary>
    Closed,
}

/// <summary>A step a host takes on a <see cref="PlanDocument"/>; each is allowed in some <see cref="PlanState"/>s only (see <see cref="PlanDocument.AllowedActions"/>).</summary>
public enum PlanAction
{
    /// <summary>Send the draft to the leadership members for comments (<c>send-for-consultation</c>): draft → in consultation.</summary>
    SendForConsultation,

    /// <summary>Record a member's comment (<c>comment</c>): in consultation only.</summary>
    Comment,

    /// <summary>Approve the plan (<c>approve</c>): in consultation → approved.</summary>
    Approve,

    /// <summary>Start carrying the plan out (<c>start</c>): approved → in progress.</summary>
    Start,

    /// <summary>Close the year (<c>close</c>): in progress → closed.</summary>
    Close,

    /// <summary>Make a new version of the plan from changed input (<c>replan</c>): in every state but closed; the state is kept.</summary>
    Replan,
}
