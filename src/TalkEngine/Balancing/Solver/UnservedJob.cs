namespace TalkEngine.Balancing.Solver;

/// <summary>A job that cannot be served, and why.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Cause">Why.</param>
public sealed record UnservedJob(string JobId, UnservedCause Cause);
