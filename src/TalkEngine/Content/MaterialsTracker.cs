using System;
using System.Collections.Generic;
using NodaTime;
using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Planning;

namespace TalkEngine.Content;

/// <summary>Reads the materials of a plan: which talks need a report, when each is due (working days before the window), and what happened to it.</summary>
internal static class MaterialsTracker
{
    public const string ErrorCode = "content.materials";

    public static MaterialsReport Track(YearPlan plan, IEnumerable<ReportMaterial> materials, LocalDate asOf, WorkingCalendar calendar, ContentOptions options)
    {
        var bySubject = new Dictionary<string, ReportMaterial>(StringComparer.Ordinal);
        var problems = new List<ValidationProblem>();
        var i = 0;
        foreach (var material in Guard.NotNull(materials))
        {
            Guard.NotNull(material, nameof(materials));
            var path = $"materials[{IsoText.Number(i++)}]";
            if (!bySubject.TryAdd(material.SubjectId, material))
            {
                problems.Add(new ValidationProblem("content.duplicate-material", $"The report of '{material.SubjectId}' is given twice; keep one entry per subject.", path + ".subjectId", [material.SubjectId]));
            }

            if (plan.Roster.FindPerson(material.SubjectId) is null)
            {
                problems.Add(new ValidationProblem("content.unknown-subject", $"'{material.SubjectId}' is not a person of the roster.", path + ".subjectId", [material.SubjectId]));
            }

            if (material.Received is { } received && material.Forwarded is { } forwarded && forwarded < received)
            {
                problems.Add(new ValidationProblem("content.forwarded-before-received", $"The report of '{material.SubjectId}' is forwarded ({IsoText.Date(forwarded)}) before it was received ({IsoText.Date(received)}).", path + ".forwarded", [material.SubjectId]));
            }

            if (material.TemplateSent is { } sent && material.Received is { } back && back < sent)
            {
                problems.Add(new ValidationProblem("content.received-before-sent", $"The report of '{material.SubjectId}' is received ({IsoText.Date(back)}) before its template was sent ({IsoText.Date(sent)}).", path + ".received", [material.SubjectId]));
            }
        }

        TalkEngineValidationException.ThrowIfAny(ErrorCode, problems);

        var sources = new HashSet<DemandSource>(options.ReportSources);
        var lines = new List<MaterialStatus>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var uncovered = new List<ValidationProblem>();
        foreach (var talk in plan.Talks)
        {
            // One report per subject: the first of the subject's talks (in demand order) that needs one.
            if (!sources.Contains(talk.Source) || !seen.Add(talk.SubjectId))
            {
                continue;
            }

            var material = bySubject.GetValueOrDefault(talk.SubjectId);
            LocalDate due;
            try
            {
                due = calendar.AddWorkingDays(material?.TalkDate ?? talk.Window.Start, -options.ReportDueWorkingDays);
            }
            catch (CalendarYearNotCoveredException e)
            {
                // A talk early in the first covered year: its report would be due in a year the calendar lacks.
                uncovered.Add(new ValidationProblem("content.report-due-uncovered-year", $"The report of '{talk.SubjectId}' (talk {talk.DemandId}) would be due in {IsoText.Number(e.Year)}, a year the working calendar has no data for; add that year's holidays to the calendar or give the talk a later date.", "materials", [talk.SubjectId, talk.DemandId]));
                continue;
            }

            var late = material?.Received is { } received ? received > due : asOf > due;
            lines.Add(new MaterialStatus(
                talk.DemandId,
                talk.SubjectId,
                plan.Roster.FindPerson(talk.SubjectId)?.Name ?? talk.SubjectId,
                plan.Roster.FindUnit(talk.UnitId)?.Name ?? talk.UnitId,
                talk.LeaderId,
                plan.Roster.FindLeader(talk.LeaderId)?.Name ?? talk.LeaderId,
                due,
                material,
                late));
        }

        TalkEngineValidationException.ThrowIfAny(ErrorCode, uncovered);
        lines.Sort((a, b) => string.CompareOrdinal(a.LeaderId, b.LeaderId) is var c and not 0 ? c : string.CompareOrdinal(a.DemandId, b.DemandId));
        var lateLines = lines.FindAll(l => l.IsLate);
        lateLines.Sort((a, b) => a.DueDate != b.DueDate ? a.DueDate.CompareTo(b.DueDate) : string.CompareOrdinal(a.DemandId, b.DemandId));
        return new MaterialsReport(
            asOf,
            lines.AsReadOnly(),
            lateLines.AsReadOnly(),
            lines.FindAll(l => l.TemplateSent is not null).Count,
            lines.FindAll(l => l.Received is not null).Count,
            lines.FindAll(l => l.Forwarded is not null).Count);
    }
}
