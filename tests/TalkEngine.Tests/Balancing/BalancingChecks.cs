using TalkEngine.Balancing;

namespace TalkEngine.Tests.Balancing;

/// <summary>Independent checks of a result against its instance (no solver code reused).</summary>
internal static class BalancingChecks
{
    public static void AssertValid(BalancingInstance instance, ExplicitBalancingResult result)
    {
        var unserved = result.Unserved.Select(u => u.SubjectId).ToHashSet(StringComparer.Ordinal);
        var assigned = result.Assignments.ToDictionary(a => a.SubjectId, a => a.TalkerId, StringComparer.Ordinal);
        var loads = instance.Talkers.ToDictionary(t => t.Id, t => t.FixedLoad, StringComparer.Ordinal);
        long misses = 0;
        long changes = 0;
        foreach (var s in instance.Subjects)
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

        foreach (var talker in instance.Talkers)
        {
            if (talker.Capacity is { } cap)
            {
                loads[talker.Id].Should().BeLessThanOrEqualTo(Math.Max(cap, talker.FixedLoad), "capacity is respected");
            }
        }

        result.Loads.Select(l => l.Load).Should().Equal(instance.Talkers.Select(t => loads[t.Id]));
        result.SumOfSquares.Should().Be(loads.Values.Sum(l => (long)l * l));
        result.Objective.PreferredMisses.Should().Be(misses);
        result.Objective.Changes.Should().Be(changes);
    }
}
