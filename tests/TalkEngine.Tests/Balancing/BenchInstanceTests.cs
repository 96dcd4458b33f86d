using TalkEngine.Balancing;
using TalkEngine.Balancing.Solver;
using TalkEngine.Samples.ConsoleApp.Balancing;

namespace TalkEngine.Tests.Balancing;

/// <summary>The solver reaches OR-Tools' optimum (BASELINE.md) on every stored bench instance, and proves it.</summary>
public sealed class BenchInstanceTests
{
    private static AssignmentProblem Load(string name) =>
        BalancingInstanceReader.ReadFile(SharedData.PathOf("bench", "balancing", "instances", name + ".json"));

    [Theory]
    [InlineData("seed-2017", 35, 12, 103, 0, 3, 2)]
    [InlineData("unit-200", 200, 15, 2734, 133, 15, 8)]
    [InlineData("dense-2k", 2000, 500, 8000, 1681, 4, 4)]
    [InlineData("group-20k", 20000, 2000, 209904, 12486, 15, 2)]
    public void Solve_StoredInstance_MatchesBaselineOptimumAndProvesIt(string name, int subjects, int talkers, long sumSquares, long misses, int maxLoad, int minLoad)
    {
        var instance = Load(name);
        instance.JobCount.Should().Be(subjects);
        instance.WorkerCount.Should().Be(talkers);

        var result = AssignmentSolver.Solve(instance);

        result.IsFeasible.Should().BeTrue();
        result.SumOfSquares.Should().Be(sumSquares);
        result.Objective.PreferredMisses.Should().Be(misses);
        result.MaxLoad.Should().Be(maxLoad);
        result.MinLoad.Should().Be(minLoad);
        result.IsProvenOptimal.Should().BeTrue();
        result.LowerBound.Should().Be(result.Objective);
        BalancingChecks.AssertValid(instance, result);
    }

    [Fact]
    public void Solve_InfeasibleSmall_NamesS000018AndGivesHallWitness30Versus27()
    {
        var instance = Load("infeasible-small");

        var result = AssignmentSolver.Solve(instance);

        result.IsFeasible.Should().BeFalse();
        result.Unserved.Should().HaveCount(3);
        result.Unserved.Should().ContainSingle(u => u.Cause == UnservedCause.NoEligibleWorker)
            .Which.JobId.Should().Be("S000018");
        result.Unserved.Count(u => u.Cause == UnservedCause.CapacityShortage).Should().Be(2);
        result.Witness.Should().NotBeNull();
        result.Witness!.JobCount.Should().Be(30);
        result.Witness.Capacity.Should().Be(27);
        result.Witness.WorkerIds.Should().Equal("T0001", "T0002", "T0003", "T0004", "T0005");
        result.Assignments.Should().HaveCount(27);
        BalancingChecks.AssertValid(instance, result);
    }

    [Fact]
    public void Solve_Seed2017_ElevenTalkersWithThreeAndOneWithTwo()
    {
        var result = AssignmentSolver.Solve(Load("seed-2017"));

        result.Loads.Count(l => l.Load == 3).Should().Be(11);
        result.Loads.Count(l => l.Load == 2).Should().Be(1);
        result.Assignments.Should().OnlyContain(a => a.IsPreferred);
    }
}
