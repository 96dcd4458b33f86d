using CsCheck;
using TalkEngine.Balancing.Solver;

namespace TalkEngine.Tests.Balancing;

/// <summary>
/// The documented limits of <see cref="AssignmentProblem"/>: every number beyond them is refused with a validation problem,
/// and at them the objective and its proof are exact.
/// </summary>
public sealed class AssignmentProblemLimitsTests
{
    private const int Max = AssignmentProblem.MaxLoad;

    [Fact]
    public void Create_FixedLoadNear2Pow30_RefusedNotAnInternalError()
    {
        // Today's bug: 2·load overflowed an int, the solver failed its own certificate ("internal error").
        var act = () => AssignmentProblem.Create([new Worker("A", fixedLoad: (1 << 30) + 5), new Worker("B")], [new Job("S", ["A", "B"])]);

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("balancing.bad-fixed-load");
        problem.Path.Should().Be("workers[0].fixedLoad");
        problem.Ids.Should().Equal("A");
    }

    [Fact]
    public void Builder_EveryNumberOutOfRange_AllReportedAtOnce()
    {
        var builder = new AssignmentProblemBuilder("limits");
        builder.AddWorker("A", capacity: Max + 1, weight: 1, fixedLoad: 0, "talkers[0]");
        builder.AddWorker("B", capacity: -1, weight: 0, fixedLoad: -3, "talkers[1]");
        builder.AddWorker("C", capacity: -7, weight: AssignmentProblem.MaxWeight + 1, fixedLoad: Max + 1, "talkers[2]");

        var act = () => builder.Build();

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => (p.Code, p.Path)).Should().Equal(
            ("balancing.bad-capacity", "talkers[0].capacity"),
            ("balancing.bad-weight", "talkers[1].weight"),
            ("balancing.bad-fixed-load", "talkers[1].fixedLoad"),
            ("balancing.bad-weight", "talkers[2].weight"),
            ("balancing.bad-capacity", "talkers[2].capacity"),
            ("balancing.bad-fixed-load", "talkers[2].fixedLoad"));
    }

    [Fact]
    public void Solve_TwoWorkersAtTheMaximumFixedLoad_ExactAndProven()
    {
        var instance = AssignmentProblem.Create(
            [new Worker("A", capacity: Max, fixedLoad: Max - 1), new Worker("B", fixedLoad: Max)],
            [new Job("S1", ["A", "B"]), new Job("S2", ["A", "B"], ["B"]), new Job("S3", ["A", "B"])]);

        var result = AssignmentSolver.Solve(instance);

        result.IsFeasible.Should().BeTrue();
        result.IsProvenOptimal.Should().BeTrue();
        result.Loads.Select(l => l.Load).Should().Equal(Max, Max + 2);
        result.Objective.SpreadNumerator.Should().Be(((long)Max * Max) + ((long)(Max + 2) * (Max + 2)));
        result.LowerBound.Should().Be(result.Objective);
        result.MaxLoad.Should().Be(Max + 2);
    }

    [Fact]
    public void Create_SpreadBeyond64Bits_RefusedAsTooLarge()
    {
        // Ten workers at the maximum fixed load: Σ load² ≈ 10¹⁹ > 2⁶³, which the objective could not hold.
        var workers = Enumerable.Range(0, 10).Select(i => new Worker($"W{i}", fixedLoad: Max)).ToArray();

        var act = () => AssignmentProblem.Create(workers, [new Job("S", ["W0"])]);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be("balancing.too-large");
    }

    [Fact]
    public void Solve_FixedLoadsAtTheMaximum_EqualsBruteForce()
    {
        // 1–3 workers with fixed loads at the top of the range, capacities at the limit or none, weights 1 or 2.
        var worker = Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Int[1, 2], Gen.Int[0, 2]);
        var job = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 7], Gen.Int[0, 3]);
        Gen.Select(worker.Array[1, 3], job.Array[0, 5]).Sample((workerSpecs, jobSpecs) =>
        {
            var workers = workerSpecs.Select((w, i) => new Worker($"T{i}", w.Item2 ? Max - w.Item4 : null, w.Item3, Max - w.Item1)).ToArray();
            var jobs = jobSpecs.Select((j, s) =>
            {
                var eligible = Enumerable.Range(0, workers.Length).Where(t => ((j.Item1 >> t) & 1) == 1).Select(t => workers[t].Id).ToArray();
                var preferred = eligible.Where((_, k) => ((j.Item2 >> k) & 1) == 1).ToArray();
                return new Job($"S{s}", eligible, preferred, j.Item3 == 0 ? workers[0].Id : null);
            }).ToArray();
            var instance = AssignmentProblem.Create(workers, jobs);

            var result = AssignmentSolver.Solve(instance);
            var brute = BruteForce.Solve(instance);

            BalancingChecks.AssertValid(instance, result);
            (instance.JobCount - result.Unserved.Count).Should().Be(brute.MaxServed);
            (result.Objective.SpreadNumerator, result.Objective.PreferredMisses, result.Objective.Changes).Should().Be(brute.Best);
            if (result.IsFeasible)
            {
                result.IsProvenOptimal.Should().BeTrue();
            }
        }, iter: 1000);
    }
}
