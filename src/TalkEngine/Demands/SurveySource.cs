using System;
using System.Collections.Generic;
using System.Linq;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>The previous year's satisfaction survey: the discipline secretary talks with the heads of low-scoring units.</summary>
internal static class SurveySource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.Survey;
        var survey = ctx.Request.Survey;
        if (!policy.Enabled || survey is null)
        {
            return;
        }

        var ranked = survey.Scores.OrderBy(s => s.Score).ThenBy(s => s.UnitId, StringComparer.Ordinal);
        var units = policy.Selection switch
        {
            ScoreSelection.All => ranked.ToList(),
            ScoreSelection.BelowThreshold => ranked.Where(s => s.Score < policy.Threshold).ToList(),
            _ => ranked.Take(policy.LowestCount).ToList(),
        };
        var scoreOf = units.ToDictionary(s => s.UnitId, s => s.Score, StringComparer.Ordinal);
        var talker = ctx.SoleLeaderWith(LeaderRole.DisciplineSecretary);
        var plan = ctx.Request.PlanPeriod;

        foreach (var (person, posts, tenure) in ctx.HeadsDuring(units.Select(s => s.UnitId), plan))
        {
            var blocking = ctx.UnreachableOver(person, tenure);
            if (blocking is not null)
            {
                ctx.Exclude(person, posts[0].UnitId, DemandSource.SatisfactionSurvey, blocking);
                continue;
            }

            var lowest = posts.Min(p => scoreOf[p.UnitId]);
            var n = DemandContext.Number(lowest);
            var year = IsoText.Number(survey.Year);
            var (style, reason) = lowest < policy.AdmonitionBelow
                ? (TalkStyle.Admonition, Reason.Of(DemandsTexts.SurveyBelow, "year", year, "score", n, "threshold", DemandContext.Number(policy.AdmonitionBelow)))
                : (TalkStyle.Warning, Reason.Of(DemandsTexts.SurveyLow, "year", year, "score", n));
            var evidence = new List<DemandEvidence>();
            foreach (var unitId in posts.Select(p => p.UnitId).Distinct(StringComparer.Ordinal))
            {
                var score = scoreOf[unitId];
                evidence.Add(new DemandEvidence(
                    "satisfaction-score",
                    Reason.Of(DemandsTexts.SatisfactionScore, "unit", ctx.UnitName(unitId), "year", year, "score", DemandContext.Number(score)),
                    score,
                    survey.Id));
            }

            evidence.AddRange(ctx.PostEvidence(posts));
            ctx.Add($"survey-{survey.Id}-{person.Id}", person, posts[0].UnitId, DemandSource.SatisfactionSurvey, tenure, style, reason, evidence, talker, LeaderRole.DisciplineSecretary);
        }
    }
}
