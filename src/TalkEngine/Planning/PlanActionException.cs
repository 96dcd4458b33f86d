using System;
using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Planning;

/// <summary>
/// Thrown when a step is taken on a <see cref="PlanDocument"/> in a state that does not allow it (approving a draft
/// that was never sent for comments, re-planning a closed year). It names the state, the step and the steps the state
/// allows, as a <see cref="Reason"/> that <see cref="Render"/> writes in the host's language; the message is English.
/// </summary>
public sealed class PlanActionException : InvalidOperationException
{
    /// <summary>The error code of every such exception: <c>planning.action-not-allowed</c>.</summary>
    public const string Code = PlanningTexts.ActionNotAllowed;

    /// <summary>Creates the exception.</summary>
    /// <param name="state">The document's state.</param>
    /// <param name="action">The step refused.</param>
    /// <param name="allowed">The steps the state allows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allowed"/> is null.</exception>
    public PlanActionException(PlanState state, PlanAction action, IEnumerable<PlanAction> allowed)
        : this(state, action, Guard.NotNull(allowed).ToArray())
    {
    }

    private PlanActionException(PlanState state, PlanAction action, PlanAction[] allowed)
        : base(TextRenderer.English.Render(BuildReason(state, action, allowed)))
    {
        State = state;
        Action = action;
        Allowed = Array.AsReadOnly(allowed);
        Reason = BuildReason(state, action, allowed);
    }

    /// <summary>The stable code, <see cref="Code"/>.</summary>
    public string ErrorCode => Code;

    /// <summary>The document's state when the step was refused.</summary>
    public PlanState State { get; }

    /// <summary>The step refused.</summary>
    public PlanAction Action { get; }

    /// <summary>The steps the state allows (empty when the plan is closed).</summary>
    public IReadOnlyList<PlanAction> Allowed { get; }

    /// <summary>The refusal as a code with arguments (<c>state</c>, <c>action</c>, <c>allowed</c>).</summary>
    public Reason Reason { get; }

    /// <summary>The refusal in the renderer's language.</summary>
    /// <param name="text">The renderer, such as <see cref="TalkPlanner.Text"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Render(TextRenderer text) => Guard.NotNull(text).Render(Reason);

    private static Reason BuildReason(PlanState state, PlanAction action, PlanAction[] allowed)
        => Reason.Of(
            allowed.Length == 0 ? PlanningTexts.ActionNotAllowedClosed : PlanningTexts.ActionNotAllowed,
            "state", Codes.Of(state),
            "action", Codes.Of(action),
            "allowed", string.Join(",", allowed.Select(a => Codes.Of(a))));
}
