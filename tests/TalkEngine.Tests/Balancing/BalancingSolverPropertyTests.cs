using CsCheck;
using TalkEngine.Balancing;
using TalkEngine.Balancing.Solver;
using TalkEngine.Samples.ConsoleApp.Balancing;

namespace TalkEngine.Tests.Balancing;

/// <summary>
/// The solver against exhaustive search on small generated instances. The instances come from CsCheck generators
/// of small integers (counts, capacities, eligibility bit masks), so a failure shrinks to a smallest instance.
/// </summary>
public sealed class BalancingSolverPropertyTests
{
    private const int Iterations = 2500;

    // A worker: capacity (or none), weight, fixed load (or none).
    private static readonly Gen<(int CapacityKind, int Capacity, int Weight, int FixedKind, int FixedLoad)> WorkerGen =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[1, 3], Gen.Int[0, 3], Gen.Int[0, 2]);

    // A job: eligible and preferred workers as bit masks over up to 4 workers, and its previous worker.
    private static readonly Gen<(int Eligible, int Preferred, int PreviousKind, int Previous)> JobGen =
        Gen.Select(Gen.Int[0, 15], Gen.Int[0, 15], Gen.Int[0, 5], Gen.Int[0, 3]);

    /// <summary>Small instances: 1–4 workers, 0–7 jobs, sometimes weighted, sometimes with a previous plan.</summary>
    internal static readonly Gen<AssignmentProblem> Instances =
        Gen.Select(WorkerGen.Array[1, 4], JobGen.Array[0, 7], Gen.Bool, Gen.Bool)
            .Select((workers, jobs, weighted, withPrevious) => Build(workers, jobs, weighted, withPrevious));

    [Fact]
    public void Solve_SmallInstances_EqualsBruteForceOptimum()
    {
        Instances.Sample(instance =>
        {
            var result = AssignmentSolver.Solve(instance);
            var brute = BruteForce.Solve(instance);
            var name = Describe(instance);

            BalancingChecks.AssertValid(instance, result);
            var served = instance.JobCount - result.Unserved.Count;
            served.Should().Be(brute.MaxServed, $"{name}: a maximum number of jobs is served");
            result.IsFeasible.Should().Be(brute.MaxServed == instance.JobCount);
            result.Objective.SpreadDenominator.Should().Be(brute.Lcm);
            (result.Objective.SpreadNumerator, result.Objective.PreferredMisses, result.Objective.Changes)
                .Should().Be(brute.Best, $"{name}: the lexicographic optimum");
            if (result.IsFeasible)
            {
                result.IsProvenOptimal.Should().BeTrue();
                result.LowerBound.Should().Be(result.Objective);
                result.Witness.Should().BeNull();
            }
            else
            {
                var witness = result.Witness!;
                (witness.JobCount - witness.Capacity).Should().Be(result.Unserved.Count, $"{name}: the witness's deficit is the number unserved");
                var workers = witness.WorkerIds.ToHashSet();
                foreach (var id in witness.JobIds)
                {
                    instance.Jobs.Single(s => s.Id == id).Eligible.All(workers.Contains).Should().BeTrue("a witness job may only go to witness workers");
                }
            }
        }, iter: Iterations, print: Describe);
    }

    [Fact]
    public void Solve_SameInputTwiceAndPermuted_SameAnswerAndSameObjective()
    {
        Gen.Select(Instances, Gen.Int[0, 7], Gen.Int[0, 7]).Sample((instance, workerShift, jobShift) =>
        {
            var first = AssignmentSolver.Solve(instance);
            var second = AssignmentSolver.Solve(instance);
            second.Assignments.Should().Equal(first.Assignments);

            // Another input order: workers and jobs rotated, every list reversed.
            var permuted = AssignmentProblem.Create(
                Rotate(instance.Workers, workerShift),
                Rotate(instance.Jobs, jobShift).Select(s => new Job(s.Id, s.Eligible.Reverse(), s.Preferred.Reverse(), s.Previous)).ToArray());
            var third = AssignmentSolver.Solve(permuted);
            third.Objective.Should().Be(first.Objective);
            third.Unserved.Count.Should().Be(first.Unserved.Count);
        }, iter: 500);
    }

    private static AssignmentProblem Build(
        (int CapacityKind, int Capacity, int Weight, int FixedKind, int FixedLoad)[] workerSpecs,
        (int Eligible, int Preferred, int PreviousKind, int Previous)[] jobSpecs,
        bool weighted,
        bool withPrevious)
    {
        var workers = workerSpecs.Select((w, i) => new Worker(
            $"T{i}",
            w.CapacityKind == 0 ? w.Capacity : null,
            weighted ? w.Weight : 1,
            w.FixedKind == 0 ? w.FixedLoad : 0)).ToArray();
        var n = workers.Length;
        var jobs = jobSpecs.Select((j, s) =>
        {
            var eligible = Enumerable.Range(0, n).Where(t => ((j.Eligible >> t) & 1) == 1).Select(t => workers[t].Id).ToArray();
            var preferred = Enumerable.Range(0, n).Where(t => ((j.Eligible & j.Preferred) >> t & 1) == 1).Select(t => workers[t].Id).ToArray();
            var previous = !withPrevious || j.PreviousKind < 2 ? null : j.PreviousKind == 2 ? "GONE" : workers[j.Previous % n].Id;
            return new Job($"S{s}", eligible, preferred, previous);
        }).ToArray();
        return AssignmentProblem.Create(workers, jobs);
    }

    private static T[] Rotate<T>(IReadOnlyList<T> items, int shift)
        => items.Count == 0 ? [] : items.Skip(shift % items.Count).Concat(items.Take(shift % items.Count)).ToArray();

    private static string Describe(AssignmentProblem p)
        => string.Join("; ", p.Workers.Select(w => $"{w.Id}(cap {w.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, w {w.Weight}, fixed {w.FixedLoad})"))
           + " | " + string.Join("; ", p.Jobs.Select(j => $"{j.Id}[{string.Join(",", j.Eligible)}] pref [{string.Join(",", j.Preferred)}] prev {j.Previous ?? "-"}"));
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
        BalancingSolverPropertyTests.Instances.Sample(instance =>
        {
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
