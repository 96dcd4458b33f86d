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
        if (!policy.Enabled)
        {
            return;
        }

        var plan = ctx.Request.PlanPeriod;
        var wanted = new HashSet<string>(policy.HolidayKeys, StringComparer.Ordinal);
        var candidates = Candidates(ctx, plan);
        var postEvidence = new DemandEvidence[candidates.Count][];
        var scratch = new List<DemandEvidence>(4);
        for (var c = 0; c < candidates.Count; c++)
        {
            scratch.Clear();
            AddPostEvidence(ctx, candidates[c].Posts, scratch);
            postEvidence[c] = scratch.ToArray();
        }

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

                if (Window(calendar, holiday, policy.WorkingDaysBefore, plan) is not { } window)
                {
                    continue;
                }

                Generate(ctx, holiday, key, window, candidates, postEvidence);
            }
        }
    }

    /// <summary>
    /// The reminder window of a holiday (the working days before its first day), or null when it does not lie within
    /// the plan. Only the days the window needs are asked of the calendar, and a window that would reach into a year
    /// before the plan is outside it whatever that year's calendar says: a plan of 2004, the first year of the data,
    /// does not need 2003's calendar for the reminder before New Year's Day 2004 (that window lies in 2003).
    /// </summary>
    private static DateInterval? Window(WorkingCalendar calendar, HolidayPeriod holiday, int workingDaysBefore, DateInterval plan)
    {
        // The window ends on a working day before the holiday, so a holiday starting on or before the plan's first day has none in it.
        if (holiday.FirstDay <= plan.Start)
        {
            return null;
        }

        try
        {
            var end = calendar.AddWorkingDays(holiday.FirstDay, -1);
            var start = end < plan.Start ? end : calendar.AddWorkingDays(holiday.FirstDay, -workingDaysBefore);
            return start < plan.Start || end > plan.End ? null : new DateInterval(start, end);
        }
        catch (CalendarYearNotCoveredException ex) when (ex.Year < plan.Start.Year)
        {
            // The window would begin in a year before the plan: it does not lie within the plan.
            return null;
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

    /// <summary>
    /// The people reminded before holidays — heads of high-risk units and holders of sensitive posts during the
    /// plan — with the posts concerned, in person-id order; computed once and clipped to each holiday's window.
    /// </summary>
    private static List<(Person Person, List<Post> Posts, DateInterval Window)> Candidates(DemandContext ctx, DateInterval plan)
    {
        var policy = ctx.Options.PreHoliday;
        var byPerson = new Dictionary<string, (Person Person, List<Post> Posts, DateInterval Window)>(StringComparer.Ordinal);
        foreach (var unit in ctx.Org.Units)
        {
            if (unit.RiskLevel >= policy.MinimumRisk)
            {
                foreach (var post in ctx.Org.HeadsOf(unit.Id))
                {
                    ctx.AddHolder(byPerson, post, plan);
                }
            }
        }

        if (policy.IncludeSensitivePosts)
        {
            foreach (var post in ctx.SensitivePosts)
            {
                if (!(post.IsHeadPost && ctx.Org.FindUnit(post.UnitId)!.RiskLevel >= policy.MinimumRisk))
                {
                    ctx.AddHolder(byPerson, post, plan);
                }
            }
        }

        return DemandContext.Sorted(byPerson);
    }

    /// <summary>The evidence of the posts concerned: each sensitive post, then each head post of a risky enough unit.</summary>
    private static void AddPostEvidence(DemandContext ctx, List<Post> posts, List<DemandEvidence> evidence)
    {
        var minimumRisk = ctx.Options.PreHoliday.MinimumRisk;
        foreach (var post in posts)
        {
            if (post.SensitivePost is not null)
            {
                evidence.Add(ctx.SensitivePostEvidence(post));
            }

            if (post.IsHeadPost && ctx.Org.FindUnit(post.UnitId)!.RiskLevel >= minimumRisk)
            {
                evidence.Add(ctx.RiskEvidence(post));
            }
        }
    }

    private static void Generate(DemandContext ctx, HolidayPeriod holiday, string key, DateInterval window, List<(Person Person, List<Post> Posts, DateInterval Window)> candidates, DemandEvidence[][] postEvidence)
    {
        var day = DemandContext.Date(holiday.FirstDay);
        var holidayEvidence = new DemandEvidence("holiday", Reason.Of(DemandsTexts.Holiday, "holiday", key, "date", day), null, key);
        var reason = Reason.Of(DemandsTexts.PreHoliday, "holiday", key, "days", IsoText.Number(ctx.Options.PreHoliday.WorkingDaysBefore));
        var idPrefix = "preholiday-" + day + "-" + key + "-";
        var evidence = new List<DemandEvidence>();
        var held = new List<Post>(2);
        for (var c = 0; c < candidates.Count; c++)
        {
            var (person, allPosts, _) = candidates[c];
            // Clip to the posts held during this holiday's window; most posts are open-ended.
            var tenure = DemandContext.ClipTo(allPosts, window, held);
            if (tenure is null)
            {
                continue;
            }

            var posts = held;
            var blocking = ctx.UnreachableOver(person, tenure);
            if (blocking is not null)
            {
                ctx.Exclude(person, posts[0].UnitId, DemandSource.PreHoliday, blocking);
                continue;
            }

            if (posts.Count == allPosts.Count)
            {
                // Every post held during the window (the usual case): the post evidence was built once per run.
                var own = postEvidence[c];
                var items = new DemandEvidence[own.Length + 1];
                items[0] = holidayEvidence;
                own.CopyTo(items, 1);
                ctx.AddShared(idPrefix + person.Id, person, posts[0].UnitId, DemandSource.PreHoliday, tenure, TalkStyle.Reminder, reason, Array.AsReadOnly(items));
                continue;
            }

            evidence.Clear();
            evidence.Add(holidayEvidence);
            AddPostEvidence(ctx, posts, evidence);
            ctx.Add(idPrefix + person.Id, person, posts[0].UnitId, DemandSource.PreHoliday, tenure, TalkStyle.Reminder, reason, evidence);
        }
    }
}
