using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>Pre-holiday reminders with the heads of high-risk units and the holders of sensitive posts.</summary>
internal static class PreHolidaySource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.PreHoliday;
        if (!policy.Enabled || ctx.Holidays is null)
        {
            return;
        }

        var plan = ctx.Request.PlanPeriod;
        var keys = new HashSet<string>(policy.HolidayKeys, StringComparer.Ordinal);
        var riskyUnits = ctx.Org.Units.Where(u => u.RiskLevel >= policy.MinimumRisk).Select(u => u.Id).ToList();
        var sensitive = policy.IncludeSensitivePosts ? ctx.Org.Posts.Where(p => p.SensitivePost is not null).ToList() : new List<Post>();

        // A holiday early in the next year (New Year's Day) can have its reminder window at the end of this one.
        for (var year = plan.Start.Year; year <= plan.End.Year + 1; year++)
        {
            foreach (var holiday in ctx.Holidays.HolidayPeriods(year))
            {
                if (keys.Count > 0 && !keys.Contains(holiday.Key))
                {
                    continue;
                }

                var window = new DateInterval(
                    ctx.Holidays.WorkingDaysBefore(holiday.FirstDayOff, policy.WorkingDaysBefore),
                    ctx.Holidays.WorkingDaysBefore(holiday.FirstDayOff, 1));
                if (window.Start < plan.Start || window.End > plan.End)
                {
                    continue;
                }

                Generate(ctx, holiday, window, riskyUnits, sensitive);
            }
        }
    }

    private static void Generate(DemandContext ctx, HolidayPeriod holiday, DateInterval window, List<string> riskyUnits, List<Post> sensitive)
    {
        var byPerson = new Dictionary<string, (Person Person, List<Post> Posts, DateInterval Window)>(StringComparer.Ordinal);
        foreach (var unitId in riskyUnits)
        {
            foreach (var post in ctx.Org.HeadsOf(unitId))
            {
                ctx.AddHolder(byPerson, post, window);
            }
        }

        foreach (var post in sensitive)
        {
            ctx.AddHolder(byPerson, post, window);
        }

        var day = DemandContext.Date(holiday.FirstDayOff);
        foreach (var (person, posts, tenure) in DemandContext.Sorted(byPerson))
        {
            var blocking = ctx.UnreachableOver(person, tenure);
            if (blocking is not null)
            {
                ctx.Exclude(person, posts[0].UnitId, DemandSource.PreHoliday, blocking);
                continue;
            }

            var evidence = new List<DemandEvidence>
            {
                new("holiday", ctx.Text($"{holiday.Name}假期自 {day} 起", $"{holiday.Name} holiday from {day}"), null, holiday.Key),
            };
            foreach (var post in posts.Distinct())
            {
                var unit = ctx.Org.FindUnit(post.UnitId)!;
                if (post.SensitivePost is not null)
                {
                    evidence.Add(new DemandEvidence("sensitive-post", ctx.Text($"{ctx.UnitLabel(unit.Id)}敏感岗位：{post.SensitivePost}", $"Sensitive post {post.SensitivePost} in {ctx.UnitLabel(unit.Id)}"), null, unit.Id));
                }

                if (post.IsHeadPost && unit.RiskLevel >= ctx.Options.PreHoliday.MinimumRisk)
                {
                    evidence.Add(new DemandEvidence("risk-level", ctx.Text($"{ctx.PostLabel(post)}，廉洁风险等级 {unit.RiskLevel}", $"{ctx.PostLabel(post)}, integrity risk {unit.RiskLevel}"), null, unit.Id));
                }
            }

            var reason = ctx.Text(
                $"{holiday.Name}前 {ctx.Options.PreHoliday.WorkingDaysBefore} 个工作日内节前提醒：提醒式。",
                $"Reminder within {ctx.Options.PreHoliday.WorkingDaysBefore} working days before {holiday.Name}.");
            ctx.Add($"preholiday-{day}-{holiday.Key}-{person.Id}", person, posts[0].UnitId, DemandSource.PreHoliday, tenure, TalkStyle.Reminder, reason, evidence);
        }
    }
}
