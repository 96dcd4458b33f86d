using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Balancing;
using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Scheduling;

namespace TalkEngine.Planning;

/// <summary>The plan as a document: the draft, re-planning inside the year, the milestones.</summary>
public sealed partial class TalkPlanner
{
    /// <summary>
    /// The draft of the year's plan document (version 1, <see cref="PlanState.Draft"/>): the plan of
    /// <paramref name="input"/>, its milestones (<see cref="Milestones(DateInterval, PlanningOptions)"/>) and its schedule
    /// (as <see cref="Schedule"/>, with the talks that need a written report, <see cref="ContentOptions.ReportSources"/>,
    /// inside the milestones' talk window where their own window meets it).
    /// </summary>
    /// <param name="input">The year's input.</param>
    /// <param name="date">The day the draft is made.</param>
    /// <param name="scheduling">The leaders' caps and absences, the subjects' absences and the rooms; none when null.</param>
    /// <param name="note">What the version is, in the host's words; none when null.</param>
    /// <param name="milestones">How the milestones are laid; the planner's (<see cref="TalkEngineOptions.Planning"/>) when null.</param>
    /// <returns>The draft document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">The input or the milestone settings are invalid, or the settings leave no working day for the talks in the period; every problem is listed.</exception>
    /// <exception cref="Calendar.CalendarYearNotCoveredException">The calendar has no data for the period's years.</exception>
    public PlanDocument Draft(YearInput input, LocalDate date, SchedulingInput? scheduling = null, string? note = null, PlanningOptions? milestones = null)
    {
        Guard.NotNull(input);
        var marks = Milestones(input.Period, milestones);
        var plan = Plan(input);
        var schedule = _scheduler.Schedule(DocumentRequest(plan, scheduling, marks), scheduling?.Rooms);
        return new PlanDocument(plan, schedule, scheduling, marks, PlanState.Draft, [], [], [], [new PlanRevision(1, date, note, [])], []);
    }

    /// <summary>
    /// Re-plans inside the year (a new inspection round, a leader leaving, a new appointment): a new version of the
    /// document from the changed <paramref name="input"/> that keeps what it can. Each demand kept keeps its leader where
    /// the balance allows (the previous version's assignment is balancing's previous-plan term, replacing any the input
    /// gives); each talk kept keeps its day where it can (<see cref="TalkScheduler.Reschedule"/>: the fewest moves, proven when <see cref="RescheduleResult.MinimalMovesProven"/>),
    /// and a talk whose day is before <paramref name="date"/> is pinned to it (it has been held, or is about to be), unless
    /// keeping every pin would place fewer talks (then the scheduler's plain placement wins, see <see cref="TalkScheduler.Reschedule"/>).
    /// The new version lists what changed: demands added and removed, leaders changed, talks moved (from, to). The state,
    /// the consultation, the comments and the records are kept.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="input">The changed input of the year (the eligibility rules of its balancing input are kept).</param>
    /// <param name="date">The day of the new version; not before the document's last step.</param>
    /// <param name="note">Why, in the host's words; none when null.</param>
    /// <param name="scheduling">The scheduling input of the new version; the document's when null.</param>
    /// <returns>The document with the new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="input"/> is null.</exception>
    /// <exception cref="PlanActionException">The document is closed.</exception>
    /// <exception cref="ArgumentException">The day is before the document's last step.</exception>
    /// <exception cref="TalkEngineValidationException">The input is invalid; every problem is listed.</exception>
    public PlanDocument Replan(PlanDocument document, YearInput input, LocalDate date, string? note = null, SchedulingInput? scheduling = null)
    {
        Guard.NotNull(document);
        Guard.NotNull(input);
        document.Require(PlanAction.Replan);
        document.CheckDate(date);
        scheduling ??= document.SchedulingInput;

        var demands = _demands.Generate(input.Demands);
        var ids = demands.Demands.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var balancing = new BalancingInput();
        if (input.Balancing is { } given)
        {
            foreach (var (id, settings) in given.Leaders)
            {
                balancing.Leaders[id] = settings;
            }

            foreach (var pair in given.Recusals)
            {
                balancing.Recusals.Add(pair);
            }

            foreach (var rule in given.Rules)
            {
                balancing.Rules.Add(rule);
            }
        }

        foreach (var talk in document.Plan.Talks)
        {
            if (ids.Contains(talk.DemandId))
            {
                balancing.PreviousAssignment[talk.DemandId] = talk.LeaderId;
            }
        }

        var kept = input with { Balancing = balancing };
        var plan = PlanFrom(kept, demands);

        var request = DocumentRequest(plan, scheduling, document.Milestones);
        TalkSchedule schedule;
        if (document.Schedule is { } previous)
        {
            // A talk whose day is before the new version's day is pinned: it has taken place, or is about to. Reschedule drops
            // the pins only when they cost a placement (a departed leader's past talk given to a leader already full that day).
            var talkIds = request.Talks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var pins = previous.Days.Talks.Where(t => t.Date < date && talkIds.Contains(t.TalkId)).ToDictionary(t => t.TalkId, t => t.Date, StringComparer.Ordinal);
            schedule = _scheduler.Reschedule(previous, request, pins, scheduling?.Rooms).Schedule;
        }
        else
        {
            schedule = _scheduler.Schedule(request, scheduling?.Rooms);
        }

        var revision = new PlanRevision(document.Version + 1, date, note, Changes(document.Plan, document.Schedule, plan, schedule));
        return document.WithVersion(plan, schedule, scheduling, revision);
    }

