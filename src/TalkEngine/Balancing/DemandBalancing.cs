using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Balancing;

/// <summary>
/// What the host knows about one leader that the roster does not: capacity, share, absences, units he
/// headed before the roster's history starts, an open case. Immutable and thread-safe.
/// </summary>
public sealed record TalkerSettings
{
    /// <summary>The most talks he may hold; <see langword="null"/> (the default) for no limit.</summary>
    public int? Capacity { get; init; }

    /// <summary>His share, between 1 and <see cref="BalancingInstance.MaxWeight"/>; 1 by default.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Periods he is away; empty by default.</summary>
    public IReadOnlyList<DateInterval> Unavailable { get; init; } = [];

    /// <summary>Units he headed that the roster's posts do not show (added to the roster's); empty by default.</summary>
    public IReadOnlyList<UnitHeadship> Headships { get; init; } = [];

    /// <summary>Whether he is himself subject of an open case (then he holds no talks); <see langword="false"/> by default.</summary>
    public bool HasOpenCase { get; init; }
}

/// <summary>
/// How <see cref="BalancingRequest.FromDemands"/> maps the organisation and its demands: the host's
/// per-leader settings, recusal pairs, previous plan and rules. A plain settings object; build one per call.
/// </summary>
public sealed class DemandBalancingOptions
{
    /// <summary>Per-leader settings, by leader id; leaders not listed get the defaults of <see cref="TalkerSettings"/>.</summary>
    public IDictionary<string, TalkerSettings> Talkers { get; } = new Dictionary<string, TalkerSettings>(StringComparer.Ordinal);

    /// <summary>Pairs (leader id, person id) the host excludes.</summary>
    public IList<RecusalPair> Recusals { get; } = new List<RecusalPair>();

    /// <summary>When re-planning, the previous plan: demand id → leader id (the leader may have left).</summary>
    public IDictionary<string, string> PreviousAssignment { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Extra eligibility rules.</summary>
    public IList<ITalkerEligibilityRule> HostRules { get; } = new List<ITalkerEligibilityRule>();

    /// <summary>
    /// The language of each demand's <see cref="BalancingDemand.Source"/> label (the source's display name,
    /// such as 巡察 / inspection, which the explanations quote); simplified Chinese by default. Use the
    /// language of <see cref="BalancingOptions.Language"/>.
    /// </summary>
    public OutputLanguage Language { get; set; } = OutputLanguage.SimplifiedChinese;
}

/// <summary>The stable role strings <see cref="BalancingRequest.FromDemands"/> gives leaders and demands, one per <see cref="LeaderRole"/>.</summary>
public static class BalancingRoleCodes
{
    /// <summary><see cref="LeaderRole.PartySecretary"/>.</summary>
    public const string PartySecretary = "party-secretary";

    /// <summary><see cref="LeaderRole.GeneralManager"/>.</summary>
    public const string GeneralManager = "general-manager";

    /// <summary><see cref="LeaderRole.DisciplineSecretary"/>.</summary>
    public const string DisciplineSecretary = "discipline-secretary";

    /// <summary><see cref="LeaderRole.DeputyGeneralManager"/>.</summary>
    public const string DeputyGeneralManager = "deputy-general-manager";

    /// <summary><see cref="LeaderRole.ChiefEngineer"/>.</summary>
    public const string ChiefEngineer = "chief-engineer";

    /// <summary><see cref="LeaderRole.ChiefAccountant"/>.</summary>
    public const string ChiefAccountant = "chief-accountant";

    /// <summary><see cref="LeaderRole.Deputy"/>.</summary>
    public const string Deputy = "deputy";

    /// <summary><see cref="LeaderRole.Other"/>.</summary>
    public const string Other = "other";

    /// <summary>The role string of <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The string, such as <c>discipline-secretary</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The role is not defined.</exception>
    public static string For(LeaderRole role) => role switch
    {
        LeaderRole.PartySecretary => PartySecretary,
        LeaderRole.GeneralManager => GeneralManager,
        LeaderRole.DisciplineSecretary => DisciplineSecretary,
        LeaderRole.DeputyGeneralManager => DeputyGeneralManager,
        LeaderRole.ChiefEngineer => ChiefEngineer,
        LeaderRole.ChiefAccountant => ChiefAccountant,
        LeaderRole.Deputy => Deputy,
        LeaderRole.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown leader role."),
    };
}

/// <summary>Maps the roster and its demands to a <see cref="BalancingRequest"/>, checking everything at once.</summary>
internal static class DemandBalancingMapper
{
    public const string ErrorCode = "balancing.from-demands";

