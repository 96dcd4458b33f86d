using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Balancing;

/// <summary>
/// Maps the roster, its demands and the host's <see cref="BalancingInput"/> to a <see cref="BalancingRequest"/>,
/// checking everything at once: every leader of the roster becomes a candidate (roles typed; headships from the head
/// posts he held plus the host's), every demand keeps its required leader, required role and source, with the
/// leaders who supervise its unit (分管) preferred.
/// </summary>
internal static class DemandBalancingMapper
{
    public const string ErrorCode = "balancing.input";


    public static BalancingRequest Map(Roster roster, DemandSet demands, BalancingInput? options)
    {
        Guard.NotNull(roster);
        Guard.NotNull(demands);
        options ??= new BalancingInput();
        var problems = new List<ValidationProblem>();
        CheckSettings(roster, options, problems);
        var talkers = roster.Leaders.Select(l => Talker(roster, l, options.Leaders.TryGetValue(l.Id, out var s) ? s : null)).ToArray();
        var mapped = new List<BalancingDemand>(demands.Demands.Count);
        var supervisors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < demands.Demands.Count; i++)
        {
            var d = demands.Demands[i];
            var path = Invariant($"demands[{i}]");
            var ok = true;
            if (roster.FindPerson(d.SubjectId) is null)
            {
                problems.Add(new(RosterProblems.UnknownPerson, $"Demand '{d.Id}' is about '{d.SubjectId}', who is not in the roster; add the person or drop the demand.", path + ".subjectId", [d.Id, d.SubjectId]));
                ok = false;
            }

            if (roster.FindUnit(d.UnitId) is null)
            {
                problems.Add(new(RosterProblems.UnknownUnit, $"Demand '{d.Id}' names unit '{d.UnitId}', which is not in the roster; add the unit or correct the demand.", path + ".unitId", [d.Id, d.UnitId]));
                ok = false;
            }

            if (d.RequiredLeaderId is { } fixedId)
            {
                var leader = roster.FindLeader(fixedId);
                if (leader is null)
                {
                    problems.Add(new("balancing.required-leader-not-in-team", $"Demand '{d.Id}' requires leader '{fixedId}', who is not a member of the leadership team; add him to the leaders or clear the required leader.", path + ".requiredLeaderId", [d.Id, fixedId]));
                    ok = false;
                }
                else if (d.RequiredLeaderRole is { } role && !leader.HasRole(role))
                {
                    problems.Add(new("balancing.required-leader-lacks-role", $"Demand '{d.Id}' requires leader '{fixedId}' and the role {role}, which he does not have; give him the role or correct the demand.", path + ".requiredLeaderRole", [d.Id, fixedId]));
                    ok = false;
                }
            }

            if (!ok)
            {
                continue;
            }

            if (!supervisors.TryGetValue(d.UnitId, out var preferred))
            {
                preferred = roster.SupervisorsOf(d.UnitId).Select(l => l.Id).ToArray();
                supervisors.Add(d.UnitId, preferred);
            }

            mapped.Add(new BalancingDemand(d, preferred));
        }

        var demandIds = new HashSet<string>(demands.Demands.Select(d => d.Id), StringComparer.Ordinal);
        for (var i = 0; i < options.Recusals.Count; i++)
        {
            var pair = options.Recusals[i];
            if (pair is null)
            {
                problems.Add(new("balancing.null-recusal", "A recusal pair is null; remove it.", Invariant($"recusals[{i}]")));
                continue;
            }

            if (roster.FindLeader(pair.LeaderId) is null)
            {
                problems.Add(new("balancing.unknown-recusal-leader", $"A recusal pair names '{pair.LeaderId}', who is not a member of the leadership team; correct the leader id or remove the pair.", Invariant($"recusals[{i}].leaderId"), [pair.LeaderId, pair.SubjectId]));
            }

            if (roster.FindPerson(pair.SubjectId) is null)
            {
                problems.Add(new(RosterProblems.UnknownPerson, $"A recusal pair names '{pair.SubjectId}', who is not in the roster; correct the person id or remove the pair.", Invariant($"recusals[{i}].subjectId"), [pair.LeaderId, pair.SubjectId]));
            }
        }

