using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace TalkEngine.Demands;

/// <summary>Regular talks with the heads of high-risk units: one per head per slice of N months of the plan period.</summary>
internal static class RiskFrequencySource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.RiskFrequency;
        if (!policy.Enabled)
        {
            return;
        }

        var plan = ctx.Request.PlanPeriod;
        var units = ctx.Org.Units.Where(u => u.RiskLevel >= policy.MinimumRisk).Select(u => u.Id).ToList();
        if (units.Count == 0)
        {
            return;
        }

        // The heads are found once over the plan and clipped to each slice.
        var heads = ctx.HeadsDuring(units, plan);
        var held = new List<TalkEngine.Organization.Post>(2);

        // Most heads hold all their posts all year: their evidence is the same in every slice, built once.
        var fullEvidence = new System.Collections.ObjectModel.ReadOnlyCollection<DemandEvidence>[heads.Count];
        for (var h = 0; h < heads.Count; h++)
        {
            var all = heads[h].Posts;
            var items = new DemandEvidence[all.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = ctx.RiskEvidence(all[i]);
            }

            fullEvidence[h] = Array.AsReadOnly(items);
        }

        foreach (var slice in Slices(plan, policy.EveryMonths))
        {
            var idPrefix = "risk-" + DemandContext.Date(slice.Start) + "-";
            var reason = Reason.Of(DemandsTexts.RiskFrequency, "months", IsoText.Number(policy.EveryMonths), "period", IsoText.Period(slice));
            for (var h = 0; h < heads.Count; h++)
            {
                var (person, allPosts, _) = heads[h];
                var tenure = DemandContext.ClipTo(allPosts, slice, held);
                if (tenure is null)
                {
                    continue;
                }

                var posts = held;
                var blocking = ctx.UnreachableOver(person, tenure);
                if (blocking is not null)
                {
                    ctx.Exclude(person, posts[0].UnitId, DemandSource.RiskFrequency, blocking);
                    continue;
                }

                if (posts.Count == allPosts.Count)
                {
                    ctx.AddShared(idPrefix + person.Id, person, posts[0].UnitId, DemandSource.RiskFrequency, tenure, TalkStyle.Reminder, reason, fullEvidence[h]);
                    continue;
                }

                var evidence = new DemandEvidence[posts.Count];
                for (var i = 0; i < posts.Count; i++)
                {
                    evidence[i] = ctx.RiskEvidence(posts[i]);
                }

                ctx.Add(idPrefix + person.Id, person, posts[0].UnitId, DemandSource.RiskFrequency, tenure, TalkStyle.Reminder, reason, evidence);
            }
        }
    }

    /// <summary>Consecutive slices of <paramref name="months"/> months from the plan's first day; the last may be shorter.</summary>
    public static IEnumerable<DateInterval> Slices(DateInterval plan, int months)
    {
        var start = plan.Start;
        for (var i = 1; start <= plan.End; i++)
        {
            var next = plan.Start.PlusMonths(i * months);
            var end = next.PlusDays(-1);
            yield return new DateInterval(start, end < plan.End ? end : plan.End);
            start = next;
        }
    }
}