    public static BalancingRequest Map(Roster roster, DemandSet demands, DemandBalancingOptions? options)
    {
        Guard.NotNull(roster);
        Guard.NotNull(demands);
        options ??= new DemandBalancingOptions();
        var problems = new List<ValidationProblem>();
        CheckSettings(roster, options, problems);
        var talkers = roster.Leaders.Select(l => Talker(roster, l, options.Talkers.TryGetValue(l.Id, out var s) ? s : null)).ToArray();
        var mapped = new List<BalancingDemand>(demands.Demands.Count);
        var supervisors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < demands.Demands.Count; i++)
        {
            var d = demands.Demands[i];
            var path = Invariant($"demands[{i}]");
            var ok = true;
            if (roster.FindPerson(d.SubjectId) is null)
            {
                problems.Add(new("balancing.unknown-subject", $"Demand '{d.Id}' is about '{d.SubjectId}', who is not in the roster; add the person or drop the demand.", path + ".subjectId", [d.Id, d.SubjectId]));
                ok = false;
            }

            if (roster.FindUnit(d.UnitId) is null)
            {
                problems.Add(new("balancing.unknown-unit", $"Demand '{d.Id}' names unit '{d.UnitId}', which is not in the roster; add the unit or correct the demand.", path + ".unitId", [d.Id, d.UnitId]));
                ok = false;
            }

            if (d.RequiredLeaderId is { } fixedId)
            {
                var leader = roster.FindLeader(fixedId);
                if (leader is null)
                {
                    problems.Add(new("balancing.required-talker-not-leader", $"Demand '{d.Id}' requires talker '{fixedId}', who is not a member of the leadership team; add him to the leaders or clear the required talker.", path + ".requiredTalkerId", [d.Id, fixedId]));
                    ok = false;
                }
                else if (d.RequiredLeaderRole is { } role && !leader.HasRole(role))
                {
                    problems.Add(new("balancing.required-talker-lacks-role", $"Demand '{d.Id}' requires talker '{fixedId}' and the role {role}, which he does not have; give him the role or correct the demand.", path + ".requiredTalkerRole", [d.Id, fixedId]));
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

            mapped.Add(new BalancingDemand(
                d.Id,
                d.SubjectId,
                d.UnitId,
                d.Window,
                d.Source.DisplayName(options.Language),
                d.RequiredLeaderRole is { } r ? BalancingRoleCodes.For(r) : null,
                d.RequiredLeaderId,
                preferred));
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

            if (roster.FindLeader(pair.TalkerId) is null)
            {
                problems.Add(new("balancing.unknown-recusal-talker", $"A recusal pair names '{pair.TalkerId}', who is not a member of the leadership team; correct the leader id or remove the pair.", Invariant($"recusals[{i}].talkerId"), [pair.TalkerId, pair.SubjectId]));
            }

            if (roster.FindPerson(pair.SubjectId) is null)
            {
                problems.Add(new("balancing.unknown-recusal-subject", $"A recusal pair names '{pair.SubjectId}', who is not in the roster; correct the person id or remove the pair.", Invariant($"recusals[{i}].subjectId"), [pair.TalkerId, pair.SubjectId]));
            }
        }

        foreach (var (demandId, _) in options.PreviousAssignment.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!demandIds.Contains(demandId))
            {
                problems.Add(new("balancing.unknown-previous-demand", $"The previous assignment names demand '{demandId}', which is not among the demands; drop it from the previous assignment.", "previousAssignment", [demandId]));
            }
        }

        if (options.HostRules.Any(r => r is null))
        {
            problems.Add(new("balancing.null-host-rule", "A host eligibility rule is null; remove it.", "hostRules"));
        }

        TalkEngineValidationException.ThrowIfAny(ErrorCode, problems);
        return new BalancingRequest(talkers, mapped, options.Recusals, new Dictionary<string, string>(options.PreviousAssignment, StringComparer.Ordinal), options.HostRules);
    }

    private static void CheckSettings(Roster roster, DemandBalancingOptions options, List<ValidationProblem> problems)
    {
        foreach (var (leaderId, settings) in options.Talkers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = $"talkers['{leaderId}']";
            if (roster.FindLeader(leaderId) is null)
            {
                problems.Add(new("balancing.unknown-talker-settings", $"Settings are given for '{leaderId}', who is not a member of the leadership team; correct the leader id or remove the settings.", path, [leaderId]));
            }

            if (settings is null)
            {
                problems.Add(new("balancing.null-talker-settings", $"The settings of '{leaderId}' are null; remove the entry or give settings.", path, [leaderId]));
                continue;
            }

            if (settings.Capacity is < 0)
            {
                problems.Add(new("balancing.invalid-capacity", Invariant($"The capacity of '{leaderId}' is {settings.Capacity}; use zero or more, or null for no limit."), path + ".capacity", [leaderId]));
            }

            if (settings.Weight < 1 || settings.Weight > BalancingInstance.MaxWeight)
            {
                problems.Add(new("balancing.invalid-weight", Invariant($"The weight of '{leaderId}' is {settings.Weight}; use a whole number from 1 to {BalancingInstance.MaxWeight}."), path + ".weight", [leaderId]));
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

    private static BalancingTalker Talker(Roster roster, Leader leader, TalkerSettings? settings)
    {
        // Head posts the leader held (the roster only lets a leader hold ended ones) are headships with
        // their periods, so that he is recused from his former unit's heads for the lookback period.
        var headships = roster.PostsOf(leader.Id)
            .Where(p => p.IsHeadPost && p.Period is not null)
            .Select(p => new UnitHeadship(p.UnitId, p.Period!))
            .ToList();
        // Invalid settings are reported by CheckSettings; build with the defaults so that every problem is collected first.
        var usable = settings is { Unavailable: not null, Headships: not null, Capacity: null or >= 0, Weight: >= 1 and <= BalancingInstance.MaxWeight }
            && settings.Unavailable.All(u => u is not null) && settings.Headships.All(h => h is not null)
            ? settings
            : null;
        if (usable is not null)
        {
            headships.AddRange(usable.Headships);
        }

        return new BalancingTalker(
            leader.Id,
            leader.Name,
            leader.Roles.Select(BalancingRoleCodes.For),
            usable?.Capacity,
            usable?.Weight ?? 1,
            usable?.Unavailable,
            headships,
            usable?.HasOpenCase ?? false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
