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
