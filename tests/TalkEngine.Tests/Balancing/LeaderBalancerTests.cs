using Microsoft.Extensions.DependencyInjection;
using TalkEngine.Balancing;

namespace TalkEngine.Tests.Balancing;

public sealed class LeaderBalancerTests
{
    private static readonly DateInterval Year = new(new LocalDate(2017, 9, 1), new LocalDate(2017, 12, 31));

    private static BalancingDemand Demand(string id, string? fixedTalker = null, string? role = null, IEnumerable<string>? preferred = null, string unit = "U1", string source = "annual", DateInterval? window = null) =>
        new(id, "P-" + id, unit, window ?? Year, source, role, fixedTalker, preferred);

    private static BalancingTalker Talker(string id, int? capacity = null, IEnumerable<string>? roles = null, int weight = 1) =>
        new(id, "Leader " + id, roles, capacity, weight);

    [Fact]
    public void Balance_Seed2017Account_ElevenLeadersWithThreeOneWithTwoAllSupervising()
    {
        var instance = BalancingInstanceReader.ReadFile(SharedData.PathOf("bench", "balancing", "instances", "seed-2017.json"));
        var talkers = instance.Talkers.Select(t => Talker(t.Id));
        var demands = instance.Subjects.Select(s => Demand(s.Id, preferred: s.Preferred));

        var plan = new LeaderBalancer().Balance(new BalancingRequest(talkers, demands));

        plan.IsFeasible.Should().BeTrue();
        plan.IsProvenOptimal.Should().BeTrue();
        plan.Assignments.Should().HaveCount(35);
        plan.Loads.Count(l => l.Load == 3).Should().Be(11);
        plan.Loads.Count(l => l.Load == 2).Should().Be(1);
        plan.Objective.PreferredMisses.Should().Be(0);
        plan.Assignments.Should().OnlyContain(a => a.Reasons.Any(r => r.Kind == AssignmentReasonKind.PreferredTalker));
        plan.Assignments.Select(a => a.DemandId).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Balance_FixedDemand_KeepsSourceTalkerWithReasonAndCountsOnlyWhenAsked()
    {
        var talkers = new[] { Talker("A"), Talker("B") };
        var demands = new[] { Demand("D0", fixedTalker: "A", source: "inspection"), Demand("D1"), Demand("D2"), Demand("D3") };

        var assignedOnly = new LeaderBalancer(new BalancingOptions { Language = OutputLanguage.English }).Balance(new BalancingRequest(talkers, demands));
        var all = new LeaderBalancer(new BalancingOptions { LoadCounting = LoadCounting.AllDemands }).Balance(new BalancingRequest(talkers, demands));

        var fixedOne = assignedOnly.Assignments.Single(a => a.DemandId == "D0");
        fixedOne.TalkerId.Should().Be("A");
        fixedOne.Reasons.Should().ContainSingle().Which.Kind.Should().Be(AssignmentReasonKind.FixedBySource);
        fixedOne.Reasons[0].Text.Should().Contain("inspection");
        assignedOnly.Loads.Select(l => l.Load).Should().BeEquivalentTo(new[] { 1, 2 }, "three assigned demands over two leaders");
        all.Loads.Select(l => l.Load).Should().Equal(2, 2);
        all.Objective.SpreadNumerator.Should().Be(8);
    }

    [Fact]
    public void Balance_RuleExcludesOneTalker_AssignsTheOther()
    {
        var headedRecently = new BalancingTalker("H", "H", headships: [new UnitHeadship("U1", new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2016, 6, 30)))]);
        var cases = new (BalancingTalker Excluded, BalancingDemand Demand, RecusalPair[] Recusals, ITalkerEligibilityRule[] Rules, string Code)[]
        {
            (Talker("R"), Demand("D", role: "discipline-secretary"), [], [], EligibilityRuleCodes.Role),
            (Talker("X"), Demand("D"), [new RecusalPair("X", "P-D")], [], EligibilityRuleCodes.Recusal),
            (headedRecently, Demand("D"), [], [], EligibilityRuleCodes.HeadedUnit),
            (new BalancingTalker("C", "C", hasOpenCase: true), Demand("D"), [], [], EligibilityRuleCodes.OpenCase),
            (new BalancingTalker("V", "V", unavailable: [new DateInterval(new LocalDate(2017, 8, 1), new LocalDate(2018, 1, 31))]), Demand("D"), [], [], EligibilityRuleCodes.Unavailable),
            (Talker("Z"), Demand("D"), [], [new NotTalkerRule("Z")], "host.not-z"),
            (new BalancingTalker("P-D", "Self"), Demand("D"), [], [], EligibilityRuleCodes.Self),
        };

