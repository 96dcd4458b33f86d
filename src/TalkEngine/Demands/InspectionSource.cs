using System;
using System.Collections.Generic;
using System.Linq;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>Inspection rounds: on-the-spot talks by the team leader with the heads the policy selects by score.</summary>
internal static class InspectionSource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.Inspection;
        if (!policy.Enabled)
        {
            return;
        }

        foreach (var round in ctx.Request.InspectionRounds.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var score in round.Scores)
            {
                scores[score.PersonId] = score.Score;
            }

            var candidates = new List<(Person Person, List<Post> Posts, decimal? Score)>();
            foreach (var (person, posts, tenure) in ctx.HeadsDuring(round.InspectedUnitIds, round.OnSiteWindow))
            {
                var blocking = ctx.UnreachableOver(person, tenure);
                if (blocking is not null)
                {
                    ctx.Exclude(person, posts[0].UnitId, DemandSource.Inspection, blocking);
                    continue;
                }

                candidates.Add((person, posts, scores.TryGetValue(person.Id, out var s) ? s : null));
            }

            var selected = policy.Selection switch
            {
                ScoreSelection.All => candidates,
                ScoreSelection.BelowThreshold => candidates.Where(c => c.Score < policy.Threshold).ToList(),
                _ => candidates.Where(c => c.Score is not null)
                    .OrderBy(c => c.Score!.Value).ThenBy(c => c.Person.Id, StringComparer.Ordinal)
                    .Take(policy.LowestCount).ToList(),
            };

            foreach (var (person, posts, score) in selected)
            {
                var (style, styleReason) = Style(policy, score);
                var evidence = ctx.PostEvidence(posts);
                if (score is { } value)
                {
                    evidence.Insert(0, new DemandEvidence(
                        "democratic-evaluation-score",
                        Reason.Of(DemandsTexts.EvaluationScore, "round", round.Id, "score", DemandContext.Number(value)),
                        value,
                        round.Id));
                }

                ctx.Add($"inspection-{round.Id}-{person.Id}", person, posts[0].UnitId, DemandSource.Inspection, round.OnSiteWindow, style, styleReason, evidence, round.TeamLeaderId);
            }
        }
    }

    private static (TalkStyle Style, Reason Reason) Style(InspectionPolicy policy, decimal? score)
    {
        if (score is not { } value)
        {
            return (TalkStyle.Reminder, Reason.Of(DemandsTexts.InspectionNoScore));
        }

        var n = DemandContext.Number(value);
        if (value < policy.AdmonitionBelow)
        {
            return (TalkStyle.Admonition, Reason.Of(DemandsTexts.InspectionScoreBelow, "score", n, "threshold", DemandContext.Number(policy.AdmonitionBelow), "style", Codes.Of(TalkStyle.Admonition)));
        }

        if (value < policy.WarningBelow)
        {
            return (TalkStyle.Warning, Reason.Of(DemandsTexts.InspectionScoreBelow, "score", n, "threshold", DemandContext.Number(policy.WarningBelow), "style", Codes.Of(TalkStyle.Warning)));
        }

        return (TalkStyle.Reminder, Reason.Of(DemandsTexts.InspectionScoreAtLeast, "score", n, "threshold", DemandContext.Number(policy.WarningBelow)));
    }
}
