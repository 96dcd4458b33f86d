using System;
using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>Evaluates the built-in rules and the host's, collecting every reason a pair is excluded.</summary>
internal sealed class EligibilityEvaluator
{
    private readonly HashSet<(string Leader, string Subject)> _recusals;
    private readonly IReadOnlyList<ILeaderEligibilityRule> _hostRules;
    private readonly Period _lookback;

    public EligibilityEvaluator(IEnumerable<RecusalPair> recusals, IReadOnlyList<ILeaderEligibilityRule> hostRules, Period lookback)
    {
        _recusals = [];
        foreach (var pair in recusals)
        {
            _recusals.Add((pair.LeaderId, pair.SubjectId));
        }

        _hostRules = hostRules;
        _lookback = lookback;
    }

    public void Collect(BalancingTalker talker, BalancingDemand demand, List<LeaderExclusion> into)
    {
        var source = Codes.Of(demand.Source);
        if (demand.RequiredRole is { } role && !talker.Leader.HasRole(role))
        {
            into.Add(new(talker.Id, Reason.Of(BalancingCodes.LacksRole, ("leader", talker.Id), ("name", talker.Name), ("source", source), ("role", Codes.Of(role)))));
        }

        if (string.Equals(talker.Id, demand.SubjectId, StringComparison.Ordinal))
        {
            into.Add(new(talker.Id, Reason.Of(BalancingCodes.IsSubject, "leader", talker.Id, "name", talker.Name)));
        }

        if (_recusals.Contains((talker.Id, demand.SubjectId)))
        {
            into.Add(new(talker.Id, Reason.Of(BalancingCodes.Recused, "leader", talker.Id, "name", talker.Name, "subject", demand.SubjectId)));
        }

        var since = SafeDates.MinusClamped(demand.Window.Start, _lookback);
        foreach (var headship in talker.Headships)
        {
            if (string.Equals(headship.UnitId, demand.SubjectUnitId, StringComparison.Ordinal)
                && headship.Period.End >= since && headship.Period.Start <= demand.Window.End)
            {
                into.Add(new(talker.Id, Reason.Of(BalancingCodes.HeadedUnit, ("leader", talker.Id), ("name", talker.Name), ("unit", headship.UnitId), ("period", IsoText.Period(headship.Period)))));
                break;
            }
        }

        if (talker.HasOpenCase)
        {
            into.Add(new(talker.Id, Reason.Of(BalancingCodes.OpenCase, "leader", talker.Id, "name", talker.Name)));
        }

        if (talker.IsAwayThroughout(demand.Window))
        {
            into.Add(new(talker.Id, Reason.Of(BalancingCodes.Unavailable, "leader", talker.Id, "name", talker.Name, "window", IsoText.Period(demand.Window))));
        }

        foreach (var rule in _hostRules)
        {
            var verdict = rule.Evaluate(talker.Leader, demand.Demand);
            if (!verdict.IsEligible)
            {
                into.Add(new(talker.Id, verdict.Reason ?? Reason.Of(rule.Code)));
            }
        }
    }
}
