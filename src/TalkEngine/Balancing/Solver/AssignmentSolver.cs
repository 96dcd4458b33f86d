namespace TalkEngine.Balancing.Solver;

/// <summary>
/// Solves an explicit-eligibility <see cref="AssignmentProblem"/> exactly: every job to one
/// eligible worker, no worker over its capacity, minimising lexicographically (1) Σ load²/weight,
/// (2) preferred misses, (3) changes against the previous worker. Ties are then broken
/// deterministically: jobs of one type (equal eligible, preferred and previous) are handed out
/// in input order to workers in input order, and the solver itself is deterministic, so the same
/// input always gives the same answer. Stateless and thread-safe.
/// </summary>
public static class AssignmentSolver
{
    /// <summary>Solves the instance.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>The optimal assignment with its proof, or the unserved jobs with a Hall witness.</returns>
    public static AssignmentSolution Solve(AssignmentProblem instance)
    {
        Guard.NotNull(instance);
        return new AssignmentSolution(instance, BalancingCore.Solve(instance));
    }
}
