using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TalkEngine.Balancing;

/// <summary>
/// Assigns every demand without a fixed talker to one eligible talker, no talker over his capacity,
/// minimising lexicographically (1) Σ load²/weight, (2) demands not given a preferred talker,
/// (3) changes against the previous plan; ties are broken deterministically (talkers and demands are
/// taken in ordinal id order, whatever the input order). Eligibility: the required role, the host's
/// recusal pairs, not the subject himself, not a talker who headed the subject's unit within
/// <see cref="BalancingOptions.RecentHeadshipLookback"/>, not a talker with an open case, not a talker
/// away throughout the window, and the host's <see cref="ITalkerEligibilityRule"/>s. Each assignment
/// says why; what cannot be served is a result with reasons, not an exception. Thread-safe.
/// </summary>
public sealed class LeaderBalancer
{
    private readonly LoadCounting _counting;
    private readonly NodaTime.Period _lookback;
    private readonly OutputLanguage _language;

    /// <summary>Creates a balancer with the default options.</summary>
    public LeaderBalancer()
        : this(null)
    {
    }

    /// <summary>Creates a balancer.</summary>
    /// <param name="options">The options (copied); <see langword="null"/> for the defaults.</param>
    /// <exception cref="TalkEngineValidationException">A setting is invalid (code <c>options.balancing</c>, the problems DI reports when the host starts).</exception>
    public LeaderBalancer(BalancingOptions? options)
    {
        options ??= new BalancingOptions();
        BalancingOptionsValidator.Instance.ThrowIfInvalid(options);
        _counting = options.LoadCounting;
        _lookback = options.RecentHeadshipLookback ?? throw new ArgumentException("RecentHeadshipLookback must be set.", nameof(options));
        _language = options.Language;
    }

    /// <summary>Balances the request.</summary>
    /// <param name="request">The talkers, demands and rules.</param>
    /// <returns>The plan: assignments with reasons, loads, the proven objective, or the unserved demands.</returns>
    /// <exception cref="TalkEngineValidationException">The request has problems (code <c>balancing.request</c>): duplicate ids, unknown talkers.</exception>
    public BalancingPlan Balance(BalancingRequest request)
    {
        Guard.NotNull(request);
        Validate(request);
        var en = _language == OutputLanguage.English;
        var talkers = request.Talkers.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
        var byId = talkers.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var demands = request.Demands.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var fixedCount = talkers.ToDictionary(t => t.Id, _ => 0, StringComparer.Ordinal);
        foreach (var d in demands)
        {
            if (d.FixedTalkerId is { } f)
            {
                fixedCount[f]++;
            }
        }

        var evaluator = new EligibilityEvaluator(request.Recusals, request.HostRules, _lookback, _language);
        var open = demands.Where(d => d.FixedTalkerId is null).ToArray();
        var exclusions = new Dictionary<string, List<TalkerExclusion>>(StringComparer.Ordinal);
        var subjects = new List<ExplicitSubject>(open.Length);
        var eligibleOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var d in open)
        {
            var excluded = new List<TalkerExclusion>();
            var eligible = new List<string>();
            foreach (var t in talkers)
            {
                var before = excluded.Count;
                evaluator.Collect(t, d, excluded);
                if (excluded.Count == before)
                {
                    eligible.Add(t.Id);
                }
            }

            exclusions[d.Id] = excluded;
            eligibleOf[d.Id] = eligible.ToArray();
            request.PreviousAssignment.TryGetValue(d.Id, out var previous);
            subjects.Add(new ExplicitSubject(d.Id, eligible, d.PreferredTalkerIds.Where(eligible.Contains), previous));
        }

        var explicitTalkers = talkers.Select(t => new ExplicitTalker(
            t.Id,
            t.Capacity,
            t.Weight,
            _counting == LoadCounting.AllDemands ? fixedCount[t.Id] : 0));
        var instance = BalancingInstance.Create(explicitTalkers, subjects);
        var result = BalancingSolver.Solve(instance);
        var load = result.LoadArray;
        var talkerIndex = talkers.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        var assignments = new List<DemandAssignment>(demands.Length);
        var assigned = result.Assignments.ToDictionary(a => a.SubjectId, StringComparer.Ordinal);
        foreach (var d in demands)
        {
            if (d.FixedTalkerId is { } f)
            {
                var name = byId[f].Name;
                assignments.Add(new DemandAssignment(d.Id, d.SubjectId, f, [new AssignmentReason(
                    AssignmentReasonKind.FixedBySource,
                    en ? $"Fixed by the source '{d.Source}': {name}." : $"由来源“{d.Source}”指定：{name}。")]));
                continue;
            }

            if (!assigned.TryGetValue(d.Id, out var a))
            {
                continue;
            }

            var t = byId[a.TalkerId];
            var ti = talkerIndex[t.Id];
            var reasons = new List<AssignmentReason>(2);
            if (a.IsKept)
            {
                reasons.Add(new(AssignmentReasonKind.KeptFromPreviousPlan, en ? $"Kept {t.Name} from the previous plan." : $"沿用上一版计划的谈话人{t.Name}。"));
            }

            if (a.IsPreferred)
            {
                reasons.Add(new(AssignmentReasonKind.PreferredTalker, en ? $"{t.Name} is the preferred (supervising) leader." : $"{t.Name}是分管领导（优先人选）。"));
            }

            var leastLoaded = true;
            foreach (var other in eligibleOf[d.Id])
            {
                var ui = talkerIndex[other];
                if (ui != ti && (long)(load[ti] - 1) * talkers[ui].Weight > (long)load[ui] * t.Weight)
                {
                    leastLoaded = false;
                    break;
                }
            }

            var count = load[ti].ToString(CultureInfo.InvariantCulture);
            if (leastLoaded)
            {
                reasons.Add(new(AssignmentReasonKind.LeastLoadedEligible, en
                    ? $"{t.Name} was the least-loaded eligible leader ({count} talks)."
                    : $"{t.Name}是可选领导中负担最轻的（共{count}次）。"));
            }
            else if (reasons.Count == 0)
            {
                reasons.Add(new(AssignmentReasonKind.BalancedSpread, en
                    ? $"Given capacities and the other talks, no other eligible leader makes the loads more even ({t.Name}: {count} talks)."
                    : $"综合容量和其他谈话，改由其他可选领导不会使负担更均衡（{t.Name}共{count}次）。"));
            }

            assignments.Add(new DemandAssignment(d.Id, d.SubjectId, t.Id, reasons));
        }

