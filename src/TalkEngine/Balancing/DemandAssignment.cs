using System.Collections.Generic;

namespace TalkEngine.Balancing;

/// <summary>A demand, its leader, and why.</summary>
/// <param name="DemandId">The demand.</param>
/// <param name="SubjectId">The person talked to.</param>
/// <param name="LeaderId">The leader who talks.</param>
/// <param name="Reasons">Why, at least one (codes <c>balancing.fixed-by-source</c>, <c>balancing.kept-from-previous-plan</c>,
/// <c>balancing.supervising-leader</c>, <c>balancing.least-loaded</c>, <c>balancing.balanced-spread</c>); render them with <see cref="TextRenderer"/>.</param>
public sealed record DemandAssignment(string DemandId, string SubjectId, string LeaderId, IReadOnlyList<Reason> Reasons);
