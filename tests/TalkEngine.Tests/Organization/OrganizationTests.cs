using CsCheck;
using TalkEngine.Organization;

namespace TalkEngine.Tests.Organization;

public sealed class OrganizationTests
{
    private static readonly DateInterval Year2017 = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    private static Unit U(string id, string? parent = null, IntegrityRiskLevel risk = IntegrityRiskLevel.Low)
        => new(id, "Unit " + id, UnitKind.HqDepartment, parent, risk);

    private static Leader L(string id, params string[] supervised)
        => new(id, "Leader " + id, new[] { LeaderRole.Deputy }, supervised);

    [Fact]
    public void Create_ValidRoster_SortsEverythingById()
    {
        var org = Roster.Create(
            new[] { U("U2", "U1"), U("U1") },
            new[] { new Person("P2", "B"), new Person("P1", "A") },
            new[] { new Post("U2", PostRole.PartySecretary, "P2"), new Post("U1", PostRole.AdministrativeHead, "P1") },
            new[] { L("L2", "U2"), L("L1", "U1") });

        org.Units.Select(u => u.Id).Should().Equal("U1", "U2");
        org.People.Select(p => p.Id).Should().Equal("P1", "P2");
        org.Leaders.Select(l => l.Id).Should().Equal("L1", "L2");
        org.Posts.Select(p => p.UnitId).Should().Equal("U1", "U2");
        org.FindUnit("U2")!.ParentId.Should().Be("U1");
        org.FindUnit("nope").Should().BeNull();
        org.ChildrenOf("U1").Select(u => u.Id).Should().Equal("U2");
        org.HeadsOf("U2").Single().HolderId.Should().Be("P2");
        org.PostsOf("P1").Single().Role.Should().Be(PostRole.AdministrativeHead);
        org.PostsOf("nobody").Should().BeEmpty();
        org.SupervisorsOf("U2").Select(l => l.Id).Should().Equal("L2");
    }

    [Fact]
    public void HoldsBothHeadPosts_SamePersonBothPostsOfOneUnit_IsTrue()
    {
        var org = Roster.Create(
            new[] { U("U1"), U("U2") },
            new[] { new Person("P1", "A"), new Person("P2", "B") },
            new[]
            {
                new Post("U1", PostRole.AdministrativeHead, "P1"),
                new Post("U1", PostRole.PartySecretary, "P1"),
                new Post("U2", PostRole.AdministrativeHead, "P2"),
                new Post("U1", PostRole.Deputy, "P2"),
            },
            Array.Empty<Leader>());

        org.HoldsBothHeadPosts("P1").Should().BeTrue();
        org.HoldsBothHeadPosts("P2").Should().BeFalse();
    }

