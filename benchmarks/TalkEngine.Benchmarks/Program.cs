using BenchmarkDotNet.Running;

// Run a subset with: dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- --filter '*Calendar*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, named so that BenchmarkSwitcher can find this assembly.</summary>
public sealed partial class Program;
