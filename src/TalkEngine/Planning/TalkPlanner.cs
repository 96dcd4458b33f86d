using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using TalkEngine.Balancing;
using TalkEngine.Calendar;
using TalkEngine.Content;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Records;
using TalkEngine.Scheduling;

namespace TalkEngine.Planning;

/// <summary>
/// The one entry point for a year: <see cref="Plan"/> turns the year's input into a <see cref="YearPlan"/>
/// (demands, then a balanced assignment of leaders), <see cref="YearPlan.CreateRecordStore"/> keeps the
/// records of the talks held, <see cref="Measure(YearPlan, TalkRecordStore, DateInterval)"/>
/// measures coverage against the plan (the plan's assigned talks not yet held, whose window is still open,
/// are the projection), <see cref="Schedule"/> gives the talks days and hours, and <see cref="Summarize"/> (or <see cref="SummarizeWithMaterials"/>) builds the year's summary, which <see cref="Text"/> writes in the
/// configured language (<c>planner.Summarize(report).Render(planner.Text)</c>).
/// Registered by <c>AddTalkEngine</c>; also <see langword="new"/>-able. Stateless apart from its settings;
/// thread-safe.
/// </summary>
public sealed partial class TalkPlanner
{
    private readonly DemandGenerator _demands;
    private readonly LeaderBalancer _balancer;
    private readonly CoverageCalculator _coverage;
    private readonly ContentOptions _content;
    private readonly PlanningOptions _planning;
    private readonly WorkingCalendar _calendar;
    private readonly Lazy<ContentCatalogue> _catalogue;
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;
    private readonly ILogger _logger;
    private readonly TalkScheduler _scheduler;

    /// <summary>Creates a planner with the default options (mainland-China calendar, simplified Chinese).</summary>
    public TalkPlanner()
        : this(new TalkEngineOptions())
    {
    }

    /// <summary>Creates a planner from options, as <c>AddTalkEngine</c> would, without a service container.</summary>
    /// <param name="options">The options; validated here (the same checks as at host start).</param>
    /// <param name="clock">The clock that says what "today" is (for the projection); the system clock when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where the planner logs its counts; none when <see langword="null"/>.</param>
    /// <exception cref="TalkEngineValidationException">The options are invalid; every problem is listed.</exception>
    public TalkPlanner(TalkEngineOptions options, IClock? clock = null, ILoggerFactory? loggerFactory = null)
        : this(TalkEngineSections.ThrowIfInvalid(options), WorkingCalendar.MainlandChina.WithOptions(options.Calendar), clock, loggerFactory)
    {
    }

    /// <summary>The planner over a given calendar (the container's, with the host's overrides).</summary>
    internal TalkPlanner(TalkEngineOptions options, WorkingCalendar calendar, IClock? clock, ILoggerFactory? loggerFactory)
    {
        Text = TextRenderer.For(options.Language);
        _demands = new DemandGenerator(options.Demands, calendar);
        _calendar = calendar;
        _balancer = new LeaderBalancer(options.Balancing);
        _coverage = new CoverageCalculator(options.Coverage);
        _content = options.Content;
        _planning = options.Planning;
        _catalogue = new Lazy<ContentCatalogue>(() => ContentCatalogue.FromOptions(_content));
        _clock = clock ?? SystemClock.Instance;
        _zone = DateTimeZoneProviders.Tzdb[options.TimeZoneId];
        _logger = loggerFactory?.CreateLogger<TalkPlanner>() ?? NullLogger<TalkPlanner>.Instance;
        _scheduler = new TalkScheduler(options.Scheduling, _zone);
    }

    /// <summary>The renderer of the configured language, for the reasons the plan and the reports carry.</summary>
    public TextRenderer Text { get; }

