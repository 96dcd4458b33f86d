using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Balancing;

/// <summary>
/// A host-supplied eligibility rule (a recusal the package does not know about), evaluated for every
/// (leader, demand) pair whose leader is not fixed. Implementations must be deterministic and thread-safe.
/// </summary>
public interface ILeaderEligibilityRule
{
    /// <summary>A stable code for the rule, such as <c>host.same-project</c>.</summary>
    string Code { get; }

    /// <summary>Decides whether <paramref name="leader"/> may hold <paramref name="demand"/>'s talk.</summary>
    /// <param name="leader">The leader.</param>
    /// <param name="demand">The demand.</param>
    /// <returns>The verdict.</returns>
    EligibilityVerdict Evaluate(Leader leader, TalkDemand demand);
}
