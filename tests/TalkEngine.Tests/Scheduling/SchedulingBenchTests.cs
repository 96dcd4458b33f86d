using TalkEngine.Samples.ConsoleApp.Scheduling;
using TalkEngine.Scheduling;

namespace TalkEngine.Tests.Scheduling;

/// <summary>Every stored scheduling bench instance placed at the maximum of BASELINE.md, and proven.</summary>
public sealed class SchedulingBenchTests
{
    internal static SchedulingInstance Load(string name) =>
        SchedulingInstanceReader.ReadFile(SharedData.PathOf("bench", "scheduling", "instances", name + ".json"));

    [Theory]
    [InlineData("company-49", 49, 49)]
    [InlineData("tight-300", 300, 293)]
    [InlineData("group-5k", 5000, 4801)]
    [InlineData("tiny-5", 24, 20)]
    [InlineData("tiny-21", 21, 16)]
    public void Schedule_StoredInstance_PlacesBaselineMaximumAndProvesIt(string name, int talks, int maximum)
    {
        var instance = Load(name);
        instance.Request.Talks.Should().HaveCount(talks);

        var schedule = DayScheduler.Schedule(instance.Request);

        schedule.Placed.Should().Be(maximum);
        schedule.UpperBound.Should().Be(maximum);
        schedule.ProvenMaximum.Should().BeTrue();
        schedule.Unplaced.Should().HaveCount(talks - maximum);
        SchedulingChecks.AssertValid(instance.Request, schedule);
    }

    [Fact]
    public void Solve_LastDaysFarApart_TakesTheSortingPathAndPlacesTheMaximum()
    {
        // Last allowed days 13 years apart: wider than the counting sort takes, so the solver sorts each leader's keys.
        var builder = new TalkEngine.Scheduling.Solver.DayPlacementProblemBuilder();
        var leader = builder.AddLeader(1, 5);
        var (s0, s1, s2) = (builder.AddSubject(), builder.AddSubject(), builder.AddSubject());
        var early = new NodaTime.LocalDate(2017, 1, 3);
        var late = new NodaTime.LocalDate(2030, 1, 3);
        builder.AddTalk(leader, s0, [early, late]);
        builder.AddTalk(leader, s1, [early]);
        builder.AddTalk(leader, s2, []);

        var solution = TalkEngine.Scheduling.Solver.DayPlacementSolver.Solve(builder.Build());

        // The talk whose window closes first takes the shared day; the other moves to its late day; the talk
        // without a day is left out.
        (solution.Placed, solution.UpperBound, solution.ProvenMaximum).Should().Be((2, 2, true));
        solution.DayOf(1).Should().Be(early);
        solution.DayOf(0).Should().Be(late);
        solution.DayOf(2).Should().BeNull();
    }

    [Theory]
    [InlineData("company-49")]
    [InlineData("tight-300")]
    [InlineData("group-5k")]
    [InlineData("tiny-5")]
    [InlineData("tiny-21")]
    public void Solve_WithoutPreferences_SameCountBoundAndProofAndAValidPlacement(string name)
    {
        // The benchmark's PlaceAndProve leaves the preferences out; they must never change what is placed or proven.
        var problem = DayScheduler.Prepare(Load(name).Request).Problem;

        var full = TalkEngine.Scheduling.Solver.DayPlacementSolver.Solve(problem);
        var bare = TalkEngine.Scheduling.Solver.DayPlacementSolver.Solve(problem, TalkEngine.Scheduling.Solver.DayPlacementSolver.DefaultNodeLimit, preferences: false);

        (bare.Placed, bare.UpperBound, bare.ProvenMaximum).Should().Be((full.Placed, full.UpperBound, full.ProvenMaximum));
        var days = Enumerable.Range(0, problem.TalkCount).Select(bare.DayNumberOf).ToArray();
        days.Count(d => d >= 0).Should().Be(bare.Placed);
        for (var t = 0; t < problem.TalkCount; t++)
        {
            if (days[t] >= 0)
            {
                problem.AllowedDaysOf(t).Should().Contain(bare.DayOf(t)!.Value);
            }
        }

        // Per leader and day within the cap, per subject one talk a day.
        Enumerable.Range(0, problem.TalkCount).Where(t => days[t] >= 0).GroupBy(t => (problem.TalkLeader[t], days[t]))
            .Should().OnlyContain(g => g.Count() <= problem.DailyCap[g.Key.Item1]);
        Enumerable.Range(0, problem.TalkCount).Where(t => days[t] >= 0).GroupBy(t => (problem.TalkSubject[t], days[t]))
            .Should().OnlyContain(g => g.Count() == 1);
    }
}

/// <summary>The benchmarks' C# port of generate.py writes the bench's own bytes.</summary>
public sealed class SchedulingGeneratorTests
{
    [Theory]
    [InlineData("tight-300")]
    [InlineData("group-5k")]
    public void Generate_StoredKind_IsByteIdenticalToGeneratePy(string kind)
    {
        var stored = File.ReadAllText(SharedData.PathOf("bench", "scheduling", "instances", kind + ".json"));

        TalkEngine.Benchmarks.Scheduling.SchedulingGenerator.Generate(kind).Should().Be(stored);
    }
}

/// <summary>A day schedule through the package's JSON contract.</summary>
public sealed class DayScheduleJsonTests
{
    [Fact]
    public void Serialize_Tiny5_CamelCaseIsoDatesAndReasonCodes()
    {
        var schedule = TalkEngine.Scheduling.DayScheduler.Schedule(SchedulingBenchTests.Load("tiny-5").Request);

        var json = System.Text.Json.JsonSerializer.Serialize(schedule, TalkEngineJson.Options);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("placed").GetInt32().Should().Be(20);
        root.GetProperty("upperBound").GetInt32().Should().Be(20);
        root.GetProperty("provenMaximum").GetBoolean().Should().BeTrue();
        root.GetProperty("talks")[0].GetProperty("date").GetString().Should().MatchRegex("^2026-11-[0-9]{2}$");
        var unplaced = root.GetProperty("unplaced")[0];
        unplaced.GetProperty("reason").GetString().Should().Be(schedule.Unplaced[0].ReasonCode);
        unplaced.TryGetProperty("reasonCode", out _).Should().BeFalse();
        root.GetProperty("leaderWeeks")[0].GetProperty("monday").GetString().Should().MatchRegex("^2026-");
    }
}
