using CsCheck;
using TalkEngine.Coverage;

namespace TalkEngine.Tests.Coverage;

/// <summary>
/// The per-talker counter keeps distinct subjects in bit sets up to a budget and in (talker, subject)
/// pairs beyond it; both paths, and any mix of them, must count exactly what a set per talker counts.
/// </summary>
public sealed class LeaderCountsTests
{
    private static readonly Gen<(int Actor, int Subject, int Source)> AddGen =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 199], Gen.Int[0, 3]);

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Counts_MatchSetsPerLeader(int? bitSetSlots)
    {
        Gen.Select(AddGen.Array[0, 300], Gen.Int[1, 200]).Sample(t =>
        {
            var (adds, people) = t;
            var counts = new LeaderCounts(actors: 10, people, bitSetSlots);
            var subjects = new Dictionary<int, HashSet<int>>();
            var bySource = new Dictionary<(int, int), int>();
            var firstSeen = new List<int>();
            foreach (var (actor, rawSubject, source) in adds)
            {
                var subject = rawSubject % people;
                counts.Add(actor, subject, source);
                if (!subjects.TryGetValue(actor, out var set))
                {
                    subjects[actor] = set = [];
                    firstSeen.Add(actor);
                }

                set.Add(subject);
                bySource[(actor, source)] = bySource.GetValueOrDefault((actor, source)) + 1;
            }

            var distinct = counts.DistinctSubjects();
            counts.Count.Should().Be(firstSeen.Count);
            for (var slot = 0; slot < counts.Count; slot++)
            {
                var actor = counts.ActorOf(slot);
                actor.Should().Be(firstSeen[slot], "slots are given in the order talkers are first met");
                distinct[slot].Should().Be(subjects[actor].Count);
                for (var source = 0; source < 4; source++)
                {
                    counts.BySource(slot)[source].Should().Be(bySource.GetValueOrDefault((actor, source)));
                }
            }
        });
    }

    [Fact]
    public void ManySlots_GrowPastTheInitialCapacity()
    {
        // 40 talkers (more than the 16 slots allocated up front), each with the same 3 subjects twice.
        var counts = new LeaderCounts(actors: 40, people: 130, bitSetSlots: 20);
        for (var round = 0; round < 2; round++)
        {
            for (var actor = 39; actor >= 0; actor--)
            {
                foreach (var subject in new[] { 0, 64, 129 })
                {
                    counts.Add(actor, subject, source: 1);
                }
            }
        }

        counts.Count.Should().Be(40);
        counts.DistinctSubjects().Should().AllSatisfy(d => d.Should().Be(3));
        counts.BySource(39)[1].Should().Be(6);
    }
}
