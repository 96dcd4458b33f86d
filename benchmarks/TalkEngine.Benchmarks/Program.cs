using BenchmarkDotNet.Running;

// Run a subset with: dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- --filter '*Calendar*'
// CPU time of the content benchmark (one core, whatever else runs): dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- content-cpu
if (args is ["content-cpu"])
{
    TalkEngine.Benchmarks.ContentBenchmark.MeasureCpu();
    return;
}

// Each step of the 100,000-person pipeline timed once: dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- pipeline-steps
if (args is ["pipeline-steps"])
{
    TalkEngine.Benchmarks.PlannerBenchmark.MeasureSteps();
    return;
}

// One re-plan of group-5k timed once, with its moves and proof: dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- reschedule-once
if (args is ["reschedule-once"])
{
    TalkEngine.Benchmarks.RescheduleBenchmark.MeasureOnce();
    return;
}

// The minimal-move search alone on that re-plan, component by component: ... -- reschedule-components
if (args is ["reschedule-components"])
{
    TalkEngine.Benchmarks.RescheduleBenchmark.MeasureComponents();
    return;
}

// The day placement of group-100k (and OR-Tools' bound, when built WithOrTools=true), best and median of 40 runs:
// dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- scheduling-steps
if (args is ["scheduling-steps"])
{
    TalkEngine.Benchmarks.SchedulingBenchmark.MeasureSteps();
    return;
}

// The rooms' repair timed once per organisation size: dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- rooms-steps [companies...]
if (args is ["rooms-steps", ..])
{
    foreach (var companies in args.Length > 1 ? args[1..].Select(int.Parse) : [29])
    {
        var plan = TalkEngine.Benchmarks.RoomSchedulingBenchmark.Plan(companies);
        var scheduler = new TalkEngine.Scheduling.TalkScheduler();
        var request = TalkEngine.Scheduling.TalkScheduler.PlanRequest(plan, null, null, null);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reference = scheduler.ScheduleReference(request, ["R1", "R2"]);
        var before = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var (schedule, rounds) = scheduler.Repair(request, ["R1", "R2"]);
        Console.WriteLine(System.FormattableString.Invariant($"{companies} companies, {plan.Talks.Count} talks, two rooms: repair as first written {before:F0} ms, now {clock.Elapsed.TotalMilliseconds:F0} ms ({rounds} rounds); placed {schedule.Placed} (reference {reference.Placed}), bound {schedule.UpperBound}, proven {schedule.ProvenMaximum}, unplaced {schedule.Unplaced.Count}"));
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, named so that BenchmarkSwitcher can find this assembly.</summary>
public sealed partial class Program;
