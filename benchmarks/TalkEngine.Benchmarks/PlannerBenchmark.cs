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
            _records = RecordsFor(_planner.Plan(_input), 1_000_000);
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

    /// <summary>Demands and the assignment alone.</summary>
    [Benchmark]
    public int Plan() => _planner.Plan(_input).Talks.Count;

    /// <summary>Coverage of a store filled as the records arrived.</summary>
    [Benchmark]
    public int Measure() => _planner.Measure(_plan, _store).Covered.Count;

    // Records that answer the plan's talks: a talk chosen at random, held by its leader on a day of its window.
    private static TalkRecord[] RecordsFor(YearPlan plan, int count)
    {
        var random = new Random(2017);
        var talks = plan.Talks;
        var records = new TalkRecord[count];
        for (var i = 0; i < count; i++)
        {
            var talk = talks[random.Next(talks.Count)];
            var days = Period.Between(talk.Window.Start, talk.Window.End, PeriodUnits.Days).Days;
            records[i] = new TalkRecord(
                "R" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                talk.Window.Start.PlusDays(random.Next(days + 1)),
                talk.SubjectId,
                [talk.LeaderId],
                talk.Source,
                talk.Style,
                talk.Mode);
        }

        return records;
    }

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