    /// <summary>
    /// The catalogue of talk content the plans' outlines select from when their input names none: the one
    /// <c>TalkEngine:Content</c> describes (the package's own by default), read when first needed.
    /// </summary>
    /// <exception cref="TalkEngineValidationException">A configured catalogue file is invalid; every problem is listed with its JSON path.</exception>
    /// <exception cref="System.IO.IOException">A configured catalogue file cannot be read.</exception>
    public ContentCatalogue Catalogue => _catalogue.Value;

    /// <summary>Today's date in the configured time zone, from the clock.</summary>
    public LocalDate Today => _clock.GetCurrentInstant().InZone(_zone).Date;

    /// <summary>Plans the year: the demands of every source, then a balanced assignment of leaders.</summary>
    /// <param name="input">The year's input.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">The input is inconsistent; every problem is listed.</exception>
    public YearPlan Plan(YearInput input)
    {
        Guard.NotNull(input);
        return PlanFrom(input, _demands.Generate(input.Demands));
    }

    /// <summary>
    /// Schedules the plan's talks: a working day (the planner's calendar) and an hour for as many as possible, with the
    /// options' working hours, lengths and buffer (<see cref="TalkEngineOptions.Scheduling"/>) in the configured zone.
    /// See <see cref="TalkScheduler"/>. The plan is not changed; the schedule's talk ids are the plan's demand ids.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="input">The leaders' caps and absences, the subjects' absences and the rooms; none when null.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public TalkSchedule Schedule(YearPlan plan, SchedulingInput? input = null)
    {
        Guard.NotNull(plan);
        return _scheduler.SchedulePlan(plan, input?.Leaders, input?.Subjects, input?.Rooms, _calendar);
    }

    /// <summary>Measures the plan's period over the records of a store made by <see cref="YearPlan.CreateRecordStore"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="store">The records.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> or <paramref name="store"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The store was not made for this plan's roster and demands.</exception>
    public CoverageReport Measure(YearPlan plan, TalkRecordStore store) => Measure(plan, store, Guard.NotNull(plan).Period);

    /// <summary>
    /// Measures <paramref name="period"/> over the records of a store made by <see cref="YearPlan.CreateRecordStore"/>.
    /// The projection looks forward from today (from the clock, in the configured time zone; its
    /// <see cref="CoverageProjection.AsOf"/>) and counts the plan's assigned talks not yet held whose window ends today
    /// or later and whose subject is required and not yet covered: the talks that can still change the rate.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="store">The records.</param>
    /// <param name="period">The period measured; records dated outside it are not counted.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">The store was not made for this plan's roster and demands.</exception>
    public CoverageReport Measure(YearPlan plan, TalkRecordStore store, DateInterval period)
    {
        Guard.NotNull(plan);
        Guard.NotNull(store);
        Guard.NotNull(period);
        if (!ReferenceEquals(store.Roster, plan.Roster) || !ReferenceEquals(store.Demands, plan.Demands))
        {
            throw new System.ArgumentException("The store was made for another roster or demand set; make it with plan.CreateRecordStore().", nameof(store));
        }

        var report = _coverage.Compute(store, period, null, Assigned(plan), Today);
        LogMeasured(_logger, report.Period.Start, report.Period.End, report.Covered.Count, report.Required.Count, report.PersonTimes.Total);
        return report;
    }

    /// <summary>Measures the plan's period over records given as a list (checked now against the plan's roster and demands).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="records">The records.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null, or a record is null.</exception>
    public CoverageReport Measure(YearPlan plan, IEnumerable<TalkRecord> records) => Measure(plan, records, Guard.NotNull(plan).Period);

    /// <summary>
    /// Measures <paramref name="period"/> over records given as a list (checked now against the plan's roster and
    /// demands); the projection as in <see cref="Measure(YearPlan, TalkRecordStore, DateInterval)"/>.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="records">The records.</param>
    /// <param name="period">The period measured; records dated outside it are not counted.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null, or a record is null.</exception>
    public CoverageReport Measure(YearPlan plan, IEnumerable<TalkRecord> records, DateInterval period)
    {
        Guard.NotNull(plan);
        Guard.NotNull(records);
        Guard.NotNull(period);
        var report = _coverage.Compute(plan.Index, plan.Demands, records, period, null, Assigned(plan), Today);
        LogMeasured(_logger, report.Period.Start, report.Period.End, report.Covered.Count, report.Required.Count, report.PersonTimes.Total);
        return report;
    }

