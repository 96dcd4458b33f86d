using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using TalkEngine.Calendar;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>Pre-holiday reminders with the heads of high-risk units and the holders of sensitive posts.</summary>
internal static class PreHolidaySource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.PreHoliday;
        var calendar = ctx.Calendar;
        if (!policy.Enabled || calendar is null)
        {
            return;
        }

        var plan = ctx.Request.PlanPeriod;
        var wanted = new HashSet<string>(policy.HolidayKeys, StringComparer.Ordinal);
        var riskyUnits = ctx.Org.Units.Where(u => u.RiskLevel >= policy.MinimumRisk).Select(u => u.Id).ToList();
        var sensitive = policy.IncludeSensitivePosts ? ctx.Org.Posts.Where(p => p.SensitivePost is not null).ToList() : new List<Post>();

        // A holiday early in the next year (New Year's Day) can have its reminder window at the end of this one;
        // that look-ahead year is optional, the plan's own years must be known to the calendar.
        for (var year = plan.Start.Year; year <= plan.End.Year + 1; year++)
        {
            if (year > plan.End.Year && !calendar.Covers(year) && calendar.UncoveredYears == UncoveredYearBehavior.Throw)
            {
                continue;
            }

            foreach (var holiday in calendar.GetHolidayPeriods(year))
            {
                var key = KeyOf(holiday.Name);
                if (wanted.Count > 0 && !wanted.Contains(key) && !wanted.Contains(holiday.Name.Chinese))
                {
                    continue;
                }

                var window = new DateInterval(
                    calendar.AddWorkingDays(holiday.FirstDay, -policy.WorkingDaysBefore),
                    calendar.AddWorkingDays(holiday.FirstDay, -1));
                if (window.Start < plan.Start || window.End > plan.End)
                {
                    continue;
                }

                Generate(ctx, holiday, key, window, riskyUnits, sensitive);
            }
        }
    }

    /// <summary>The key of a holiday: its English name in lower case, words joined by hyphens (spring-festival).</summary>
    public static string KeyOf(HolidayName name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.English)
        {
            if (c is '\'' or '’')
            {
                continue; // New Year's Day → new-years-day
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static void Generate(DemandContext ctx, HolidayPeriod holiday, string key, DateInterval window, List<string> riskyUnits, List<Post> sensitive)
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

        var day = DemandContext.Date(holiday.FirstDay);
        var name = holiday.Name.Get(ctx.Language);
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
                new("holiday", ctx.Text($"{name}假期自 {day} 起", $"{name} holiday from {day}"), null, key),
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
                $"{name}前 {ctx.Options.PreHoliday.WorkingDaysBefore} 个工作日内节前提醒：提醒式。",
                $"Reminder within {ctx.Options.PreHoliday.WorkingDaysBefore} working days before {name}.");
            ctx.Add($"preholiday-{day}-{key}-{person.Id}", person, posts[0].UnitId, DemandSource.PreHoliday, tenure, TalkStyle.Reminder, reason, evidence);
        }
    }
}
