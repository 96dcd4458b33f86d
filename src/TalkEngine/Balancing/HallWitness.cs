using System.Collections.Generic;

namespace TalkEngine.Balancing;

/// <summary>
/// Proof that demands are short of capacity: these demands can only go to these leaders (or to none),
/// whose spare capacity is smaller than their number; the deficit equals the number of unserved demands.
/// </summary>
/// <param name="DemandIds">The demands.</param>
/// <param name="LeaderIds">Every leader any of them may go to.</param>
/// <param name="Capacity">Those leaders' spare capacity.</param>
public sealed record HallWitness(IReadOnlyList<string> DemandIds, IReadOnlyList<string> LeaderIds, long Capacity)
{
    /// <summary>The witness as a reason (<c>balancing.hall-witness</c>), such as 这30项谈话只能由5名领导（…）承担，其容量合计27。</summary>
    public Reason Reason => Reason.Of(
        BalancingCodes.HallWitness,
        ("demands", IsoText.Number(DemandIds.Count)),
        ("leaders", IsoText.Number(LeaderIds.Count)),
        ("leaderIds", string.Join(",", LeaderIds)),
        ("capacity", IsoText.Number(Capacity)));
}