    /// <summary>The year's milestones for a plan period, on working days of the planner's calendar (see <see cref="PlanningOptions"/>).</summary>
    /// <param name="period">The plan period.</param>
    /// <param name="settings">How the milestones are laid; the planner's (<see cref="TalkEngineOptions.Planning"/>) when null.</param>
    /// <returns>The milestones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">A setting is out of range, or the settings leave no working day for the talks in the period (code <c>planning.milestones</c>); every problem is listed.</exception>
    /// <exception cref="Calendar.CalendarYearNotCoveredException">The calendar has no data for the period's years.</exception>
    public PlanMilestones Milestones(DateInterval period, PlanningOptions? settings = null)
    {
        Guard.NotNull(period);
        if (settings is null)
        {
            settings = _planning;
        }
        else
        {
            TalkEngineValidationException.ThrowIfAny(MilestonesErrorCode, PlanningOptionsValidator.Instance.Collect(settings));
        }

        var c = _calendar;
        var firstOfMonth = new LocalDate(period.End.Year, settings.DraftMonth, 1);
        var draft = c.IsWorkingDay(firstOfMonth) ? firstOfMonth : c.NextWorkingDay(firstOfMonth);
        var consultation = c.AddWorkingDays(draft, settings.ConsultationWorkingDays);
        var template = c.AddWorkingDays(consultation, settings.TemplateWorkingDays);
        var due = c.AddWorkingDays(template, settings.ReportWorkingDays);
        var forwarded = c.AddWorkingDays(due, settings.ForwardWorkingDays);
        var summary = c.IsWorkingDay(period.End) ? period.End : c.PreviousWorkingDay(period.End);
        var windowStart = c.NextWorkingDay(forwarded);
        var windowEnd = c.AddWorkingDays(summary, -settings.SummaryWorkingDays);
        if (windowEnd < windowStart)
        {
            throw new TalkEngineValidationException(MilestonesErrorCode, [new ValidationProblem(
                "planning.milestones-no-talk-window",
                $"With the draft in month {settings.DraftMonth} the reports are forwarded on {IsoText.Date(forwarded)}, which leaves no working day for the talks before {IsoText.Date(windowEnd)} in the period {IsoText.Period(period)}; draft earlier or shorten the steps.",
                nameof(PlanningOptions.DraftMonth),
                [IsoText.Date(forwarded), IsoText.Period(period)])]);
        }

        return new PlanMilestones(draft, consultation, template, due, forwarded, new DateInterval(windowStart, windowEnd), summary);
    }