        foreach (var (excluded, demand, recusals, rules, code) in cases)
        {
            var other = Talker("O", roles: ["discipline-secretary"]);
            var request = new BalancingRequest([excluded, other], [demand], recusals, hostRules: rules);
            var plan = new LeaderBalancer().Balance(request);
            plan.Assignments.Should().ContainSingle().Which.TalkerId.Should().Be("O", code);

            var alone = new LeaderBalancer().Balance(new BalancingRequest([excluded], [demand], recusals, hostRules: rules));
            alone.IsFeasible.Should().BeFalse(code);
            var unserved = alone.Unserved.Should().ContainSingle().Subject;
            unserved.Reason.Should().Be(UnservedReason.NoEligibleTalker);
            unserved.Exclusions.Should().ContainSingle(e => e.RuleCode == code && e.TalkerId == excluded.Id, code);
        }
    }

    [Fact]
    public void Balance_HeadshipLongAgoOrPartialAbsence_StillEligible()
    {
        var old = new BalancingTalker("H", "H", headships: [new UnitHeadship("U1", new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2012, 12, 31)))]);
        var partly = new BalancingTalker("V", "V", unavailable: [new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 12, 30))]);

        new LeaderBalancer().Balance(new BalancingRequest([old], [Demand("D")])).IsFeasible.Should().BeTrue();
        new LeaderBalancer().Balance(new BalancingRequest([partly], [Demand("D")])).IsFeasible.Should().BeTrue();
        partly.IsAwayThroughout(new DateInterval(new LocalDate(2017, 9, 5), new LocalDate(2017, 9, 9))).Should().BeTrue();
    }

    [Fact]
    public void Balance_ReplanAfterNewLeaderJoins_ChangesOnlyOneDemand()
    {
        var demands = Enumerable.Range(0, 4).Select(i => Demand("D" + i)).ToArray();
        var previous = new Dictionary<string, string> { ["D0"] = "A", ["D1"] = "A", ["D2"] = "B", ["D3"] = "B" };
        var talkers = new[] { Talker("A"), Talker("B"), Talker("C") };

        var plan = new LeaderBalancer().Balance(new BalancingRequest(talkers, demands, previousAssignment: previous));

        plan.Objective.Changes.Should().Be(1);
        plan.Loads.Select(l => l.Load).Order().Should().Equal(1, 1, 2);
        plan.Assignments.Count(a => a.Reasons.Any(r => r.Kind == AssignmentReasonKind.KeptFromPreviousPlan)).Should().Be(3);
    }

    [Fact]
    public void Balance_LeaderLeaves_HisDemandsMoveAndTheRestStay()
    {
        var demands = Enumerable.Range(0, 6).Select(i => Demand("D" + i)).ToArray();
        var previous = new Dictionary<string, string> { ["D0"] = "A", ["D1"] = "A", ["D2"] = "B", ["D3"] = "B", ["D4"] = "C", ["D5"] = "C" };

        var plan = new LeaderBalancer().Balance(new BalancingRequest([Talker("A"), Talker("B")], demands, previousAssignment: previous));

        plan.Objective.Changes.Should().Be(2, "only C's two demands move");
        plan.Loads.Select(l => l.Load).Should().Equal(3, 3);
    }

    [Fact]
    public void Balance_CapacityShort_GivesHallWitnessInChineseByDefault()
    {
        var talkers = new[] { Talker("A", capacity: 1), Talker("B", capacity: 1), Talker("C") };
        var demands = new[] { Demand("D1", role: "r"), Demand("D2", role: "r"), Demand("D3", role: "r"), Demand("D4") };
        var withRole = new[] { Talker("A", capacity: 1, roles: ["r"]), Talker("B", capacity: 1, roles: ["r"]), Talker("C") };

        var plan = new LeaderBalancer().Balance(new BalancingRequest(withRole, demands));

        plan.IsFeasible.Should().BeFalse();
        plan.Unserved.Should().ContainSingle().Which.Reason.Should().Be(UnservedReason.CapacityShortage);
        plan.HallWitness!.SubjectIds.Should().Equal("D1", "D2", "D3");
        plan.HallWitness.TalkerIds.Should().Equal("A", "B");
        plan.HallWitness.Capacity.Should().Be(2);
        plan.HallWitnessText.Should().Be("这3项谈话只能由2名领导（A、B）承担，其容量合计2。");
        plan.Assignments.Should().HaveCount(3);
        talkers.Should().HaveCount(3);
    }

    [Fact]
    public void Balance_WeightedShares_PartTimeLeaderCarriesLess()
    {
        var plan = new LeaderBalancer().Balance(new BalancingRequest(
            [Talker("A", weight: 2), Talker("B", weight: 1)],
            Enumerable.Range(0, 6).Select(i => Demand("D" + i))));

        plan.Loads.Select(l => l.Load).Should().Equal(4, 2);
        plan.Objective.Should().Be(new BalancingObjective((16 * 1) + (4 * 2), 2, 6, 0));
        plan.IsProvenOptimal.Should().BeTrue();
    }

    [Fact]
    public void Balance_NotPreferred_ExplainsLeastLoadedInEnglish()
    {
        var plan = new LeaderBalancer(new BalancingOptions { Language = OutputLanguage.English }).Balance(new BalancingRequest(
            [Talker("A"), Talker("B")],
            [Demand("D1", preferred: ["A"]), Demand("D2", preferred: ["A"])]));

        var toB = plan.Assignments.Single(a => a.TalkerId == "B");
        toB.Reasons.Should().ContainSingle().Which.Should().Be(new AssignmentReason(AssignmentReasonKind.LeastLoadedEligible, "Leader B was the least-loaded eligible leader (1 talks)."));
        plan.Assignments.Single(a => a.TalkerId == "A").Reasons.Select(r => r.Kind).Should().Contain(AssignmentReasonKind.PreferredTalker);
        plan.Objective.PreferredMisses.Should().Be(1);
    }

    [Fact]
    public void Balance_BadRequest_ReportsEveryProblemAtOnce()
    {
        var request = new BalancingRequest(
            [Talker("A"), Talker("A")],
            [Demand("D1", fixedTalker: "Q"), Demand("D1", preferred: ["W"])],
            [new RecusalPair("R", "P-D1")],
            new Dictionary<string, string> { ["D9"] = "A" });

        var act = () => new LeaderBalancer().Balance(request);

        var error = act.Should().Throw<TalkEngineValidationException>().Which;
        error.ErrorCode.Should().Be("balancing.request");
        error.Problems.Select(p => p.Code).Should().Equal(
            "balancing.duplicate-talker", "balancing.unknown-fixed-talker", "balancing.duplicate-demand", "balancing.unknown-preferred-talker", "balancing.unknown-recusal-talker", "balancing.unknown-previous-demand");
        error.Problems[1].Ids.Should().Equal("D1", "Q");
    }

    [Fact]
    public void Constructors_CallerMistakes_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => new BalancingTalker("", "x")).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new BalancingTalker("a", "x", weight: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight");
        FluentActions.Invoking(() => new BalancingTalker("a", "x", capacity: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("capacity");
        FluentActions.Invoking(() => new BalancingDemand("d", "s", "u", null!, "src")).Should().Throw<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => new LeaderBalancer().Balance(null!)).Should().Throw<ArgumentNullException>().WithParameterName("request");
    }

    private sealed class NotTalkerRule(string talkerId) : ITalkerEligibilityRule
    {
        public string Code => "host.not-z";

        public EligibilityVerdict Evaluate(BalancingTalker talker, BalancingDemand demand) =>
            talker.Id == talkerId ? EligibilityVerdict.Ineligible("Z works on the same project.") : EligibilityVerdict.Eligible;
    }
}