    [Fact]
    public void HeadsOf_OnDate_OnlyPostsHeldThatDay()
    {
        var first = new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 6, 30));
        var second = new DateInterval(new LocalDate(2017, 7, 1), new LocalDate(2017, 12, 31));
        var org = Roster.Create(
            new[] { U("U1") },
            new[] { new Person("P1", "A"), new Person("P2", "B") },
            new[] { new Post("U1", PostRole.AdministrativeHead, "P1", first), new Post("U1", PostRole.AdministrativeHead, "P2", second) },
            Array.Empty<Leader>());

        org.HeadsOf("U1", new LocalDate(2017, 3, 1)).Single().HolderId.Should().Be("P1");
        org.HeadsOf("U1", new LocalDate(2017, 8, 1)).Single().HolderId.Should().Be("P2");
        org.HeadsOf("U1").Should().HaveCount(2);
    }

    [Fact]
    public void Create_ManyProblems_ReportsEveryOneWithIds()
    {
        var act = () => Roster.Create(
            new[] { U("U1"), U("U1"), U("A", "B"), U("B", "C"), U("C", "A"), U("X", "ghost") },
            new[] { new Person("P1", "A"), new Person("P1", "A again"), new Person("P2", "B"), new Person("L1", "Leader who heads") },
            new[]
            {
                new Post("U9", PostRole.AdministrativeHead, "P1"),
                new Post("U1", PostRole.PartySecretary, "P404"),
                new Post("U1", PostRole.AdministrativeHead, "P1"),
                new Post("U1", PostRole.AdministrativeHead, "P2", Year2017),
                new Post("A", PostRole.PartySecretary, "L1"),
            },
            new[] { L("L1", "U1", "U77"), L("L1") });

        var problems = act.Should().Throw<TalkEngineValidationException>().Which.Problems;
        problems.Select(p => p.Code).Should().BeEquivalentTo(new[]
        {
            "roster.duplicate-unit-id",
            "roster.duplicate-person-id",
            "roster.duplicate-leader-id",
            "roster.unknown-parent-unit",
            "roster.unit-cycle",
            "roster.unknown-post-unit",
            "roster.unknown-post-holder",
            "roster.post-held-twice",
            "roster.unknown-supervised-unit",
            "roster.leader-is-subject",
        });
        problems.Single(p => p.Code == "roster.unit-cycle").Ids.Should().Equal("A", "B", "C"); // A → B → C → A, following parents
        problems.Single(p => p.Code == "roster.unknown-parent-unit").Ids.Should().Equal("X", "ghost");
        problems.Single(p => p.Code == "roster.unknown-post-unit").Path.Should().Be("posts[0].unitId");
        problems.Single(p => p.Code == "roster.post-held-twice").Ids.Should().Equal("U1", "P1", "P2");
        problems.Single(p => p.Code == "roster.unknown-supervised-unit").Path.Should().Be("leaders[0].supervisedUnitIds[1]");
        problems.Single(p => p.Code == "roster.leader-is-subject").Ids.Should().Equal("L1", "A");
        problems.Should().OnlyContain(p => p.Ids.Count > 0);
    }

    [Fact]
    public void Create_SelfParent_IsACycleOfOne()
    {
        var act = () => Roster.Create(new[] { U("U1", "U1") }, Array.Empty<Person>(), Array.Empty<Post>(), Array.Empty<Leader>());

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Single();
        problem.Code.Should().Be("roster.unit-cycle");
        problem.Ids.Should().Equal("U1");
    }

    [Fact]
    public void Create_SameHolderSamePostTwiceOverlapping_ReportsDuplicatePost()
    {
        var act = () => Roster.Create(
            new[] { U("U1") },
            new[] { new Person("P1", "A") },
            new[] { new Post("U1", PostRole.Deputy, "P1"), new Post("U1", PostRole.Deputy, "P1", Year2017) },
            Array.Empty<Leader>());

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Single().Code.Should().Be("roster.duplicate-post");
    }

    [Fact]
    public void Create_TwoDeputiesOfOneUnit_IsValid()
    {
        var org = Roster.Create(
            new[] { U("U1") },
            new[] { new Person("P1", "A"), new Person("P2", "B") },
            new[] { new Post("U1", PostRole.Deputy, "P1"), new Post("U1", PostRole.Deputy, "P2") },
            Array.Empty<Leader>());

        org.Posts.Should().HaveCount(2);
        org.HeadsOf("U1").Should().BeEmpty();
    }

    [Fact]
    public void Create_LongChain_NoFalseCycle()
    {
        var units = Enumerable.Range(0, 500).Select(i => U("U" + i.ToString("D4"), i == 0 ? null : "U" + (i - 1).ToString("D4"))).Reverse();

        var org = Roster.Create(units, Array.Empty<Person>(), Array.Empty<Post>(), Array.Empty<Leader>());

        org.Units.Should().HaveCount(500);
    }

    [Fact]
    public void Create_NullItem_ThrowsArgumentException()
    {
        var act = () => Roster.Create(new Unit[] { null! }, Array.Empty<Person>(), Array.Empty<Post>(), Array.Empty<Leader>());

        act.Should().Throw<ArgumentException>().WithParameterName("units");
    }

    [Fact]
    public void Create_CycleDetection_MatchesBruteForce()
    {
        // Random parent pointers among a few units: a cycle exists exactly when walking up from some
        // unit revisits a unit (brute force: walk at most n steps).
        Gen.Int[0, 6].Array[1, 7].Sample(parents =>
        {
            var n = parents.Length;
            var units = Enumerable.Range(0, n).Select(i => U("U" + i, parents[i] >= n ? null : "U" + parents[i])).ToArray();
            var expectCycle = Enumerable.Range(0, n).Any(start =>
            {
                var current = start;
                for (var step = 0; step <= n; step++)
                {
                    if (parents[current] >= n)
                    {
                        return false;
                    }

                    current = parents[current];
                }

                return true;
            });

            var act = () => Roster.Create(units, Array.Empty<Person>(), Array.Empty<Post>(), Array.Empty<Leader>());
            if (expectCycle)
            {
                act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().OnlyContain(p => p.Code == "roster.unit-cycle");
            }
            else
            {
                act.Should().NotThrow();
            }
        });
    }
}
