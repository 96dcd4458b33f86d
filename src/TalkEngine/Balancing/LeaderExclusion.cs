namespace TalkEngine.Balancing;

/// <summary>A leader removed from a demand's candidates by a rule.</summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="Reason">Which rule and why: a built-in code (<c>balancing.lacks-role</c>, <c>balancing.is-subject</c>,
/// <c>balancing.recused</c>, <c>balancing.headed-unit</c>, <c>balancing.open-case</c>, <c>balancing.unavailable</c>)
/// or the reason a host rule gave.</param>
public sealed record LeaderExclusion(string LeaderId, Reason Reason);