        var unserved = new List<UnservedDemand>();
        var demandById = demands.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var u in result.Unserved)
        {
            var d = demandById[u.SubjectId];
            if (u.Reason == UnservedReason.NoEligibleTalker)
            {
                var list = exclusions[d.Id];
                var rules = string.Join(en ? "; " : "；", list.Select(x => x.Reason));
                unserved.Add(new UnservedDemand(d.Id, d.SubjectId, u.Reason, list, en
                    ? $"No eligible talker for {d.SubjectId}: {rules}"
                    : $"{d.SubjectId}没有可选的谈话人：{rules}"));
            }
            else
            {
                unserved.Add(new UnservedDemand(d.Id, d.SubjectId, u.Reason, [], en
                    ? $"Its eligible talkers are full: see the capacity shortage."
                    : "可选谈话人的容量已满：见容量缺口说明。"));
            }
        }

        string? witnessText = null;
        if (result.HallWitness is { } w)
        {
            witnessText = en
                ? $"These {w.SubjectCount} demands can only go to these {w.TalkerIds.Count} leaders ({string.Join(", ", w.TalkerIds)}), whose capacity is {w.Capacity}."
                : $"这{w.SubjectCount}项谈话只能由{w.TalkerIds.Count}名领导（{string.Join("、", w.TalkerIds)}）承担，其容量合计{w.Capacity}。";
        }

        var loads = talkers.Select((t, i) => new TalkerLoad(t.Id, load[i], t.Capacity)).ToArray();
        return new BalancingPlan(assignments, unserved, result.HallWitness, loads, result.Objective, result.LowerBound, result.IsProvenOptimal, witnessText);
    }

    /// <summary>
    /// Balances the demands of an organisation over its leadership team: <see cref="BalancingRequest.FromDemands"/>
    /// then <see cref="Balance(BalancingRequest)"/>. The source labels follow this balancer's language.
    /// </summary>
    /// <param name="roster">The roster with its leadership team.</param>
    /// <param name="demands">The demands.</param>
    /// <param name="options">The host's per-leader settings, recusal pairs, previous plan and rules; <see langword="null"/> for none.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="TalkEngineValidationException">The organisation and demands do not fit (code <c>balancing.from-demands</c>).</exception>
    public BalancingPlan Balance(TalkEngine.Organization.Roster roster, TalkEngine.Demands.DemandSet demands, DemandBalancingOptions? options = null)
    {
        Guard.NotNull(roster);
        Guard.NotNull(demands);
        if (options is null)
        {
            options = new DemandBalancingOptions { Language = _language };
        }

        return Balance(BalancingRequest.FromDemands(roster, demands, options));
    }

    private static void Validate(BalancingRequest request)
    {
        var problems = new List<ValidationProblem>();
        var talkerIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Talkers.Count; i++)
        {
            if (!talkerIds.Add(request.Talkers[i].Id))
            {
                problems.Add(new("balancing.duplicate-talker", $"Talker id '{request.Talkers[i].Id}' appears more than once; talker ids must be unique.", $"talkers[{i}]", [request.Talkers[i].Id]));
            }
        }

        var demandIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Demands.Count; i++)
        {
            var d = request.Demands[i];
            if (!demandIds.Add(d.Id))
            {
                problems.Add(new("balancing.duplicate-demand", $"Demand id '{d.Id}' appears more than once; demand ids must be unique.", $"demands[{i}]", [d.Id]));
            }

            if (d.FixedTalkerId is { } f && !talkerIds.Contains(f))
            {
                problems.Add(new("balancing.unknown-fixed-talker", $"Demand '{d.Id}' fixes talker '{f}', who is not among the talkers; add him or clear the fixed talker.", $"demands[{i}].fixedTalkerId", [d.Id, f]));
            }

            foreach (var p in d.PreferredTalkerIds)
            {
                if (!talkerIds.Contains(p))
                {
                    problems.Add(new("balancing.unknown-preferred-talker", $"Demand '{d.Id}' prefers talker '{p}', who is not among the talkers; add him or remove the preference.", $"demands[{i}].preferredTalkerIds", [d.Id, p]));
                }
            }
        }

        for (var i = 0; i < request.Recusals.Count; i++)
        {
            var r = request.Recusals[i];
            if (!talkerIds.Contains(r.TalkerId))
            {
                problems.Add(new("balancing.unknown-recusal-talker", $"Recusal pair names talker '{r.TalkerId}', who is not among the talkers; remove the pair or add the talker.", $"recusals[{i}]", [r.TalkerId, r.SubjectId]));
            }
        }

        foreach (var (demandId, _) in request.PreviousAssignment.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!demandIds.Contains(demandId))
            {
                problems.Add(new("balancing.unknown-previous-demand", $"The previous assignment names demand '{demandId}', which is not among the demands; drop it from the previous assignment.", "previousAssignment", [demandId]));
            }
        }

        TalkEngineValidationException.ThrowIfAny("balancing.request", problems);
    }
}
