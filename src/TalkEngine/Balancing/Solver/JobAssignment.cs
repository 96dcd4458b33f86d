namespace TalkEngine.Balancing.Solver;

/// <summary>A job and the worker it was given.</summary>
/// <param name="JobId">The job.</param>
/// <param name="WorkerId">The worker.</param>
/// <param name="IsPreferred">Whether the worker is one of the job's preferred workers.</param>
/// <param name="IsKept">Whether the worker is the job's previous worker.</param>
public sealed record JobAssignment(string JobId, string WorkerId, bool IsPreferred, bool IsKept);