        foreach (var (demandId, _) in options.PreviousAssignment.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!demandIds.Contains(demandId))
            {
                problems.Add(new("balancing.unknown-previous-demand", $"The previous assignment names demand '{demandId}', which is not among the demands; drop it from the previous assignment.", "previousAssignment", [demandId]));
            }
        }

        if (options.Rules.Any(r => r is null))
        {
            problems.Add(new("balancing.null-rule", "An eligibility rule is null; remove it.", "rules"));
        }

        TalkEngineValidationException.ThrowIfAny(ErrorCode, problems);
        return new BalancingRequest(talkers, mapped, options.Recusals, new Dictionary<string, string>(options.PreviousAssignment, StringComparer.Ordinal), options.Rules);
    }

    private static void CheckSettings(Roster roster, BalancingInput options, List<ValidationProblem> problems)
    {
        foreach (var (leaderId, settings) in options.Leaders.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = $"leaders['{leaderId}']";
            if (roster.FindLeader(leaderId) is null)
            {
                problems.Add(new("balancing.unknown-leader-settings", $"Settings are given for '{leaderId}', who is not a member of the leadership team; correct the leader id or remove the settings.", path, [leaderId]));
            }

            if (settings is null)
            {
                problems.Add(new("balancing.null-leader-settings", $"The settings of '{leaderId}' are null; remove the entry or give settings.", path, [leaderId]));
                continue;
            }

            if (settings.Capacity is < 0)
            {
                problems.Add(new("balancing.invalid-capacity", Invariant($"The capacity of '{leaderId}' is {settings.Capacity}; use zero or more, or null for no limit."), path + ".capacity", [leaderId]));
            }

            if (settings.Weight < 1 || settings.Weight > Solver.AssignmentProblem.MaxWeight)
            {
                problems.Add(new("balancing.invalid-weight", Invariant($"The weight of '{leaderId}' is {settings.Weight}; use a whole number from 1 to {Solver.AssignmentProblem.MaxWeight}."), path + ".weight", [leaderId]));
            }

            if (settings.Unavailable is null || settings.Unavailable.Any(u => u is null))
            {
                problems.Add(new("balancing.invalid-unavailable", $"The absences of '{leaderId}' are null or hold a null period; give a list of periods.", path + ".unavailable", [leaderId]));
            }

            if (settings.Headships is null || settings.Headships.Any(h => h is null))
            {
                problems.Add(new("balancing.invalid-headships", $"The headships of '{leaderId}' are null or hold a null item; give a list of headships.", path + ".headships", [leaderId]));
            }
            else
            {
                foreach (var h in settings.Headships.Where(h => roster.FindUnit(h.UnitId) is null))
                {
                    problems.Add(new("balancing.unknown-headship-unit", $"'{leaderId}' is said to have headed '{h.UnitId}', which is not in the roster; correct the unit id or remove the headship.", path + ".headships", [leaderId, h.UnitId]));
                }
            }
        }
    }

    private static BalancingTalker Talker(Roster roster, Leader leader, LeaderSettings? settings)
    {
        // Head posts the leader held (the roster only lets a leader hold ended ones) are headships with
        // their periods, so that he is recused from his former unit's heads for the lookback period.
        var headships = roster.PostsOf(leader.Id)
            .Where(p => p.IsHeadPost && p.Period is not null)
            .Select(p => new UnitHeadship(p.UnitId, p.Period!))
            .ToList();
        // Invalid settings are reported by CheckSettings; build with the defaults so that every problem is collected first.
        var usable = settings is { Unavailable: not null, Headships: not null, Capacity: null or >= 0, Weight: >= 1 and <= Solver.AssignmentProblem.MaxWeight }
            && settings.Unavailable.All(u => u is not null) && settings.Headships.All(h => h is not null)
            ? settings
            : null;
        if (usable is not null)
        {
            headships.AddRange(usable.Headships);
        }

        return new BalancingTalker(
            leader,
            usable?.Capacity,
            usable?.Weight ?? 1,
            usable?.Unavailable,
            headships,
            usable?.HasOpenCase ?? false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
