using CsCheck;
using TalkEngine.Balancing;
using TalkEngine.Balancing.Solver;
using TalkEngine.Samples.ConsoleApp.Balancing;

namespace TalkEngine.Tests.Balancing;

/// <summary>The solver against exhaustive search on small random instances.</summary>
public sealed class BalancingSolverPropertyTests
{
    private const int Iterations = 2500;

    [Fact]
    public void Solve_SmallRandomInstances_EqualsBruteForceOptimum()
    {
        Gen.Int.Sample(seed =>
        {
            var instance = RandomInstance(seed);
            AssignmentSolution result;
            try
            {
                result = AssignmentSolver.Solve(instance);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"seed {seed}: {e.Message}", e);
            }

            var brute = BruteForce.Solve(instance);

            BalancingChecks.AssertValid(instance, result);
            var served = instance.JobCount - result.Unserved.Count;
            served.Should().Be(brute.MaxServed, $"seed {seed}: a maximum number of subjects is served");
            result.IsFeasible.Should().Be(brute.MaxServed == instance.JobCount);
            result.Objective.SpreadDenominator.Should().Be(brute.Lcm);
            (result.Objective.SpreadNumerator, result.Objective.PreferredMisses, result.Objective.Changes)
                .Should().Be(brute.Best, $"seed {seed}: the lexicographic optimum");
            if (result.IsFeasible)
            {
                result.IsProvenOptimal.Should().BeTrue();
                result.LowerBound.Should().Be(result.Objective);
                result.Witness.Should().BeNull();
            }
            else
            {
                var witness = result.Witness!;
                (witness.JobCount - witness.Capacity).Should().Be(result.Unserved.Count, $"seed {seed}: the witness's deficit is the number unserved");
                var talkers = witness.WorkerIds.ToHashSet();
                foreach (var id in witness.JobIds)
                {
                    instance.Jobs.Single(s => s.Id == id).Eligible.All(talkers.Contains).Should().BeTrue("a witness subject may only go to witness talkers");
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Solve_SameInputTwiceAndPermuted_SameAnswerAndSameObjective()
    {
        Gen.Int.Sample(seed =>
        {
            var instance = RandomInstance(seed);
            var first = AssignmentSolver.Solve(instance);
            var second = AssignmentSolver.Solve(instance);
            second.Assignments.Should().Equal(first.Assignments);

            var random = new Random(seed ^ 0x5bd1e995);
            var permuted = AssignmentProblem.Create(
                instance.Workers.OrderBy(_ => random.Next()).ToArray(),
                instance.Jobs.OrderBy(_ => random.Next()).Select(s => new Job(s.Id, s.Eligible.OrderBy(_ => random.Next()), s.Preferred.OrderBy(_ => random.Next()), s.Previous)).ToArray());
            var third = AssignmentSolver.Solve(permuted);
            third.Objective.Should().Be(first.Objective);
            third.Unserved.Count.Should().Be(first.Unserved.Count);
        }, iter: 500);
    }

    internal static AssignmentProblem RandomInstance(int seed)
    {
        var random = new Random(seed);
        var nT = random.Next(1, 5);
        var nS = random.Next(0, 8);
        var weighted = random.Next(3) == 0;
        var talkers = Enumerable.Range(0, nT).Select(t => new Worker(
            $"T{t}",
            random.Next(3) == 0 ? random.Next(0, 4) : null,
            weighted ? random.Next(1, 4) : 1,
            random.Next(4) == 0 ? random.Next(0, 3) : 0)).ToArray();
        var withPrevious = random.Next(2) == 0;
        var subjects = Enumerable.Range(0, nS).Select(s =>
        {
            var eligible = talkers.Where(_ => random.NextDouble() < 0.7).Select(t => t.Id).ToArray();
            if (eligible.Length == 0 && random.Next(4) != 0)
            {
                eligible = [talkers[random.Next(nT)].Id];
            }

            var preferred = eligible.Where(_ => random.NextDouble() < 0.35).ToArray();
            var previous = withPrevious && random.Next(3) != 0 ? (random.Next(6) == 0 ? "GONE" : talkers[random.Next(nT)].Id) : null;
            return new Job($"S{s}", eligible, preferred, previous);
        }).ToArray();
        return AssignmentProblem.Create(talkers, subjects);
    }
}

/// <summary>Exhaustive search: every subject to one eligible talker or to none; the most served first, then the lexicographic objective.</summary>
internal static class BruteForce
{
    public sealed record Outcome(int MaxServed, long Lcm, (long Spread, long Misses, long Changes) Best);

    public static Outcome Solve(AssignmentProblem instance)
    {
        var talkers = instance.Workers;
        var subjects = instance.Jobs;
        var index = talkers.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);
        long lcm = 1;
        foreach (var t in talkers)
        {
            lcm = lcm / Gcd(lcm, t.Weight) * t.Weight;
        }

        var load = talkers.Select(t => t.FixedLoad).ToArray();
        var bestServed = -1;
        var best = (long.MaxValue, long.MaxValue, long.MaxValue);

        void Recurse(int s, int served, long misses, long changes)
        {
            if (s == subjects.Count)
            {
                for (var t = 0; t < load.Length; t++)
                {
                    if (talkers[t].Capacity is { } cap && load[t] > Math.Max(cap, talkers[t].FixedLoad))
                    {
                        return;
                    }
                }

                long spread = 0;
                for (var t = 0; t < load.Length; t++)
                {
                    spread += (long)load[t] * load[t] * (lcm / talkers[t].Weight);
                }

                var candidate = (spread, misses, changes);
                if (served > bestServed || (served == bestServed && candidate.CompareTo(best) < 0))
                {
                    bestServed = served;
                    best = candidate;
                }

                return;
            }

            var subject = subjects[s];
            foreach (var id in subject.Eligible)
            {
                var t = index[id];
                if (talkers[t].Capacity is { } cap && load[t] + 1 > Math.Max(cap, talkers[t].FixedLoad))
                {
                    continue;
                }

                load[t]++;
                Recurse(
                    s + 1,
                    served + 1,
                    misses + (subject.Preferred.Contains(id) ? 0 : 1),
                    changes + (subject.Previous is not null && subject.Previous != id ? 1 : 0));
                load[t]--;
            }

            Recurse(s + 1, served, misses, changes); // left unserved
        }

        Recurse(0, 0, 0, 0);
        return new Outcome(bestServed, lcm, best);
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}

public sealed class WideCostTests
{
    [Fact]
    public void Solve_With128BitCosts_SameResultAs64Bit()
    {
        Gen.Int.Sample(seed =>
        {
            var instance = BalancingSolverPropertyTests.RandomInstance(seed);
            var narrow = AssignmentSolver.Solve(instance);
            AssignmentSolution wide;
            BalancingCore.ForceWideCosts = true;
            try
            {
                wide = AssignmentSolver.Solve(instance);
            }
            finally
            {
                BalancingCore.ForceWideCosts = false;
            }

            wide.Objective.Should().Be(narrow.Objective);
            wide.LowerBound.Should().Be(narrow.LowerBound);
            wide.Assignments.Should().Equal(narrow.Assignments);
        }, iter: 300);
    }

    [Fact]
    public void Solve_LargeDiverseWeights_ExactAndProven()
    {
        // LCM(1000, 999, 1) = 999,000: the scaled costs are large, and still exact.
        var talkers = new[] { new Worker("A", weight: 1000), new Worker("B", weight: 999), new Worker("C", weight: 1) };
        var subjects = Enumerable.Range(0, 400).Select(i => new Job($"S{i:D3}", ["A", "B", "C"], i % 3 == 0 ? ["C"] : [], previous: i % 2 == 0 ? "A" : "B")).ToArray();
        var instance = AssignmentProblem.Create(talkers, subjects);

        var result = AssignmentSolver.Solve(instance);

        result.IsProvenOptimal.Should().BeTrue();
        result.Objective.SpreadDenominator.Should().Be(999000);
        result.Loads.Select(l => l.Load).Sum().Should().Be(400);
        result.Loads.Single(l => l.WorkerId == "C").Load.Should().BeLessThanOrEqualTo(1, "a weight-1 talker among weight-1000 ones carries almost nothing");
    }
}