    /// <summary>The error code of invalid milestone settings: <c>planning.milestones</c>.</summary>
    public const string MilestonesErrorCode = "planning.milestones";

    /// <summary>
    /// The scheduling request of a document's plan: the talks of the sources that need a written report
    /// (<see cref="ContentOptions.ReportSources"/>, the annual round by default) are held inside the milestones' talk
    /// window, after the reports are forwarded, where their own window meets it; the others keep their windows.
    /// </summary>
    private DaySchedulingRequest DocumentRequest(YearPlan plan, SchedulingInput? scheduling, PlanMilestones? milestones)
    {
        var request = TalkScheduler.PlanRequest(plan, scheduling?.Leaders, scheduling?.Subjects, _calendar);
        if (milestones is null)
        {
            return request;
        }

        var window = milestones.TalkWindow;
        var talks = request.Talks.Select(t =>
        {
            var start = t.Window.Start > window.Start ? t.Window.Start : window.Start;
            var end = t.Window.End < window.End ? t.Window.End : window.End;
            return start <= end && plan.FindTalk(t.Id) is { } talk && _content.ReportSources.Contains(talk.Source)
                ? new SchedulingTalk(t.Id, t.LeaderId, t.SubjectId, new DateInterval(start, end), t.Source, t.Style, t.Mode, t.ReportDue)
                : t;
        });
        return new DaySchedulingRequest(request.Leaders, request.Subjects, talks, request.Calendar, request.ReportLeadWorkingDays);
    }

    /// <summary>The plan of an input whose demands are already generated.</summary>
    private YearPlan PlanFrom(YearInput input, DemandSet demands)
    {
        var assignment = _balancer.Balance(input.Roster, demands, input.Balancing);
        var plan = new YearPlan(input, demands, assignment, input.Catalogue ?? Catalogue);
        LogPlanned(_logger, plan.Period.Start, plan.Period.End, demands.Demands.Count, demands.Exclusions.Count, plan.Talks.Count, assignment.Unserved.Count, assignment.IsProvenOptimal);
        return plan;
    }

    // What changed from one version to the next, by demand id (ordinal) then kind.
    private static PlanChange[] Changes(YearPlan before, TalkSchedule? beforeSchedule, YearPlan after, TalkSchedule afterSchedule)
    {
        var oldDemands = before.Demands.Demands.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var newDemands = after.Demands.Demands.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var oldDays = Days(beforeSchedule);
        var newDays = Days(afterSchedule);
        var changes = new List<PlanChange>();
        foreach (var id in oldDemands.Keys.Concat(newDemands.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var fromLeader = before.FindTalk(id)?.LeaderId;
            var toLeader = after.FindTalk(id)?.LeaderId;
            LocalDate? fromDay = oldDays.TryGetValue(id, out var f) ? f : null;
            LocalDate? toDay = newDays.TryGetValue(id, out var t) ? t : null;
            if (!newDemands.TryGetValue(id, out var added))
            {
                changes.Add(new PlanChange(PlanChangeKind.DemandRemoved, id, oldDemands[id].SubjectId, fromLeader, null, fromDay, null));
                continue;
            }

            if (!oldDemands.ContainsKey(id))
            {
                changes.Add(new PlanChange(PlanChangeKind.DemandAdded, id, added.SubjectId, null, toLeader, null, toDay));
                continue;
            }

            if (!string.Equals(fromLeader, toLeader, StringComparison.Ordinal))
            {
                changes.Add(new PlanChange(PlanChangeKind.LeaderChanged, id, added.SubjectId, fromLeader, toLeader));
            }

            if (fromDay != toDay)
            {
                changes.Add(new PlanChange(PlanChangeKind.TalkMoved, id, added.SubjectId, null, null, fromDay, toDay));
            }
        }

        return changes.ToArray();

        static Dictionary<string, LocalDate> Days(TalkSchedule? schedule)
            => schedule is null
                ? new Dictionary<string, LocalDate>(StringComparer.Ordinal)
                : schedule.Days.Talks.ToDictionary(t => t.TalkId, t => t.Date, StringComparer.Ordinal);
    }
}
