using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>Whether a talker may hold a demand's talk, and if not why.</summary>
public readonly record struct EligibilityVerdict
{
    private EligibilityVerdict(bool isEligible, string? reason)
    {
        IsEligible = isEligible;
        Reason = reason;
    }

    /// <summary>The talker may hold the talk.</summary>
    public static EligibilityVerdict Eligible { get; } = new(true, null);

    /// <summary>Whether the talker may hold the talk.</summary>
    public bool IsEligible { get; }

    /// <summary>Why not (a sentence for people), or <see langword="null"/> when eligible.</summary>
    public string? Reason { get; }

    /// <summary>The talker may not hold the talk.</summary>
    /// <param name="reason">Why, a sentence for people.</param>
    /// <returns>The verdict.</returns>
    public static EligibilityVerdict Ineligible(string reason) => new(false, Guard.NotNullOrWhiteSpace(reason));
}

/// <summary>
/// A host-supplied eligibility rule (a recusal the package does not know about), evaluated for every
/// (talker, demand) pair that has no fixed talker. Implementations must be deterministic and thread-safe.
/// </summary>
public interface ITalkerEligibilityRule
{
    /// <summary>A stable code for the rule, such as <c>host.same-project</c>, shown with each exclusion.</summary>
    string Code { get; }

    /// <summary>Decides whether <paramref name="talker"/> may hold <paramref name="demand"/>'s talk.</summary>
    /// <param name="talker">The talker.</param>
    /// <param name="demand">The demand.</param>
    /// <returns>The verdict.</returns>
    EligibilityVerdict Evaluate(BalancingTalker talker, BalancingDemand demand);
}

/// <summary>The built-in rules' codes.</summary>
public static class EligibilityRuleCodes
{
    /// <summary>The source requires a role the talker lacks.</summary>
    public const string Role = "role";

    /// <summary>The host excluded the pair.</summary>
    public const string Recusal = "recusal";

    /// <summary>The talker is the subject.</summary>
    public const string Self = "self";

    /// <summary>The talker heads or recently headed the subject's unit.</summary>
    public const string HeadedUnit = "headed-unit";

    /// <summary>The talker is himself subject of an open case.</summary>
    public const string OpenCase = "open-case";

    /// <summary>The talker is away throughout the window.</summary>
    public const string Unavailable = "unavailable";
}

/// <summary>Evaluates the built-in rules and the host's, collecting every reason a pair is excluded.</summary>
internal sealed class EligibilityEvaluator
{
    private readonly HashSet<(string Talker, string Subject)> _recusals;
    private readonly IReadOnlyList<ITalkerEligibilityRule> _hostRules;
    private readonly Period _lookback;
    private readonly bool _english;

    public EligibilityEvaluator(IEnumerable<RecusalPair> recusals, IReadOnlyList<ITalkerEligibilityRule> hostRules, Period lookback, OutputLanguage language)
    {
        _recusals = [];
        foreach (var pair in recusals)
        {
            _recusals.Add((pair.TalkerId, pair.SubjectId));
        }

        _hostRules = hostRules;
        _lookback = lookback;
        _english = language == OutputLanguage.English;
    }

    public void Collect(BalancingTalker talker, BalancingDemand demand, List<TalkerExclusion> into)
    {
        if (demand.RequiredRole is { } role && !Contains(talker.Roles, role))
        {
            into.Add(new(talker.Id, EligibilityRuleCodes.Role, _english
                ? $"{talker.Name} lacks the role '{role}' that {demand.Source} requires."
                : $"{talker.Name}不具备{demand.Source}要求的角色“{role}”。"));
        }

        if (string.Equals(talker.Id, demand.SubjectId, StringComparison.Ordinal))
        {
            into.Add(new(talker.Id, EligibilityRuleCodes.Self, _english ? $"{talker.Name} is the subject." : $"{talker.Name}本人即谈话对象。"));
        }

        if (_recusals.Contains((talker.Id, demand.SubjectId)))
        {
            into.Add(new(talker.Id, EligibilityRuleCodes.Recusal, _english
                ? $"{talker.Name} is recused from talking to {demand.SubjectId}."
                : $"{talker.Name}须回避与{demand.SubjectId}的谈话。"));
        }

        var since = demand.Window.Start.Minus(_lookback);
        foreach (var headship in talker.Headships)
        {
            if (string.Equals(headship.UnitId, demand.SubjectUnitId, StringComparison.Ordinal)
                && headship.Period.End >= since && headship.Period.Start <= demand.Window.End)
            {
                into.Add(new(talker.Id, EligibilityRuleCodes.HeadedUnit, _english
                    ? $"{talker.Name} headed unit {headship.UnitId} ({Format(headship.Period)}), within the recusal period."
                    : $"{talker.Name}在回避期内曾任{headship.UnitId}负责人（{Format(headship.Period)}）。"));
                break;
            }
        }

        if (talker.HasOpenCase)
        {
            into.Add(new(talker.Id, EligibilityRuleCodes.OpenCase, _english
                ? $"{talker.Name} is subject of an open case."
                : $"{talker.Name}本人有未结案件。"));
        }

        if (talker.IsAwayThroughout(demand.Window))
        {
            into.Add(new(talker.Id, EligibilityRuleCodes.Unavailable, _english
                ? $"{talker.Name} is away throughout {Format(demand.Window)}."
                : $"{talker.Name}在{Format(demand.Window)}期间全程不在岗。"));
        }

        foreach (var rule in _hostRules)
        {
            var verdict = rule.Evaluate(talker, demand);
            if (!verdict.IsEligible)
            {
                into.Add(new(talker.Id, rule.Code, verdict.Reason ?? rule.Code));
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var v in values)
        {
            if (string.Equals(v, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(DateInterval interval) =>
        interval.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "…" + interval.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
