using System.Collections.Generic;

namespace TalkEngine.Balancing;

/// <summary>A demand, its leader, and why.</summary>
/// <param name="DemandId">The demand.</param>
/// <param name="SubjectId">The person talked to.</param>
/// <param name="LeaderId">The leader who talks.</param>
/// <param name="Reasons">Why, at least one; render them with <see cref="TextRenderer"/>. A leader the source fixes has one,
/// <c>balancing.fixed-by-source</c> (its <c>basis</c> argument says why him: <c>balancing.fixed-basis.inspection-team-leader</c>,
/// <c>balancing.fixed-basis.role</c> with the <c>role</c> the source requires, or <c>balancing.fixed-basis.named</c>). A balanced
/// one has, in this order: <c>balancing.kept-from-previous-plan</c> when re-planning kept him; <c>balancing.supervising-leader</c>
/// when he supervises the subject's unit; one comparison of his load with the other eligible leaders'
/// (<c>balancing.only-eligible</c>, <c>balancing.even-split</c>, <c>balancing.near-even-split</c>, <c>balancing.least-loaded</c>,
/// <c>balancing.balanced-spread</c>, <c>balancing.lighter-leaders-full</c>, <c>balancing.weighted-spread</c>, with the loads as
/// arguments); then, for each other leader who supervises the unit, in id order, why not him
/// (<c>balancing.supervisor-excluded</c> once per rule that excludes him, its <c>rule</c> argument the rule's code;
/// <c>balancing.supervisor-full</c>; <c>balancing.supervisor-busier</c> with both loads now and after the move;
/// <c>balancing.supervisor-tie</c> when he and the chosen one, both supervising, were equally good).</param>
public sealed record DemandAssignment(string DemandId, string SubjectId, string LeaderId, IReadOnlyList<Reason> Reasons);
