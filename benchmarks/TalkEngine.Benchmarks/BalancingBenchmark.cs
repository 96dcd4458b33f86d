using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using TalkEngine.Balancing.Solver;
using TalkEngine.Samples.ConsoleApp.Balancing;
#if WITH_ORTOOLS
using Google.OrTools.Graph;
#endif

namespace TalkEngine.Benchmarks;

/// <summary>
/// The exact balancing solver on the bench instances, side by side with OR-Tools' min-cost flow
/// (build + solve, the model of BASELINE.md) as the baseline when built with WithOrTools=true:
/// <c>WithOrTools=true dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- --filter '*Balancing*'</c>
/// (an environment variable, so that BenchmarkDotNet's own build of this project sees it too).
/// group-100k is generated at GlobalSetup with python3 into the temp folder (skipped with a message without python3).
/// </summary>
[MemoryDiagnoser]
public class BalancingBenchmark
{
    private AssignmentProblem? _instance;

    [Params("seed-2017", "unit-200", "dense-2k", "group-20k", "group-100k")]
    public string Instance { get; set; } = "seed-2017";

    [GlobalSetup]
    public void Setup()
    {
        _instance = BalancingBenchData.Load(Instance);
#if WITH_ORTOOLS
        if (_instance is not null)
        {
            // Cross-check once: OR-Tools' optimum = W·sumSquares + misses of ours.
            var ours = AssignmentSolver.Solve(_instance);
            var cost = OrTools();
            var expected = ((_instance.JobCount + 1L) * ours.SumOfSquares) + ours.Objective.PreferredMisses;
            Console.WriteLine($"// {Instance}: OR-Tools cost {cost}, TalkEngine W·sumSquares+misses {expected}: {(cost == expected ? "equal" : "DIFFERENT")}");
            if (cost != expected)
            {
                throw new InvalidOperationException("OR-Tools and TalkEngine disagree.");
            }
        }
#endif
    }

    [Benchmark]
    public AssignmentSolution? TalkEngine() => _instance is null ? null : AssignmentSolver.Solve(_instance);

#if WITH_ORTOOLS
    /// <summary>OR-Tools min-cost flow exactly as BASELINE.md builds it: source→subject, subject→talker (0 preferred, else 1), talker→sink unit arcs W·(2k−1).</summary>
    [Benchmark(Baseline = true)]
    public long OrTools()
    {
        var instance = _instance;
        if (instance is null)
        {
            return 0;
        }

        var subjects = instance.Jobs;
        var talkers = instance.Workers;
        int n = subjects.Count, m = talkers.Count;
        var index = new Dictionary<string, int>(m, StringComparer.Ordinal);
        for (var t = 0; t < m; t++)
        {
            index[talkers[t].Id] = t;
        }

        var eligibleCount = new int[m];
        foreach (var s in subjects)
        {
            foreach (var e in s.Eligible)
            {
                eligibleCount[index[e]]++;
            }
        }

        long w = n + 1;
        var source = 0;
        var sink = n + m + 1;
        var flow = new MinCostFlow(n + m + 2, (int)Math.Min(int.MaxValue, n + instance.EligiblePairCount + instance.EligiblePairCount));
        for (var s = 0; s < n; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, 1 + s, 1, 0);
            var subject = subjects[s];
            foreach (var e in subject.Eligible)
            {
                flow.AddArcWithCapacityAndUnitCost(1 + s, 1 + n + index[e], 1, subject.Preferred.Contains(e) ? 0 : 1);
            }
        }

        for (var t = 0; t < m; t++)
        {
            var units = Math.Min(talkers[t].Capacity ?? int.MaxValue, eligibleCount[t]);
            for (var k = 1; k <= units; k++)
            {
                flow.AddArcWithCapacityAndUnitCost(1 + n + t, sink, 1, w * ((2 * k) - 1));
            }
        }

        flow.SetNodeSupply(source, n);
        flow.SetNodeSupply(sink, -n);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools: {status}");
        }

        return flow.OptimalCost();
    }
#endif
}

/// <summary>Reading the 46 MB group-100k file (streamed with Utf8JsonReader).</summary>
[MemoryDiagnoser]
public class BalancingParseBenchmark
{
    private string? _path;

    [GlobalSetup]
    public void Setup() => _path = BalancingBenchData.PathOf("group-100k");

    [Benchmark]
    public int ParseGroup100k() => _path is null ? 0 : BalancingInstanceReader.ReadFile(_path).JobCount;
}

/// <summary>Finds the bench instances (the shared folder beside the clone) and generates group-100k on demand.</summary>
internal static class BalancingBenchData
{
    public static AssignmentProblem? Load(string name)
    {
        var path = PathOf(name);
        return path is null ? null : BalancingInstanceReader.ReadFile(path);
    }

    public static string? PathOf(string name)
    {
        var bench = FindBenchFolder();
        var stored = Path.Combine(bench, "instances", name + ".json");
        if (File.Exists(stored))
        {
            return stored;
        }

        var generated = Path.Combine(Path.GetTempPath(), "talkengine-bench", name + ".json");
        if (File.Exists(generated))
        {
            return generated;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(generated)!);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", ["generate.py", "--kind", name, "--out", generated])
            {
                WorkingDirectory = bench,
                UseShellExecute = false,
            })!;
            process.WaitForExit();
            if (process.ExitCode == 0 && File.Exists(generated))
            {
                return generated;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // python3 is missing: fall through to the message.
        }

        Console.WriteLine($"// {name}: skipped, python3 could not generate it (python3 {Path.Combine(bench, "generate.py")} --kind {name} --out {generated}).");
        return null;
    }

    private static string FindBenchFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench", "balancing");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/bench/balancing was not found beside the clone.");
    }
}
