using System;
using System.Collections.Generic;
using TalkEngine.Demands;

namespace TalkEngine.Balancing;

/// <summary>
/// Writes the reasons of each assignment from the solved loads, in the terms a discipline office asks about:
/// which source fixed the leader and on what basis; how his load compares with the other eligible leaders'
/// (an even split, as even as the numbers allow, the least loaded, a swap that would not help, lighter leaders
/// at capacity); and, for every supervising leader (分管领导) of the unit who was not chosen, why not (the rule that
/// excludes him, his capacity, or the loads giving him the talk would leave). The solver's objective and its proof
/// stay in <see cref="BalancingPlan"/>. Internal; one per balancing, not thread-safe.
/// </summary>
/// <remarks>
/// Moving one talk from the chosen leader t (load Lt, weight wt) to another eligible leader u changes the spread
/// Σ load²/weight by (2·Lu + 1)/wu − (2·Lt − 1)/wt. In an optimal plan no such move helps unless u is at capacity, and
/// none that saves a supervising-leader miss leaves the spread as it is: the texts below state those facts with the
/// loads that make them true (the property tests check them on random plans).
/// </remarks>
internal sealed class AssignmentExplainer
{
    private readonly IReadOnlyList<BalancingTalker> _talkers;
    private readonly Dictionary<string, int> _index;
    private readonly int[] _load;

    /// <param name="talkers">The leaders in ordinal id order.</param>
    /// <param name="index">Leader id → position in <paramref name="talkers"/>.</param>
    /// <param name="load">The solved counted loads, by position.</param>
    public AssignmentExplainer(IReadOnlyList<BalancingTalker> talkers, Dictionary<string, int> index, int[] load)
    {
        _talkers = talkers;
        _index = index;
        _load = load;
    }

    /// <summary>Why the source's leader: the source and the basis (the inspection team leader, the role it requires, or the leader it names).</summary>
    public Reason Fixed(BalancingDemand demand, BalancingTalker leader)
    {
        if (demand.RequiredRole is { } role)
        {
            return Reason.Of(BalancingCodes.FixedBySource, ("source", Codes.Of(demand.Source)), ("leader", leader.Id), ("name", leader.Name), ("basis", BalancingCodes.FixedBasisRole), ("role", Codes.Of(role)));
        }

        var basis = demand.Source == DemandSource.Inspection ? BalancingCodes.FixedBasisTeamLeader : BalancingCodes.FixedBasisNamed;
        return Reason.Of(BalancingCodes.FixedBySource, ("source", Codes.Of(demand.Source)), ("leader", leader.Id), ("name", leader.Name), ("basis", basis));
    }

    /// <summary>
    /// Why the balanced leader: kept from the previous plan, the supervising leader, how his load compares with the
    /// other eligible leaders', then why not each supervising leader who was not chosen (in id order).
    /// </summary>
    public List<Reason> Balanced(BalancingDemand demand, string leaderId, bool kept, bool preferred, IReadOnlyList<string> eligible, IReadOnlyList<LeaderExclusion> exclusions)
    {
        var t = _index[leaderId];
        var leader = _talkers[t];
        var reasons = new List<Reason>(3);
        if (kept)
        {
            reasons.Add(Reason.Of(BalancingCodes.KeptFromPreviousPlan, "leader", leader.Id, "name", leader.Name));
        }

        if (preferred)
        {
            reasons.Add(Reason.Of(BalancingCodes.SupervisingLeader, "leader", leader.Id, "name", leader.Name));
        }

        reasons.Add(LoadReason(t, eligible));
        if (demand.PreferredTalkerIds.Count > 0)
        {
            var supervisors = new List<string>(demand.PreferredTalkerIds);
            supervisors.Sort(StringComparer.Ordinal);
            foreach (var s in supervisors)
            {
                if (!string.Equals(s, leaderId, StringComparison.Ordinal))
                {
                    WhyNotSupervisor(_index[s], t, exclusions, reasons);
                }
            }
        }

        return reasons;
    }

