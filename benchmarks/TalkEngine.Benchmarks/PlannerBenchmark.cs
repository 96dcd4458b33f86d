using BenchmarkDotNet.Attributes;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Planning;
using TalkEngine.Records;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Benchmarks;

/// <summary>
/// The planner's whole year in one call chain: demands from every source, the balanced assignment of leaders,
/// a record store filled with the year's records (checked and resolved once each) and the coverage against the
/// plan. For the 2017 example (36 heads, 49 talks, 49 records) and for the 100,000-person benchmark
/// organisation of <see cref="DemandsBenchmark"/> (about 28,600 demands) with 1,000,000 records that answer
/// the plan's demands inside their windows. <see cref="Plan"/> and <see cref="Measure"/> show where the time goes.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmark
{
    private TalkPlanner _planner = null!;
    private YearInput _input = null!;
    private TalkRecord[] _records = null!;
    private YearPlan _plan = null!;
    private TalkRecordStore _store = null!;

    /// <summary>The organisation planned.</summary>
    [Params("example-2017", "group-100k")]
    public string Organisation { get; set; } = "example-2017";

    [GlobalSetup]
    public void Setup()
    {
        // After any plan year: every window has closed, so the run does not depend on the day it runs.
        var clock = new FixedClock(Instant.FromUtc(2030, 1, 1, 0, 0));
        var options = new TalkEngineOptions();
        if (Organisation == "example-2017")
        {
            var dataset = ExampleDatasetLoader.Load(FindExample());
            dataset.ConfigureSources(options.Demands);
            _input = new YearInput(new DemandRequest(dataset.Roster, dataset.Period) { InspectionRounds = dataset.InspectionRounds, Survey = dataset.Survey });
            _planner = new TalkPlanner(options, clock);
            _records = dataset.Records.ToArray();
        }
        else
        {
            _input = new YearInput(DemandsBenchmark.BuildRequest(100_000));
            _planner = new TalkPlanner(options, clock);
            _records = GroupOrganisation.Records(_planner.Plan(_input), 1_000_000);
        }

        _plan = _planner.Plan(_input);
        _store = _plan.CreateRecordStore();
        _store.AddRange(_records);
    }

    /// <summary>Plan → store → coverage, as a host runs a year.</summary>
    [Benchmark(Baseline = true)]
    public int WholeYear()
    {
        var plan = _planner.Plan(_input);
        var store = plan.CreateRecordStore();
        store.AddRange(_records);
        return _planner.Measure(plan, store).Covered.Count;
    }

    /// <summary>
    /// The whole pipeline of issue 11: roster → demands → assignment → every talk's outline → the schedule (days and
    /// hours, proven maximum) → a store of the year's records → coverage. Target: under 2 s for group-100k.
    /// </summary>
    [Benchmark]
    public int Pipeline()
    {
        var plan = _planner.Plan(_input);
        var lines = 0;
        foreach (var outline in plan.Outlines())
        {
            lines += outline.Sections[0].Items.Count;
        }

        var schedule = _planner.Schedule(plan);
        var store = plan.CreateRecordStore();
        store.AddRange(_records);
        return _planner.Measure(plan, store).Covered.Count + schedule.Placed + lines;
    }

    /// <summary><c>-- pipeline-steps</c>: each step of <see cref="Pipeline"/> timed once after a warm-up run, for the report.</summary>
    public static void MeasureSteps()
    {
        var bench = new PlannerBenchmark { Organisation = "group-100k" };
        bench.Setup();
        // Warm-up runs: a step timed after one run would still run tier-0 code.
        for (var i = 0; i < 3; i++)
        {
            bench.Pipeline();
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var plan = bench._planner.Plan(bench._input);
        Step("plan (demands + assignment)", plan.Talks.Count);
        var outlines = plan.Outlines().Count();
        Step("outlines", outlines);
        var schedule = bench._planner.Schedule(plan);
        Step($"schedule (proven maximum: {schedule.ProvenMaximum}, upper bound {schedule.UpperBound})", schedule.Placed);
        foreach (var group in schedule.Unplaced.GroupBy(u => u.ReasonCode).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  unplaced {group.Key}: {group.Count()}");
        }

        var store = plan.CreateRecordStore();
        store.AddRange(bench._records);
        Step("record store", store.ValidCount);
        var report = bench._planner.Measure(plan, store);
        Step($"coverage (required {report.Required.Count}, excluded {report.Excluded.Count}, not covered {report.NotCovered.Count}, person-times {report.PersonTimes.Total})", report.Covered.Count);

        void Step(string name, int count)
        {
            Console.WriteLine(System.FormattableString.Invariant($"{name}: {clock.Elapsed.TotalMilliseconds:F0} ms ({count})"));
            clock.Restart();
        }
    }

    /// <summary>Demands and the assignment alone.</summary>
    [Benchmark]
    public int Plan() => _planner.Plan(_input).Talks.Count;

    /// <summary>Coverage of a store filled as the records arrived.</summary>
    [Benchmark]
    public int Measure() => _planner.Measure(_plan, _store).Covered.Count;

    private static string FindExample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "TalkEngine.Samples.Console", "Data", "example-2017.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/TalkEngine.Samples.Console/Data/example-2017.json not found above " + AppContext.BaseDirectory);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
