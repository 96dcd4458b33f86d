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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, named so that BenchmarkSwitcher can find this assembly.</summary>
public sealed partial class Program;
