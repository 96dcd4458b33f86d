using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalkEngine.ICalendar;
using TalkEngine.Samples.AspNetCore.Records;
using TalkEngine.Samples.AspNetCore.Security;
using TalkEngine.Samples.AspNetCore.Storage;

namespace TalkEngine.Samples.AspNetCore.Plans;

/// <summary>
/// What a talk covers and when it happens: the outline of one talk (Markdown, plain text or the library's JSON), and
/// the plan's schedule (JSON, or an iCalendar file through the companion package <c>TalkEngine.ICalendar</c>, which
/// carries no evidence or record content). The office reads every outline and the whole schedule; a leader reads the
/// outlines of his own talks and his own calendar only.
/// </summary>
internal static class ContentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans").RequireAuthorization(HostRoles.OfficeOrLeaderPolicy);
        plans.MapGet("/{id:int}/outlines/{demandId}", Outline);
        plans.MapGet("/{id:int}/schedule", Schedule);
    }

    private static async Task<IResult> Outline(int id, string demandId, string? format, HostDb db, PlanLoader loader, ClaimsPrincipal user)
    {
        if (format is not (null or "markdown" or "text" or "json"))
        {
            return HostProblems.Invalid("The request has problems", "host.bad-format", $"'{format}' is not an outline format; use markdown (the default), text or json.", "format");
        }

        var row = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (row is null)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        var loaded = loader.Get(row.Id, row.Input);
        var talk = loaded.Plan.FindTalk(demandId);
        if (talk is null)
        {
            return HostProblems.NotFound($"Talk '{demandId}' of plan {id}");
        }

        // A leader's own talks only; the answer does not say whether another leader's talk exists.
        if (!user.IsOffice() && !string.Equals(user.LeaderId(), talk.LeaderId, StringComparison.Ordinal))
        {
            return HostProblems.Forbidden("A leader reads the outlines of his own talks only.");
        }

        // The follow-up of open commitments comes from the plan's current records.
        var store = await loader.CurrentStore(row.Id, row.RecordHead, loaded, async () => (await RecordEndpoints.Current(db, id)).Select(r => r.Content));
        var outline = loaded.Plan.Outline(demandId, store.Valid);
        var text = loaded.Planner.Text;
        return format switch
        {
            "json" => Results.Text(JsonSerializer.Serialize(outline, TalkEngineJson.Options), "application/json", Encoding.UTF8),
            "text" => Results.Text(outline.RenderText(text), "text/plain", Encoding.UTF8),
            _ => Results.Text(outline.RenderMarkdown(text), "text/markdown", Encoding.UTF8),
        };
    }

    private static async Task<IResult> Schedule(int id, string? format, HostDb db, PlanLoader loader, ClaimsPrincipal user)
    {
        if (format is not (null or "json" or "ics"))
        {
            return HostProblems.Invalid("The request has problems", "host.bad-format", $"'{format}' is not a schedule format; use json (the default) or ics.", "format");
        }

        var row = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (row is null)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        // Who may read what is settled before the schedule is made (it is made on first read).
        var own = user.IsOffice() ? null : user.LeaderId();
        if (!user.IsOffice() && own is null)
        {
            return HostProblems.Forbidden("This token names no leader id.");
        }

        if (own is not null && format != "ics")
        {
            return HostProblems.Forbidden("A leader reads his own calendar (?format=ics); the whole schedule is the discipline office's.");
        }

        var loaded = loader.Get(row.Id, row.Input);
        TalkEngine.Scheduling.TalkSchedule schedule;
        try
        {
            schedule = loaded.Schedule.Value;
        }
        catch (TalkEngineValidationException e)
        {
            return HostProblems.Invalid("The plan cannot be scheduled", e.Problems);
        }

        if (format == "ics")
        {
            var options = CalendarOptions(loaded);
            var events = TalkCalendarExporter.Events(loaded.Plan, schedule, options);
            if (own is not null)
            {
                // The exporter's UIDs are "<demand id>.<year of the period's start>@<domain>".
                var year = loaded.Plan.Period.Start.Year;
                var mine = loaded.Plan.Talks.Where(t => string.Equals(t.LeaderId, own, StringComparison.Ordinal))
                    .Select(t => $"{t.DemandId}.{year}@{options.UidDomain}").ToHashSet(StringComparer.Ordinal);
                events = events.Where(e => mine.Contains(e.Uid)).ToList();
            }

            return Results.Text(TalkCalendarExporter.Export(events, options), "text/calendar", Encoding.UTF8);
        }

        return Results.Text(JsonSerializer.Serialize(schedule, TalkEngineJson.Options), "application/json", Encoding.UTF8);
    }

    // The calendar's stamp is the plan's period end, so the same plan gives the same file on every request.
    private static TalkCalendarOptions CalendarOptions(LoadedPlan loaded) => new()
    {
        Language = loaded.Planner.Text.Language,
        Timestamp = loaded.Plan.Period.End.AtStartOfDayInZone(NodaTime.DateTimeZoneProviders.Tzdb[TalkCalendarExporter.TimeZoneId]).ToInstant(),
    };
}
