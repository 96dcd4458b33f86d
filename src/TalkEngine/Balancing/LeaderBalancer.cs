using System;
using System.Collections.Generic;
using System.Linq;
using TalkEngine.Balancing.Solver;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Balancing;

/// <summary>
/// Balances a year's demands over the leadership team: every demand whose leader the source does not fix
/// goes to one eligible leader, no leader over his capacity, minimising lexicographically (1) Σ load²/weight,
/// (2) demands not given a supervising (preferred) leader, (3) changes against the previous plan; ties are
/// broken deterministically (leaders and demands are taken in ordinal id order, whatever the input order).
/// Eligibility: the required role, the host's recusal pairs, not the subject himself, not a leader who headed
/// the subject's unit within <see cref="BalancingOptions.RecentHeadshipLookback"/>, not a leader with an open
/// case, not a leader away throughout the window, and the host's <see cref="ILeaderEligibilityRule"/>s. Each
/// assignment says why (reasons, rendered by <see cref="TextRenderer"/>); what cannot be served is a result
/// with reasons, not an exception. Thread-safe.
/// <para>The reasons speak the discipline office's language: the source and the basis of a fixed leader (the
/// inspection team leader, the discipline secretary of the survey); for a balanced one, how his load compares with the
/// other eligible leaders' (an even split, as even as the numbers allow, the least loaded, lighter leaders at
/// capacity) and, for each supervising leader of the unit who was not chosen, why not (the rule that excludes him, his
/// capacity, or the loads giving him the talk would leave). The objective and its proof are in the plan, not in the reasons.</para>
/// </summary>
public sealed class LeaderBalancer
{
    private readonly LoadCounting _counting;
    private readonly NodaTime.Period _lookback;

    /// <summary>Creates a balancer with the default options.</summary>
    public LeaderBalancer()
        : this(new BalancingOptions())
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
    }

    /// <summary>Balances the demands of a roster over its leadership team.</summary>
    /// <param name="roster">The roster with its leadership team.</param>
    /// <param name="demands">The demands to balance (filter the set first to balance only some sources).</param>
    /// <param name="input">The year's facts the roster lacks: per-leader settings, recusal pairs, previous plan, rules; <see langword="null"/> for none.</param>
    /// <returns>The plan: assignments with reasons, loads, the proven objective, or the unserved demands and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> or <paramref name="demands"/> is <see langword="null"/>.</exception>
    /// <exception cref="TalkEngineValidationException">
    /// Code <c>balancing.input</c>, with every problem at once: a demand about a person (<c>balancing.unknown-person</c>)
    /// or unit not in the roster, a required leader who is not a leader or lacks the required role, settings for
    /// an unknown leader or with a bad capacity or weight, recusal pairs naming unknown leaders or people, a
    /// previous assignment naming an unknown demand, a null rule.
    /// </exception>
    public BalancingPlan Balance(Roster roster, DemandSet demands, BalancingInput? input = null)
    {
        Guard.NotNull(roster);
        Guard.NotNull(demands);
        return Balance(DemandBalancingMapper.Map(roster, demands, input));
    }

    /// <summary>Balances a mapped request (the engine; tests reach it directly). Code <c>balancing.request</c>: duplicate ids, unknown leaders.</summary>
    internal BalancingPlan Balance(BalancingRequest request)
    {
        Guard.NotNull(request);
        Validate(request);
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

        var evaluator = new EligibilityEvaluator(request.Recusals, request.HostRules, _lookback);
        var open = demands.Where(d => d.FixedTalkerId is null).ToArray();
        var exclusions = new Dictionary<string, List<LeaderExclusion>>(StringComparer.Ordinal);
        var jobs = new List<Job>(open.Length);
        var eligibleOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var d in open)
        {
            var excluded = new List<LeaderExclusion>();
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
            jobs.Add(new Job(d.Id, eligible, d.PreferredTalkerIds.Where(eligible.Contains), previous));
        }

        var workers = talkers.Select(t => new Worker(
            t.Id,
            t.Capacity,
            t.Weight,
            _counting == LoadCounting.AllDemands ? fixedCount[t.Id] : 0));
        var problem = AssignmentProblem.Create(workers, jobs);
        var result = AssignmentSolver.Solve(problem);
        var load = result.LoadArray;
        var talkerIndex = talkers.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        var explainer = new AssignmentExplainer(talkers, talkerIndex, load);
        var assignments = new List<DemandAssignment>(demands.Length);
        var assigned = result.Assignments.ToDictionary(a => a.JobId, StringComparer.Ordinal);
        foreach (var d in demands)
        {
            if (d.FixedTalkerId is { } f)
            {
                assignments.Add(new DemandAssignment(d.Id, d.SubjectId, f, [explainer.Fixed(d, byId[f])]));
                continue;
            }

            if (assigned.TryGetValue(d.Id, out var a))
            {
                assignments.Add(new DemandAssignment(d.Id, d.SubjectId, a.WorkerId, explainer.Balanced(d, a.WorkerId, a.IsKept, a.IsPreferred, eligibleOf[d.Id], exclusions[d.Id])));
            }
        }

        var unserved = new List<UnservedDemand>();
        var demandById = demands.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var u in result.Unserved)
        {
            var d = demandById[u.JobId];
            unserved.Add(u.Cause == UnservedCause.NoEligibleWorker
                ? new UnservedDemand(d.Id, d.SubjectId, Reason.Of(BalancingCodes.NoEligibleLeader, "demand", d.Id, "subject", d.SubjectId), exclusions[d.Id])
                : new UnservedDemand(d.Id, d.SubjectId, Reason.Of(BalancingCodes.CapacityShortage, "demand", d.Id, "subject", d.SubjectId), []));
        }

        var witness = result.Witness is { } w ? new HallWitness(w.JobIds, w.WorkerIds, w.Capacity) : null;
        var loads = talkers.Select((t, i) => new LeaderLoad(t.Id, load[i], t.Capacity)).ToArray();
        return new BalancingPlan(assignments.AsReadOnly(), unserved.AsReadOnly(), witness, Array.AsReadOnly(loads), result.Objective, result.LowerBound, result.IsProvenOptimal);
    }

    private static void Validate(BalancingRequest request)
    {
        var problems = new List<ValidationProblem>();
        var talkerIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Talkers.Count; i++)
        {
            if (!talkerIds.Add(request.Talkers[i].Id))
            {
                problems.Add(new("balancing.duplicate-leader", $"Leader id '{request.Talkers[i].Id}' appears more than once; leader ids must be unique.", $"leaders[{i}]", [request.Talkers[i].Id]));
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
                problems.Add(new("balancing.unknown-fixed-leader", $"Demand '{d.Id}' fixes leader '{f}', who is not among the leaders; add him or clear the required leader.", $"demands[{i}].requiredLeaderId", [d.Id, f]));
            }

            foreach (var p in d.PreferredTalkerIds)
            {
                if (!talkerIds.Contains(p))
                {
                    problems.Add(new("balancing.unknown-preferred-leader", $"Demand '{d.Id}' prefers leader '{p}', who is not among the leaders; add him or remove the preference.", $"demands[{i}].preferredLeaderIds", [d.Id, p]));
                }
            }
        }

        for (var i = 0; i < request.Recusals.Count; i++)
        {
            var r = request.Recusals[i];
            if (!talkerIds.Contains(r.LeaderId))
            {
                problems.Add(new("balancing.unknown-recusal-leader", $"Recusal pair names leader '{r.LeaderId}', who is not among the leaders; remove the pair or add the leader.", $"recusals[{i}]", [r.LeaderId, r.SubjectId]));
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