public sealed class BalancingDocsExampleTests
{
    [Fact]
    public void DocsExample_RulesCombine_AsDocumented()
    {
        var window = new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 12, 31));
        var talkers = new[]
        {
            new BalancingTalker("L01", "党委书记", roles: ["party-secretary"]),
            new BalancingTalker("L02", "纪委书记", roles: ["discipline-secretary"]),
            new BalancingTalker("L03", "副总经理", capacity: 4, weight: 1,
                headships: [new UnitHeadship("U07", new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31)))]),
        };
        var demands = new[]
        {
            new BalancingDemand("D001", "P101", "U07", window, "annual", preferredTalkerIds: ["L03"]),
            new BalancingDemand("D002", "P102", "U12", window, "inspection", fixedTalkerId: "L01"),
            new BalancingDemand("D003", "P103", "U12", window, "satisfaction", requiredRole: "discipline-secretary"),
        };

        var plan = new LeaderBalancer(new BalancingOptions { LoadCounting = LoadCounting.AllDemands })
            .Balance(new BalancingRequest(talkers, demands, recusals: [new RecusalPair("L02", "P101")]));

        plan.Assignments.Select(a => (a.DemandId, a.TalkerId)).Should().Equal(("D001", "L01"), ("D002", "L01"), ("D003", "L02"));
        plan.Assignments[1].Reasons.Single().Text.Should().Be("由来源“inspection”指定：党委书记。");
        plan.Loads.Select(l => l.Load).Should().Equal(2, 1, 0);
        plan.IsProvenOptimal.Should().BeTrue();
    }

    [Fact]
    public void AddTalkEngine_RegistersTalkerBalancerWithConfiguredLanguage()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine(o => o.Language = OutputLanguage.English);
        services.AddTalkEngine();
        using var provider = services.BuildServiceProvider();

        var balancer = provider.GetRequiredService<LeaderBalancer>();
        var plan = balancer.Balance(new BalancingRequest(
            [new BalancingTalker("A", "Leader A")],
            [new BalancingDemand("D", "P", "U", new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 1, 31)), "annual")]));

        plan.Assignments.Single().Reasons.Single().Text.Should().Be("Leader A was the least-loaded eligible leader (1 talks).");
    }
}
