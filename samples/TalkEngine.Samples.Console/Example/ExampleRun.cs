using NodaTime;
using TalkEngine.Balancing;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Planning;
using TalkEngine.Records;
using TalkEngine.Scheduling;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// The example end to end through <see cref="TalkPlanner"/>: the roster file → the year's plan (demands from
/// every source the file runs, balanced over the leadership team: only the talks without a source-fixed leader
/// count in the loads, the account's "about 3 each") → records checked and counted → coverage, good practices and
/// the year's summary → the talks scheduled (days, hours, two rooms). Nothing here knows the 2017 figures: they come out of the library from the data.
/// </summary>
internal sealed record ExampleRun(
    ExampleDataset Dataset,
    YearPlan Plan,
    CoverageReport Coverage,
    GoodPracticeDigest GoodPractices,
    YearSummary Summary,
    TalkSchedule Schedule)
{
    /// <summary>The materials of the annual round as of the period's end (the file's <c>materials</c>); <see langword="null"/> when the file has none.</summary>
    public TalkEngine.Content.MaterialsReport? Materials { get; init; }

    /// <summary>The rooms of the example's in-person talks.</summary>
    public static readonly IReadOnlyList<string> Rooms = ["第一会议室", "第二会议室"];

    /// <summary>The year's demands.</summary>
    public DemandSet Demands => Plan.Demands;

    /// <summary>The balanced assignment of leaders.</summary>
    public BalancingPlan Balance => Plan.Assignment;

    /// <summary>Runs the year; <paramref name="starting"/>, when given, hears of each step as it starts (a progress display).</summary>
    public static ExampleRun Execute(ExampleDataset dataset, OutputLanguage language, Action<RunStep>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        // The file's policies, with the sources the organisation ran that year (the file's "sources") on and the rest
        // off, so that, for 2017, no risk-frequency or pre-holiday talks are expected that the account never held.
        var options = new TalkEngineOptions { Language = language, Demands = dataset.Policies };

        // The whole year through the one entry point: plan (demands + balanced assignment), measure, summarise.
        // Today from the system clock, but never later than the day after the file's year: the projection then looks
        // forward from today in a year still running, and a past year's figures (and the golden files) do not change
        // with the day the example is run.
        var planner = new TalkPlanner(options, AtMostTheDayAfter(dataset.Period, options.TimeZoneId));
        starting?.Invoke(RunStep.Plan);
        var plan = planner.Plan(new YearInput(dataset.CreateRequest()) { Catalogue = dataset.Catalogue });
        starting?.Invoke(RunStep.Measure);
        var coverage = planner.Measure(plan, dataset.Records);
        var practices = GoodPracticeCompiler.Compile(coverage.Validation, dataset.Period);
        // The reports received come from the materials when the file tracks them (dates), else from its list of names.
        // Steps after planning can refuse a file's dates at the edges (a report due in a year the calendar lacks, a window
        // the scheduler refuses): their problems in the console's language.
        starting?.Invoke(RunStep.Materials);
        var materials = dataset.Materials.Count > 0
            ? InConsoleLanguage(() => planner.TrackMaterials(plan, dataset.Materials, dataset.Period.End), language)
            : null;
        var summary = materials is not null
            ? planner.SummarizeWithMaterials(coverage, materials, practices)
            : planner.Summarize(coverage, practices, dataset.ReportsReceived.Distinct(StringComparer.Ordinal).Count());
        starting?.Invoke(RunStep.Schedule);
        var schedule = InConsoleLanguage(() => planner.Schedule(plan, new SchedulingInput(rooms: Rooms)), language);

        return new ExampleRun(dataset, plan, coverage, practices, summary, schedule) { Materials = materials };
    }

    private static T InConsoleLanguage<T>(Func<T> step, OutputLanguage language)
    {
        try
        {
            return step();
        }
        catch (TalkEngineValidationException e)
        {
            throw new TalkEngineValidationException(e.ErrorCode, e.Problems.Select(p => LibraryProblemText.Localize(p, language)));
        }
        catch (TalkEngine.Calendar.CalendarYearNotCoveredException e)
        {
            // A date of the file puts a talk's window in a year the calendar lacks (a petition concluded in 2099): the
            // file's problem, told like the loader's, rather than a crash.
            var year = e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new TalkEngineValidationException("dataset.year-not-covered", [new ValidationProblem(
                "dataset.year-not-covered",
                language == OutputLanguage.English
                    ? $"The package's working calendar has no holiday data for {year}, which a talk's window needs; check the dates of petitions, appointments, governanceDrives and inspectionRounds."
                    : $"内置的工作日历没有 {year} 年的节假日安排，而某次约谈的时间窗需要它；请检查 petitions、appointments、governanceDrives 和 inspectionRounds 的日期。",
                "$")]);
        }
    }

    private static IClock AtMostTheDayAfter(DateInterval period, string zoneId)
    {
        var now = SystemClock.Instance.GetCurrentInstant();
        if (period.End == LocalDate.MaxIsoValue)
        {
            return SystemClock.Instance;
        }

        var dayAfter = period.End.PlusDays(1).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb[zoneId]).ToInstant();
        return new FixedClock(now < dayAfter ? now : dayAfter);
    }

    private sealed class FixedClock(Instant instant) : IClock
    {
        public Instant GetCurrentInstant() => instant;
    }

}

/// <summary>The steps of a run, in order, as a progress display names them.</summary>
internal enum RunStep
{
    /// <summary>Reading and checking the roster file.</summary>
    Load,

    /// <summary>Demands and the balanced assignment.</summary>
    Plan,

    /// <summary>Records checked, coverage measured, good practices compiled.</summary>
    Measure,

    /// <summary>The written reports tracked and the year summarised.</summary>
    Materials,

    /// <summary>The talks placed on working days, hours and rooms.</summary>
    Schedule,

    /// <summary>An outline for every talk (the <c>plan</c> command only).</summary>
    Outlines,
}
