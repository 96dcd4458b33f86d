using System.Globalization;
using BenchmarkDotNet.Attributes;
using TalkEngine.Benchmarks.Scheduling;
using TalkEngine.Samples.ConsoleApp.Scheduling;
using TalkEngine.Scheduling;
using TalkEngine.Scheduling.Solver;
#if WITH_ORTOOLS
using Google.OrTools.Graph;
#endif

namespace TalkEngine.Benchmarks;

/// <summary>
/// The exact day-level scheduler on group-5k (stored) and group-100k (made at GlobalSetup by the C# port of
/// generate.py, written to the temp folder): <see cref="Schedule"/> places, proves and explains (what the console
/// does after reading), <see cref="SolveAndProve"/> is the solver alone on the prepared problem, <see cref="Read"/>
/// reads the bench file. With WithOrTools=true, OR-Tools' MaxFlow computing only the per-talker bound (build + solve,
/// the model of BASELINE.md) runs beside them:
/// <c>WithOrTools=true dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- --filter '*Schedul*' --job short</c>.
/// The process runs without concurrent GC, as the console does (a batch tool; OR-Tools runs in the same process).
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(false)]
public class SchedulingBenchmark
{
    private string _path = "";
    private DaySchedulingRequest? _request;
    private DayPlacementProblem? _problem;

    [Params("group-5k", "group-100k")]
    public string Instance { get; set; } = "group-5k";

    [GlobalSetup]
    public void Setup()
    {
        _path = SchedulingBenchData.PathOf(Instance);
        _request = SchedulingInstanceReader.ReadFile(_path).Request;
        _problem = DayScheduler.Prepare(_request).Problem;
        var check = DayScheduler.Schedule(_request);
        Console.WriteLine($"// {Instance}: placed {check.Placed}, upper bound {check.UpperBound}, proven {check.ProvenMaximum}");
        var full = SolveAndProve();
        long hash = 17;
        for (var t = 0; t < _problem.TalkCount; t++)
        {
            hash = unchecked((hash * 31) + full.DayNumberOf(t));
        }

        // The same on every machine and run (the solver is deterministic); a change of it is a change of the placement.
        Console.WriteLine($"// {Instance}: placement hash {hash}");
        var bare = PlaceAndProve();
        Console.WriteLine($"// {Instance}: without the preferences: placed {bare.Placed}, upper bound {bare.UpperBound}, proven {bare.ProvenMaximum}");
#if WITH_ORTOOLS
        Console.WriteLine($"// {Instance}: OR-Tools per-talker MaxFlow bound {OrToolsBound()}");
#endif
    }

    /// <summary>
    /// The solve (and OR-Tools' bound) on group-100k, alternating, best and median of 40 runs (<c>SCHED_RUNS</c> to
    /// change), as wall time and, on Linux, as the thread's CPU time (which a busy machine disturbs less).
    /// </summary>
    public static void MeasureSteps()
    {
        var bench = new SchedulingBenchmark { Instance = "group-100k" };
        bench.Setup();
        var runs = new List<(string Name, Func<long> Run, List<double> Wall, List<double> Cpu)>
        {
            ("SolveAndProve", () => bench.SolveAndProve().Placed, [], []),
            ("PlaceAndProve", () => bench.PlaceAndProve().Placed, [], []),
#if WITH_ORTOOLS
            ("OrToolsBound", bench.OrToolsBound, [], []),
#endif
        };
        var count = int.Parse(Environment.GetEnvironmentVariable("SCHED_RUNS") ?? "40", CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            foreach (var (_, run, wall, cpu) in runs)
            {
                var cpu0 = ThreadCpu.Now();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                run();
                wall.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((ThreadCpu.Now() - cpu0) / 1e6);
            }
        }

        foreach (var (name, _, wall, cpu) in runs)
        {
            wall.Sort();
            cpu.Sort();
            Console.WriteLine(FormattableString.Invariant($"{name}: wall best {wall[0]:F1} ms, median {wall[wall.Count / 2]:F1} ms; thread CPU best {cpu[0]:F1} ms, median {cpu[cpu.Count / 2]:F1} ms"));
        }
    }

    [Benchmark(Baseline = true)]
    public DaySchedule Schedule() => DayScheduler.Schedule(_request!);

    [Benchmark]
    public DayPlacementSolution SolveAndProve() => DayPlacementSolver.Solve(_problem!);

    /// <summary>The placement and its proof only: <see cref="SolveAndProve"/> without the preferences among maximum placements (spread, then early), which never change the count.</summary>
    [Benchmark]
    public DayPlacementSolution PlaceAndProve() => DayPlacementSolver.Solve(_problem!, DayPlacementSolver.DefaultNodeLimit, preferences: false);

    [Benchmark]
    public SchedulingInstance Read() => SchedulingInstanceReader.ReadFile(_path);

#if WITH_ORTOOLS
    /// <summary>BASELINE.md's bound: per talker, MaxFlow source → talk [1] → day [1] → ISO week [dailyCap] → sink [weeklyCap] (build + solve).</summary>
    [Benchmark]
    public long OrToolsBound()
    {
        var problem = _problem!;
        long total = 0;
        var byLeader = new List<int>[problem.LeaderCount];
        for (var t = 0; t < problem.TalkCount; t++)
        {
            (byLeader[problem.TalkLeader[t]] ??= []).Add(t);
        }

        for (var l = 0; l < problem.LeaderCount; l++)
        {
            if (byLeader[l] is not { } talks)
            {
                continue;
            }

            var flow = new MaxFlow();
            var days = new Dictionary<int, int>();
            var weeks = new Dictionary<int, int>();
            var next = 2 + talks.Count;
            for (var i = 0; i < talks.Count; i++)
            {
                var t = talks[i];
                flow.AddArcWithCapacity(0, 2 + i, 1);
                for (var a = problem.AllowedStart[t]; a < problem.AllowedStart[t + 1]; a++)
                {
                    var day = problem.AllowedDays[a];
                    if (!days.TryGetValue(day, out var node))
                    {
                        days[day] = node = next++;
                        if (!weeks.TryGetValue(day / 7, out var week))
                        {
                            weeks[day / 7] = week = next++;
                            flow.AddArcWithCapacity(week, 1, problem.WeeklyCap[l]);
                        }

                        flow.AddArcWithCapacity(node, week, problem.DailyCap[l]);
                    }

                    flow.AddArcWithCapacity(2 + i, node, 1);
                }
            }

            flow.Solve(0, 1);
            total += flow.OptimalFlow();
        }

        return total;
    }
#endif
}

/// <summary>The calling thread's CPU time in nanoseconds (Linux; 0 elsewhere).</summary>
internal static class ThreadCpu
{
    public static long Now()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(3, out var spec) != 0)
        {
            return 0;
        }

        return (spec.Seconds * 1_000_000_000) + spec.Nanoseconds;
    }

    // CLOCK_THREAD_CPUTIME_ID = 3.
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in this project; the call is blittable either way.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec spec);
#pragma warning restore SYSLIB1054

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

/// <summary>Where the scheduling benchmark's instances come from.</summary>
internal static class SchedulingBenchData
{
    public static string PathOf(string name)
    {
        if (name == "group-100k")
        {
            var path = Path.Combine(Path.GetTempPath(), "talkengine-scheduling-group-100k.json");
            if (!File.Exists(path))
            {
                File.WriteAllText(path, SchedulingGenerator.Generate(name));
            }

            return path;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench", "scheduling", "instances", name + ".json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The bench instance {name} was not found in ../shared/bench/scheduling/instances.");
    }
}