    private Reason LoadReason(int t, IReadOnlyList<string> eligible)
    {
        var leader = _talkers[t];
        var load = _load[t];
        var others = 0;
        var min = int.MaxValue;
        var max = int.MinValue;
        var sameWeight = true;
        List<int>? lighter = null;
        foreach (var id in eligible)
        {
            var u = _index[id];
            if (u == t)
            {
                continue;
            }

            others++;
            min = Math.Min(min, _load[u]);
            max = Math.Max(max, _load[u]);
            sameWeight &= _talkers[u].Weight == leader.Weight;
            if (_load[u] <= load - 2)
            {
                (lighter ??= []).Add(u);
            }
        }

        var name = leader.Name;
        if (others == 0)
        {
            return Reason.Of(BalancingCodes.OnlyEligible, "leader", leader.Id, "name", name);
        }

        var count = IsoText.Number(load);
        if (!sameWeight)
        {
            return Reason.Of(BalancingCodes.WeightedSpread, "leader", leader.Id, "name", name, "load", count);
        }

        if (lighter is not null)
        {
            // With equal shares, giving the talk to a leader with two fewer would even the loads: only his capacity stops it.
            var full = lighter.FindAll(IsFull);
            if (full.Count > 0)
            {
                return Reason.Of(
                    BalancingCodes.LighterLeadersFull,
                    ("leader", leader.Id),
                    ("name", name),
                    ("load", count),
                    ("full", TextRenderer.ListArgument(full.ConvertAll(u => _talkers[u].Name))),
                    ("fullIds", TextRenderer.ListArgument(full.ConvertAll(u => _talkers[u].Id))));
            }
        }

        var leaders = IsoText.Number(others + 1);
        var low = Math.Min(min, load);
        var high = Math.Max(max, load);
        if (low == high)
        {
            return Reason.Of(BalancingCodes.EvenSplit, ("leader", leader.Id), ("name", name), ("load", count), ("leaders", leaders));
        }

        if (high - low == 1)
        {
            return Reason.Of(BalancingCodes.NearEvenSplit, ("leader", leader.Id), ("name", name), ("load", count), ("leaders", leaders), ("low", IsoText.Number(low)), ("high", IsoText.Number(high)));
        }

        return Reason.Of(load <= min ? BalancingCodes.LeastLoaded : BalancingCodes.BalancedSpread, ("leader", leader.Id), ("name", name), ("load", count), ("others", IsoText.Number(min)));
    }

    private void WhyNotSupervisor(int s, int t, IReadOnlyList<LeaderExclusion> exclusions, List<Reason> into)
    {
        var supervisor = _talkers[s];
        var excluded = false;
        foreach (var e in exclusions)
        {
            if (string.Equals(e.LeaderId, supervisor.Id, StringComparison.Ordinal))
            {
                into.Add(Excluded(supervisor, e.Reason));
                excluded = true;
            }
        }

        if (excluded)
        {
            return;
        }

        if (IsFull(s))
        {
            into.Add(Reason.Of(BalancingCodes.SupervisorFull, ("leader", supervisor.Id), ("name", supervisor.Name), ("capacity", IsoText.Number(supervisor.Capacity!.Value)), ("load", IsoText.Number(_load[s]))));
            return;
        }

        var chosen = _talkers[t];
        var change = (((2L * _load[s]) + 1) * chosen.Weight) - (((2L * _load[t]) - 1) * supervisor.Weight);
        if (change > 0)
        {
            into.Add(Reason.Of(
                BalancingCodes.SupervisorBusier,
                ("leader", supervisor.Id),
                ("name", supervisor.Name),
                ("load", IsoText.Number(_load[s])),
                ("loadIf", IsoText.Number(_load[s] + 1L)),
                ("chosen", chosen.Id),
                ("chosenName", chosen.Name),
                ("chosenLoad", IsoText.Number(_load[t])),
                ("chosenLoadIf", IsoText.Number(_load[t] - 1L))));
            return;
        }

        // The spread would stay the same: only another supervising leader can have been chosen instead (a move that
        // saves a miss at the same spread would be better), so the two were equally good.
        into.Add(Reason.Of(BalancingCodes.SupervisorTie, ("leader", supervisor.Id), ("name", supervisor.Name), ("load", IsoText.Number(_load[s])), ("chosen", chosen.Id), ("chosenName", chosen.Name)));
    }

    /// <summary>The rule's reason quoted (the <c>reason</c> kind): its code as <c>rule</c>, its arguments alongside (a name taken already is skipped).</summary>
    private static Reason Excluded(BalancingTalker supervisor, Reason rule)
    {
        var arguments = new List<KeyValuePair<string, string>>(rule.Arguments.Count + 3)
        {
            new("leader", supervisor.Id),
            new("name", supervisor.Name),
            new("rule", rule.Code),
        };
        foreach (var (key, value) in rule.Arguments)
        {
            if (key is not ("leader" or "name" or "rule"))
            {
                arguments.Add(new(key, value));
            }
        }

        return new Reason(BalancingCodes.SupervisorExcluded, arguments);
    }

    private bool IsFull(int u) => _talkers[u].Capacity is { } capacity && _load[u] >= capacity;
}