    /// <summary>
    /// The year's summary from a report, as codes with arguments (what a host stores); in the configured language it is
    /// <c>summary.Render(planner.Text)</c>, paragraph by paragraph <c>summary.RenderParagraphs(planner.Text)</c>.
    /// </summary>
    /// <param name="report">The coverage of the year.</param>
    /// <param name="goodPractices">The good practices compiled for the year; <see langword="null"/> to leave them out.</param>
    /// <param name="reportsReceived">How many written reports were received before the talks; <see langword="null"/> to leave them out.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="reportsReceived"/> is negative.</exception>
    public YearSummary Summarize(CoverageReport report, GoodPracticeDigest? goodPractices = null, int? reportsReceived = null)
        => YearSummaryBuilder.Build(Guard.NotNull(report), goodPractices, reportsReceived);

    /// <summary>
    /// The materials of the plan as of <paramref name="asOf"/> (today from the clock when <see langword="null"/>): every
    /// talk of the configured report sources needs a written report, due <see cref="ContentOptions.ReportDueWorkingDays"/>
    /// working days before its talk (the material's <see cref="ReportMaterial.TalkDate"/>, or the start of the window) on the planner's calendar; the routing list says which leader receives which
    /// report, and who is late (received after the due date, or still missing after it).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="materials">What happened to each subject's report so far; a subject without an entry has no template sent and no report.</param>
    /// <param name="asOf">The day the status is read on; today when <see langword="null"/>.</param>
    /// <returns>The materials report.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TalkEngineValidationException">A subject is given twice or is not in the roster, or the dates are out of order (code <c>content.materials</c>).</exception>
    public MaterialsReport TrackMaterials(YearPlan plan, IEnumerable<ReportMaterial> materials, LocalDate? asOf = null)
        => MaterialsTracker.Track(Guard.NotNull(plan), Guard.NotNull(materials), asOf ?? Today, _calendar, _content);

    /// <summary>The year's summary with the reports received counted from the materials (the account's "33 reports").</summary>
    /// <param name="report">The coverage of the year.</param>
    /// <param name="materials">The materials of the year, from <see cref="TrackMaterials"/>.</param>
    /// <param name="goodPractices">The good practices compiled for the year; <see langword="null"/> to leave them out.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="report"/> or <paramref name="materials"/> is null.</exception>
    public YearSummary SummarizeWithMaterials(CoverageReport report, MaterialsReport materials, GoodPracticeDigest? goodPractices = null)
        => YearSummaryBuilder.Build(Guard.NotNull(report), goodPractices, Guard.NotNull(materials).Received);


    // Which of the index's demands the projection may count: those assigned in the plan (the calculator keeps those
    // still possible on the as-of date that would change the rate).
    private static bool[] Assigned(YearPlan plan)
    {
        var index = plan.Index;
        var pending = new bool[index.Demands.Length];
        foreach (var talk in plan.Talks)
        {
            if (index.DemandIndex.TryGetValue(talk.DemandId, out var d))
            {
                pending[d] = true;
            }
        }

        return pending;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Planned {PeriodStart}..{PeriodEnd}: {Demands} demands, {Exclusions} exclusions, {Assigned} talks assigned, {Unserved} unserved, proven optimal: {ProvenOptimal}")]
    private static partial void LogPlanned(ILogger logger, LocalDate periodStart, LocalDate periodEnd, int demands, int exclusions, int assigned, int unserved, bool provenOptimal);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Measured {PeriodStart}..{PeriodEnd}: {Covered} of {Required} covered, {PersonTimes} person-times")]
    private static partial void LogMeasured(ILogger logger, LocalDate periodStart, LocalDate periodEnd, int covered, int required, int personTimes);
}
