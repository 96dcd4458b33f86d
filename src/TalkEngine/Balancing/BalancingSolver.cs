namespace TalkEngine.Balancing;

/// <summary>
/// Solves an explicit-eligibility <see cref="BalancingInstance"/> exactly: every subject to one
/// eligible talker, no talker over its capacity, minimising lexicographically (1) Σ load²/weight,
/// (2) preferred misses, (3) changes against the previous talker. Ties are then broken
/// deterministically: subjects of one type (equal eligible, preferred and previous) are handed out
/// in input order to talkers in input order, and the solver itself is deterministic, so the same
/// input always gives the same answer. Stateless and thread-safe.
/// </summary>
public static class BalancingSolver
{
    /// <summary>Solves the instance.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>The optimal assignment with its proof, or the unserved subjects with a Hall witness.</returns>
    public static ExplicitBalancingResult Solve(BalancingInstance instance)
    {
        Guard.NotNull(instance);
        return new ExplicitBalancingResult(instance, BalancingCore.Solve(instance));
    }
}
