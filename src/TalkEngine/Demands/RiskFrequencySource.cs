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

        foreach (var slice in Slices(plan, policy.EveryMonths))
        {
            var start = DemandContext.Date(slice.Start);
            foreach (var (person, posts, tenure) in ctx.HeadsDuring(units, slice))
            {
                var blocking = ctx.UnreachableOver(person, tenure);
                if (blocking is not null)
                {
                    ctx.Exclude(person, posts[0].UnitId, DemandSource.RiskFrequency, blocking);
                    continue;
                }

                var evidence = new List<DemandEvidence>();
                foreach (var post in posts)
                {
                    var unit = ctx.Org.FindUnit(post.UnitId)!;
                    evidence.Add(new DemandEvidence("risk-level", ctx.Text($"{ctx.PostLabel(post)}，廉洁风险等级 {unit.RiskLevel}", $"{ctx.PostLabel(post)}, integrity risk {unit.RiskLevel}"), null, unit.Id));
                }

                var reason = ctx.Text(
                    $"高风险单位负责人每 {policy.EveryMonths} 个月提醒一次（{ctx.Interval(slice)}）：提醒式。",
                    $"Heads of high-risk units are reminded every {policy.EveryMonths} months ({ctx.Interval(slice)}).");
                ctx.Add($"risk-{start}-{person.Id}", person, posts[0].UnitId, DemandSource.RiskFrequency, tenure, TalkStyle.Reminder, reason, evidence);
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
