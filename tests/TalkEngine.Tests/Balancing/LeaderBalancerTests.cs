using Microsoft.Extensions.DependencyInjection;
using TalkEngine.Balancing;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Samples.ConsoleApp.Balancing;

namespace TalkEngine.Tests.Balancing;

public sealed class LeaderBalancerTests
{
    private static readonly DateInterval Year = new(new LocalDate(2017, 9, 1), new LocalDate(2017, 12, 31));

    private static BalancingDemand Demand(string id, string? fixedTalker = null, LeaderRole? role = null, IEnumerable<string>? preferred = null, string unit = "U1", DemandSource source = DemandSource.Annual, DateInterval? window = null) =>
        new(new TalkDemand(id, "P-" + id, unit, source, window ?? Year, TalkStyle.Reminder, new Reason("test.style"), TalkMode.InPerson, new Reason("test.mode"), fixedTalker, role), preferred);

    private static BalancingTalker Talker(string id, int? capacity = null, IEnumerable<LeaderRole>? roles = null, int weight = 1) =>
        new(LeaderOf(id, "Leader " + id, roles), capacity, weight);

    internal static Leader LeaderOf(string id, string name, IEnumerable<LeaderRole>? roles = null) =>
        new(id, name, (roles ?? [LeaderRole.Other]).ToArray(), []);

    private static string English(Reason reason) => TextRenderer.For(OutputLanguage.English).Render(reason);

    [Fact]
    public void Balance_Seed2017Account_ElevenLeadersWithThreeOneWithTwoAllSupervising()
    {
        var instance = BalancingInstanceReader.ReadFile(SharedData.PathOf("bench", "balancing", "instances", "seed-2017.json"));
        var talkers = instance.Workers.Select(t => Talker(t.Id));
        var demands = instance.Jobs.Select(s => Demand(s.Id, preferred: s.Preferred));

        var plan = new LeaderBalancer().Balance(new BalancingRequest(talkers, demands));

        plan.IsFeasible.Should().BeTrue();
        plan.IsProvenOptimal.Should().BeTrue();
        plan.Assignments.Should().HaveCount(35);
        plan.Loads.Count(l => l.Load == 3).Should().Be(11);
        plan.Loads.Count(l => l.Load == 2).Should().Be(1);
        plan.Objective.PreferredMisses.Should().Be(0);
        plan.Assignments.Should().OnlyContain(a => a.Reasons.Any(r => r.Code == "balancing.supervising-leader"));
        plan.Assignments.Select(a => a.DemandId).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Balance_FixedDemand_KeepsSourceTalkerWithReasonAndCountsOnlyWhenAsked()
    {
        var talkers = new[] { Talker("A"), Talker("B") };
        var demands = new[] { Demand("D0", fixedTalker: "A", source: DemandSource.Inspection), Demand("D1"), Demand("D2"), Demand("D3") };

        var assignedOnly = new LeaderBalancer().Balance(new BalancingRequest(talkers, demands));
        var all = new LeaderBalancer(new BalancingOptions { LoadCounting = LoadCounting.AllDemands }).Balance(new BalancingRequest(talkers, demands));

        var fixedOne = assignedOnly.Assignments.Single(a => a.DemandId == "D0");
        fixedOne.LeaderId.Should().Be("A");
        fixedOne.Reasons.Should().ContainSingle().Which.Code.Should().Be("balancing.fixed-by-source");
        fixedOne.Reasons[0]["source"].Should().Be("inspection");
        English(fixedOne.Reasons[0]).Should().Be("Fixed by the source 'inspection': the inspection team leader, Leader A.");
        assignedOnly.Loads.Select(l => l.Load).Should().BeEquivalentTo(new[] { 1, 2 }, "three assigned demands over two leaders");
        all.Loads.Select(l => l.Load).Should().Equal(2, 2);
        all.Objective.SpreadNumerator.Should().Be(8);
    }

    [Fact]
    public void Balance_RuleExcludesOneTalker_AssignsTheOther()
    {
        var headedRecently = new BalancingTalker(LeaderOf("H", "H"), headships: [new UnitHeadship("U1", new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2016, 6, 30)))]);
        var cases = new (BalancingTalker Excluded, BalancingDemand Demand, RecusalPair[] Recusals, ILeaderEligibilityRule[] Rules, string Code)[]
        {
            (Talker("R"), Demand("D", role: LeaderRole.DisciplineSecretary), [], [], "balancing.lacks-role"),
            (Talker("X"), Demand("D"), [new RecusalPair("X", "P-D")], [], "balancing.recused"),
            (headedRecently, Demand("D"), [], [], "balancing.headed-unit"),
            (new BalancingTalker(LeaderOf("C", "C"), hasOpenCase: true), Demand("D"), [], [], "balancing.open-case"),
            (new BalancingTalker(LeaderOf("V", "V"), unavailable: [new DateInterval(new LocalDate(2017, 8, 1), new LocalDate(2018, 1, 31))]), Demand("D"), [], [], "balancing.unavailable"),
            (Talker("Z"), Demand("D"), [], [new NotTalkerRule("Z")], "host.not-z"),
            (new BalancingTalker(LeaderOf("P-D", "Self")), Demand("D"), [], [], "balancing.is-subject"),
        };

