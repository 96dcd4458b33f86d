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

// The day placement of group-100k (and OR-Tools' bound, when built WithOrTools=true), best and median of 40 runs:
// dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- scheduling-steps
if (args is ["scheduling-steps"])
{
    TalkEngine.Benchmarks.SchedulingBenchmark.MeasureSteps();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, named so that BenchmarkSwitcher can find this assembly.</summary>
public sealed partial class Program;
