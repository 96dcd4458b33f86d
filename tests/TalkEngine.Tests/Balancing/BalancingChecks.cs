using TalkEngine.Balancing;
using TalkEngine.Balancing.Solver;
using TalkEngine.Samples.ConsoleApp.Balancing;

namespace TalkEngine.Tests.Balancing;

/// <summary>Independent checks of a result against its instance (no solver code reused).</summary>
internal static class BalancingChecks
{
    public static void AssertValid(AssignmentProblem instance, AssignmentSolution result)
    {
        var unserved = result.Unserved.Select(u => u.JobId).ToHashSet(StringComparer.Ordinal);
        var assigned = result.Assignments.ToDictionary(a => a.JobId, a => a.WorkerId, StringComparer.Ordinal);
        var loads = instance.Workers.ToDictionary(t => t.Id, t => t.FixedLoad, StringComparer.Ordinal);
        long misses = 0;
        long changes = 0;
        foreach (var s in instance.Jobs)
        {
            if (unserved.Contains(s.Id))
            {
                assigned.Should().NotContainKey(s.Id);
                continue;
            }

            assigned.Should().ContainKey(s.Id, "every servable subject is assigned once");
            var t = assigned[s.Id];
            s.Eligible.Should().Contain(t, "no ineligible pair");
            loads[t]++;
            if (!s.Preferred.Contains(t))
            {
                misses++;
            }

            if (s.Previous is not null && s.Previous != t)
            {
                changes++;
            }
        }

        foreach (var talker in instance.Workers)
        {
            if (talker.Capacity is { } cap)
            {
                loads[talker.Id].Should().BeLessThanOrEqualTo(Math.Max(cap, talker.FixedLoad), "capacity is respected");
            }
        }

        result.Loads.Select(l => l.Load).Should().Equal(instance.Workers.Select(t => loads[t.Id]));
        result.SumOfSquares.Should().Be(loads.Values.Sum(l => (long)l * l));
        result.Objective.PreferredMisses.Should().Be(misses);
        result.Objective.Changes.Should().Be(changes);
    }
}