        foreach (var (excluded, demand, recusals, rules, code) in cases)
        {
            var other = Talker("O", roles: [LeaderRole.DisciplineSecretary]);
            var request = new BalancingRequest([excluded, other], [demand], recusals, hostRules: rules);
            var plan = new LeaderBalancer().Balance(request);
            plan.Assignments.Should().ContainSingle().Which.LeaderId.Should().Be("O", code);

            var alone = new LeaderBalancer().Balance(new BalancingRequest([excluded], [demand], recusals, hostRules: rules));
            alone.IsFeasible.Should().BeFalse(code);
            var unserved = alone.Unserved.Should().ContainSingle().Subject;
            unserved.Reason.Code.Should().Be("balancing.no-eligible-leader");
            unserved.Exclusions.Should().ContainSingle(e => e.Reason.Code == code && e.LeaderId == excluded.Id, code);
        }
    }

    [Fact]
    public void Balance_HeadshipLongAgoOrPartialAbsence_StillEligible()
    {
        var old = new BalancingTalker(LeaderOf("H", "H"), headships: [new UnitHeadship("U1", new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2012, 12, 31)))]);
        var partly = new BalancingTalker(LeaderOf("V", "V"), unavailable: [new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 12, 30))]);

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
        plan.Assignments.Count(a => a.Reasons.Any(r => r.Code == "balancing.kept-from-previous-plan")).Should().Be(3);
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
        var demands = new[] { Demand("D1", role: LeaderRole.ChiefEngineer), Demand("D2", role: LeaderRole.ChiefEngineer), Demand("D3", role: LeaderRole.ChiefEngineer), Demand("D4") };
        var withRole = new[] { Talker("A", capacity: 1, roles: [LeaderRole.ChiefEngineer]), Talker("B", capacity: 1, roles: [LeaderRole.ChiefEngineer]), Talker("C") };

        var plan = new LeaderBalancer().Balance(new BalancingRequest(withRole, demands));

        plan.IsFeasible.Should().BeFalse();
        plan.Unserved.Should().ContainSingle().Which.Reason.Code.Should().Be("balancing.capacity-shortage");
        plan.HallWitness!.DemandIds.Should().Equal("D1", "D2", "D3");
        plan.HallWitness.LeaderIds.Should().Equal("A", "B");
        plan.HallWitness.Capacity.Should().Be(2);
        TextRenderer.For(OutputLanguage.SimplifiedChinese).Render(plan.HallWitness.Reason).Should().Be("这3项谈话只能由2名领导（A、B）承担，其容量合计2。");
        English(plan.HallWitness.Reason).Should().Be("These 3 demands can only go to these 2 leaders (A, B), whose capacity is 2.");
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
    public void Balance_NotPreferred_ExplainsTheEvenSplitAndWhyNotTheSupervisorInEnglish()
    {
        var plan = new LeaderBalancer().Balance(new BalancingRequest(
            [Talker("A"), Talker("B")],
            [Demand("D1", preferred: ["A"]), Demand("D2", preferred: ["A"])]));

        var toB = plan.Assignments.Single(a => a.LeaderId == "B");
        toB.Reasons.Select(r => r.Code).Should().Equal("balancing.even-split", "balancing.supervisor-busier");
        toB.Reasons[0].Should().Be(Reason.Of("balancing.even-split", ("leader", "B"), ("name", "Leader B"), ("load", "1"), ("leaders", "2")));
        TextRenderer.For(OutputLanguage.English).Render(toB.Reasons).Should().Be(
            "All 2 eligible leaders hold 1 talk each: an even split. The supervising leader Leader A was not chosen: that would leave Leader A with 2 talks and Leader B with 0 talks instead of 1 talk and 1 talk, less even.");
        plan.Assignments.Single(a => a.LeaderId == "A").Reasons.Select(r => r.Code).Should().Equal("balancing.supervising-leader", "balancing.even-split");
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
            "balancing.duplicate-leader", "balancing.unknown-fixed-leader", "balancing.duplicate-demand", "balancing.unknown-preferred-leader", "balancing.unknown-recusal-leader", "balancing.unknown-previous-demand");
        error.Problems[1].Ids.Should().Equal("D1", "Q");
    }

    [Fact]
    public void Constructors_CallerMistakes_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => new BalancingTalker(null!)).Should().Throw<ArgumentNullException>().WithParameterName("leader");
        FluentActions.Invoking(() => new BalancingTalker(LeaderOf("a", "x"), weight: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight");
        FluentActions.Invoking(() => new BalancingTalker(LeaderOf("a", "x"), capacity: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("capacity");
        FluentActions.Invoking(() => new BalancingDemand(null!)).Should().Throw<ArgumentNullException>().WithParameterName("demand");
        FluentActions.Invoking(() => new LeaderBalancer().Balance((BalancingRequest)null!)).Should().Throw<ArgumentNullException>().WithParameterName("request");
        FluentActions.Invoking(() => new LeaderBalancer(null)).Should().NotThrow("null options mean the defaults");
        FluentActions.Invoking(() => EligibilityVerdict.Ineligible(null!)).Should().Throw<ArgumentNullException>().WithParameterName("reason");
    }

    private sealed class NotTalkerRule(string talkerId) : ILeaderEligibilityRule
    {
        public string Code => "host.not-z";

        public EligibilityVerdict Evaluate(Leader leader, TalkDemand demand) =>
            leader.Id == talkerId ? EligibilityVerdict.Ineligible(new Reason("host.not-z", [new("leader", leader.Id)])) : EligibilityVerdict.Eligible;
    }
}

public sealed class BalancingDocsExampleTests
{
    [Fact]
    public void DocsExample_RulesCombine_AsDocumented()
    {
        // The README's balancing example, verbatim.
        var window = new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 12, 31));
        var roster = Roster.Create(
            [new Unit("U07", "第七工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.High), new Unit("U12", "办公室", UnitKind.HqDepartment, null, IntegrityRiskLevel.Low)],
            new[] { "P101", "P102", "P103", "L01", "L02", "L03" }.Select(p => new Person(p, "人员" + p)),
            [new Post("U07", PostRole.AdministrativeHead, "P101"), new Post("U12", PostRole.AdministrativeHead, "P102"), new Post("U12", PostRole.PartySecretary, "P103")],
            [
                new Leader("L01", "党委书记", [LeaderRole.PartySecretary], []),
                new Leader("L02", "纪委书记", [LeaderRole.DisciplineSecretary], []),
                new Leader("L03", "副总经理", [LeaderRole.DeputyGeneralManager], ["U07"]),
            ]);
        var demands = new DemandSet(
        [
            new TalkDemand("D001", "P101", "U07", DemandSource.Annual, window, TalkStyle.Reminder, new Reason("test.style"), TalkMode.InPerson, new Reason("test.mode")),
            new TalkDemand("D002", "P102", "U12", DemandSource.Inspection, window, TalkStyle.Warning, new Reason("test.style"), TalkMode.InPerson, new Reason("test.mode"), requiredLeaderId: "L01"),
            new TalkDemand("D003", "P103", "U12", DemandSource.SatisfactionSurvey, window, TalkStyle.Warning, new Reason("test.style"), TalkMode.InPerson, new Reason("test.mode"), requiredLeaderRole: LeaderRole.DisciplineSecretary),
        ]);
        var input = new BalancingInput();
        input.Leaders["L03"] = new LeaderSettings
        {
            Capacity = 4,
            Headships = [new UnitHeadship("U07", new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31)))],
        };
        input.Recusals.Add(new RecusalPair("L02", "P101"));

        var plan = new LeaderBalancer(new BalancingOptions { LoadCounting = LoadCounting.AllDemands }).Balance(roster, demands, input);

        plan.Assignments.Select(a => (a.DemandId, a.LeaderId)).Should().Equal(("D001", "L01"), ("D002", "L01"), ("D003", "L02"));
        var text = TextRenderer.For(OutputLanguage.SimplifiedChinese);
        text.Render(plan.Assignments[1].Reasons).Should().Be("由来源“巡察”指定：巡察组组长党委书记。");
        TextRenderer.For(OutputLanguage.English).Render(plan.Assignments[1].Reasons).Should().Be("Fixed by the source 'inspection': the inspection team leader, 党委书记.");
        text.Render(plan.Assignments[0].Reasons).Should().Be("党委书记是唯一可选的领导。未由分管领导副总经理谈话：副总经理在回避期内曾任U07负责人（2016-01-01至2016-12-31）。");
        text.Render(plan.Assignments[2].Reasons).Should().Be("纪委书记是唯一可选的领导。");
        plan.Loads.Select(l => l.Load).Should().Equal(2, 1, 0);
        plan.IsProvenOptimal.Should().BeTrue();
    }

    [Fact]
    public void AddTalkEngine_RegistersLeaderBalancer_ReasonsRenderInEitherLanguage()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine(o => o.Language = OutputLanguage.English);
        services.AddTalkEngine();
        using var provider = services.BuildServiceProvider();
        var roster = Roster.Create(
            [new Unit("U", "U", UnitKind.HqDepartment, null, IntegrityRiskLevel.Low)],
            [new Person("A", "Leader A"), new Person("P", "P")],
            [new Post("U", PostRole.AdministrativeHead, "P")],
            [new Leader("A", "Leader A", [LeaderRole.Deputy], [])]);
        var demand = new TalkDemand("D", "P", "U", DemandSource.Annual, new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 1, 31)), TalkStyle.Reminder, new Reason("test.style"), TalkMode.InPerson, new Reason("test.mode"));

        var plan = provider.GetRequiredService<LeaderBalancer>().Balance(roster, new DemandSet([demand]));

        var reason = plan.Assignments.Single().Reasons.Single();
        TextRenderer.For(OutputLanguage.English).Render(reason).Should().Be("Leader A is the only eligible leader.");
        TextRenderer.For(OutputLanguage.SimplifiedChinese).Render(reason).Should().Be("Leader A是唯一可选的领导。");
    }
}
