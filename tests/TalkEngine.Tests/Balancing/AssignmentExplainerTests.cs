using System.Reflection;
using CsCheck;
using TalkEngine.Balancing;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Tests.Records;

namespace TalkEngine.Tests.Balancing;

/// <summary>
/// The explanations of each assignment (issue 8, "explanations that explain"): why this leader, how his load compares
/// with the other eligible leaders', and why not the supervising leader when he is not the one chosen, in both languages.
/// </summary>
public sealed class AssignmentExplainerTests
{
    private static readonly DateInterval Year = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    private static string Zh(IEnumerable<Reason> reasons) => TextRenderer.SimplifiedChinese.Render(reasons);

    private static string En(IEnumerable<Reason> reasons) => TextRenderer.English.Render(reasons);

    // ---- Why not the supervising leader: one small roster per rule ----

    /// <summary>
    /// U1 with its head P1; 孙某 (S) supervises U1, 周某 (O, the discipline secretary) supervises nothing. With
    /// <paramref name="headedUntil"/>, S headed U1 himself until that day (an ended post) and P1 from the next day.
    /// </summary>
    private static Roster Roster2(LocalDate? headedUntil = null) => Roster.Create(
        [new Unit("U1", "第一工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.High)],
        [new Person("P1", "张一"), new Person("P2", "李二"), new Person("S", "孙某"), new Person("O", "周某")],
        headedUntil is { } until
            ?
            [
                new Post("U1", PostRole.AdministrativeHead, "S", new DateInterval(new LocalDate(2014, 1, 1), until)),
                new Post("U1", PostRole.AdministrativeHead, "P1", new DateInterval(until.PlusDays(1), new LocalDate(2099, 12, 31))),
                new Post("U1", PostRole.PartySecretary, "P2"),
            ]
            : [new Post("U1", PostRole.AdministrativeHead, "P1"), new Post("U1", PostRole.PartySecretary, "P2")],
        [new Leader("S", "孙某", [LeaderRole.DeputyGeneralManager], ["U1"]), new Leader("O", "周某", [LeaderRole.DisciplineSecretary], [])]);

    private static DemandAssignment OnlyAssignment(Roster roster, TalkDemand demand, BalancingInput? input = null)
    {
        var plan = new LeaderBalancer().Balance(roster, new DemandSet([demand]), input);
        plan.IsFeasible.Should().BeTrue();
        return plan.Assignments.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Balance_SupervisorRecused_SaysWhyNotHim()
    {
        var input = new BalancingInput();
        input.Recusals.Add(new RecusalPair("S", "P1"));

        var a = OnlyAssignment(Roster2(), RosterFixture.Demand("P1", "U1"), input);

        a.LeaderId.Should().Be("O");
        a.Reasons.Select(r => r.Code).Should().Equal("balancing.only-eligible", "balancing.supervisor-excluded");
        a.Reasons[1].Should().Be(Reason.Of("balancing.supervisor-excluded", ("leader", "S"), ("name", "孙某"), ("rule", "balancing.recused"), ("subject", "P1")));
        Zh(a.Reasons).Should().Be("周某是唯一可选的领导。未由分管领导孙某谈话：孙某须回避与P1的谈话。");
        En(a.Reasons).Should().Be("周某 is the only eligible leader. The supervising leader 孙某 was not chosen: 孙某 is recused from talking to P1.");
    }

    [Fact]
    public void Balance_SupervisorHeadedTheUnitUntilADate_SaysUntilWhen()
    {
        var a = OnlyAssignment(Roster2(headedUntil: new LocalDate(2016, 6, 30)), RosterFixture.Demand("P1", "U1"));

        a.LeaderId.Should().Be("O");
        var why = a.Reasons.Should().ContainSingle(r => r.Code == "balancing.supervisor-excluded").Subject;
        why["rule"].Should().Be("balancing.headed-unit");
        why["period"].Should().Be("2014-01-01/2016-06-30");
        Zh([why]).Should().Be("未由分管领导孙某谈话：孙某在回避期内曾任U1负责人（2014-01-01至2016-06-30）。");
        En([why]).Should().Be("The supervising leader 孙某 was not chosen: 孙某 headed unit U1 (2014-01-01 to 2016-06-30), within the recusal period.");
    }

    [Fact]
    public void Balance_SupervisorWithAnOpenCase_SaysSo()
    {
        var input = new BalancingInput();
        input.Leaders["S"] = new LeaderSettings { HasOpenCase = true };

        var a = OnlyAssignment(Roster2(), RosterFixture.Demand("P1", "U1"), input);

        a.LeaderId.Should().Be("O");
        Zh(a.Reasons.Skip(1)).Should().Be("未由分管领导孙某谈话：孙某本人有未结案件。");
        En(a.Reasons.Skip(1)).Should().Be("The supervising leader 孙某 was not chosen: 孙某 is subject of an open case.");
    }

    [Fact]
    public void Balance_SupervisorAwayForTheWholeWindow_SaysWhichWindow()
    {
        var input = new BalancingInput();
        input.Leaders["S"] = new LeaderSettings { Unavailable = [new DateInterval(new LocalDate(2016, 12, 1), new LocalDate(2018, 1, 31))] };

        var a = OnlyAssignment(Roster2(), RosterFixture.Demand("P1", "U1"), input);

        a.LeaderId.Should().Be("O");
        Zh(a.Reasons.Skip(1)).Should().Be("未由分管领导孙某谈话：孙某在2017-01-01至2017-12-31期间全程不在岗。");
        En(a.Reasons.Skip(1)).Should().Be("The supervising leader 孙某 was not chosen: 孙某 is away throughout 2017-01-01 to 2017-12-31.");
    }

    [Fact]
    public void Balance_SupervisorLacksTheRequiredRole_SaysWhichRoleAndSource()
    {
        var petition = new TalkDemand("petition-XF1-P1", "P1", "U1", DemandSource.Petition, Year, TalkStyle.Warning, new Reason("test.style"), TalkMode.InPerson, new Reason("test.mode"), requiredLeaderRole: LeaderRole.DisciplineSecretary);

        var a = OnlyAssignment(Roster2(), petition);

        a.LeaderId.Should().Be("O");
        a.Reasons[1]["rule"].Should().Be("balancing.lacks-role");
        Zh(a.Reasons.Skip(1)).Should().Be("未由分管领导孙某谈话：孙某不具备信访调查要求的角色“纪委书记”。");
        En(a.Reasons.Skip(1)).Should().Be("The supervising leader 孙某 was not chosen: 孙某 lacks the role 'discipline secretary' that petition investigation requires.");
    }

    [Fact]
    public void Balance_SupervisorAtCapacity_SaysHisCapacity()
    {
        var input = new BalancingInput();
        input.Leaders["S"] = new LeaderSettings { Capacity = 1 };

        var plan = new LeaderBalancer().Balance(Roster2(), new DemandSet([RosterFixture.Demand("P1", "U1"), RosterFixture.Demand("P2", "U1"), RosterFixture.Demand("P2", "U1", id: "annual-2017-P2-b")]), input);

        plan.Loads.Select(l => (l.LeaderId, l.Load)).Should().Equal(("O", 2), ("S", 1));
        var toO = plan.Assignments.Where(a => a.LeaderId == "O").ToArray();
        toO.Should().HaveCount(2);
        foreach (var a in toO)
        {
            a.Reasons.Select(r => r.Code).Should().Equal("balancing.near-even-split", "balancing.supervisor-full");
            Zh(a.Reasons).Should().Be("2位可选领导各承担1至2次，已是最平均的分配。未由分管领导孙某谈话：孙某已达容量上限（1次）。");
            En(a.Reasons).Should().Be("The 2 eligible leaders hold 1 or 2 talks each: as even as the numbers allow. The supervising leader 孙某 was not chosen: 孙某 is at capacity (1 talk).");
        }
    }

    [Fact]
    public void Balance_SupervisorEligibleButBusier_SaysTheLoadsHisTakingItWouldLeave()
    {
        var plan = new LeaderBalancer().Balance(Roster2(), new DemandSet([RosterFixture.Demand("P1", "U1"), RosterFixture.Demand("P2", "U1")]));

        var toS = plan.Assignments.Single(a => a.LeaderId == "S");
        var toO = plan.Assignments.Single(a => a.LeaderId == "O");
        toS.Reasons.Select(r => r.Code).Should().Equal("balancing.supervising-leader", "balancing.even-split");
        Zh(toS.Reasons).Should().Be("孙某是分管领导（优先人选）。2位可选领导均承担1次，平均分配。");
        En(toS.Reasons).Should().Be("孙某 is the preferred (supervising) leader. All 2 eligible leaders hold 1 talk each: an even split.");
        toO.Reasons.Select(r => r.Code).Should().Equal("balancing.even-split", "balancing.supervisor-busier");
        toO.Reasons[1].Arguments.Should().Contain(new KeyValuePair<string, string>("load", "1"), new KeyValuePair<string, string>("loadIf", "2"), new KeyValuePair<string, string>("chosenLoad", "1"), new KeyValuePair<string, string>("chosenLoadIf", "0"));
        Zh(toO.Reasons).Should().Be("2位可选领导均承担1次，平均分配。未由分管领导孙某谈话：若改由其谈话，孙某将承担2次、周某承担0次（现为1次和1次），负担更不均衡。");
        En(toO.Reasons).Should().Be("All 2 eligible leaders hold 1 talk each: an even split. The supervising leader 孙某 was not chosen: that would leave 孙某 with 2 talks and 周某 with 0 talks instead of 1 talk and 1 talk, less even.");
    }

    [Fact]
    public void Balance_TwoSupervisorsEquallyGood_SaysEitherWillDo()
    {
        var roster = Roster.Create(
            [new Unit("U1", "第一工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.High)],
            [new Person("P1", "张一"), new Person("P2", "李二"), new Person("A", "甲"), new Person("B", "乙")],
            [new Post("U1", PostRole.AdministrativeHead, "P1"), new Post("U1", PostRole.PartySecretary, "P2")],
            [new Leader("A", "甲", [LeaderRole.DeputyGeneralManager], ["U1"]), new Leader("B", "乙", [LeaderRole.DeputyGeneralManager], ["U1"])]);

        var plan = new LeaderBalancer().Balance(roster, new DemandSet([RosterFixture.Demand("P1", "U1"), RosterFixture.Demand("P2", "U1"), RosterFixture.Demand("P2", "U1", id: "x")]));

        // Three talks over two supervisors: 2 and 1; a talk of the one with 2 could go to the other at the same spread.
        var heavy = plan.Loads.Single(l => l.Load == 2).LeaderId;
        var tie = plan.Assignments.Where(a => a.LeaderId == heavy).Select(a => a.Reasons).ToArray();
        tie.Should().HaveCount(2).And.OnlyContain(r => r.Select(x => x.Code).SequenceEqual(new[] { "balancing.supervising-leader", "balancing.near-even-split", "balancing.supervisor-tie" }));
        var light = plan.Assignments.Single(a => a.LeaderId != heavy);
        light.Reasons.Select(r => r.Code).Should().Equal("balancing.supervising-leader", "balancing.near-even-split", "balancing.supervisor-busier");
        var other = heavy == "A" ? "乙" : "甲";
        Zh([tie[0][2]]).Should().Be($"{other}同为分管领导，改由其谈话负担同样均衡，二者均可。");
        En([tie[0][2]]).Should().Be($"{other} also supervises the unit; giving it to {other} would leave the loads as even, so either will do.");
    }

    // ---- How the load compares: the engine's request, small hand-made cases ----

    private static BalancingDemand Demand(string id, LeaderRole? role = null, IEnumerable<string>? preferred = null) =>
        new(new TalkDemand(id, "P-" + id, "U1", DemandSource.Annual, Year, TalkStyle.Reminder, new Reason("test.style"), TalkMode.InPerson, new Reason("test.mode"), null, role), preferred);

    private static BalancingTalker Talker(string id, int? capacity = null, LeaderRole role = LeaderRole.Other, int weight = 1) =>
        new(LeaderBalancerTests.LeaderOf(id, "Leader " + id, [role]), capacity, weight);

    private static BalancingPlan Balance(IEnumerable<BalancingTalker> talkers, IEnumerable<BalancingDemand> demands) =>
        new LeaderBalancer().Balance(new BalancingRequest(talkers, demands));

    [Fact]
    public void Balance_EveryEligibleLeaderHoldsTheSame_SaysEvenSplitNotLeastLoaded()
    {
        var plan = Balance([Talker("A"), Talker("B"), Talker("C")], Enumerable.Range(0, 9).Select(i => Demand("D" + i)));

        plan.Loads.Select(l => l.Load).Should().Equal(3, 3, 3);
        plan.Assignments.Should().OnlyContain(a => a.Reasons.Count == 1 && a.Reasons[0].Code == "balancing.even-split" && a.Reasons[0]["load"] == "3" && a.Reasons[0]["leaders"] == "3");
        Zh(plan.Assignments[0].Reasons).Should().Be("3位可选领导均承担3次，平均分配。");
        En(plan.Assignments[0].Reasons).Should().Be("All 3 eligible leaders hold 3 talks each: an even split.");
    }

    [Fact]
    public void Balance_LoadsDifferByOne_SaysAsEvenAsTheNumbersAllow()
    {
        var plan = Balance([Talker("A"), Talker("B")], Enumerable.Range(0, 3).Select(i => Demand("D" + i)));

        plan.Assignments.Should().OnlyContain(a => a.Reasons.Single().Code == "balancing.near-even-split");
        plan.Assignments[0].Reasons[0].Arguments.Should().Contain(new KeyValuePair<string, string>("low", "1"), new KeyValuePair<string, string>("high", "2"), new KeyValuePair<string, string>("leaders", "2"));
        Zh(plan.Assignments[0].Reasons).Should().Be("2位可选领导各承担1至2次，已是最平均的分配。");
        En(plan.Assignments[0].Reasons).Should().Be("The 2 eligible leaders hold 1 or 2 talks each: as even as the numbers allow.");
    }

    [Fact]
    public void Balance_ChosenHoldsFewestAndOthersTwoMore_SaysLeastLoadedWithTheOthersLoad()
    {
        // Three talks only A may hold (his role), one anyone may: that one goes to B.
        var plan = Balance(
            [Talker("A", role: LeaderRole.ChiefEngineer), Talker("B")],
            [Demand("D1", LeaderRole.ChiefEngineer), Demand("D2", LeaderRole.ChiefEngineer), Demand("D3", LeaderRole.ChiefEngineer), Demand("D4")]);

        var d4 = plan.Assignments.Single(a => a.DemandId == "D4");
        d4.LeaderId.Should().Be("B");
        d4.Reasons.Should().ContainSingle().Which.Should().Be(Reason.Of("balancing.least-loaded", ("leader", "B"), ("name", "Leader B"), ("load", "1"), ("others", "3")));
        Zh(d4.Reasons).Should().Be("Leader B是可选领导中负担最轻的（共1次，其他可选领导至少3次）。");
        En(d4.Reasons).Should().Be("Leader B was the least-loaded eligible leader (1 talk; the others hold 3 talks or more).");
        plan.Assignments.Single(a => a.DemandId == "D1").Reasons.Should().ContainSingle().Which.Code.Should().Be("balancing.only-eligible");
        En(plan.Assignments.Single(a => a.DemandId == "D1").Reasons).Should().Be("Leader A is the only eligible leader.");
    }

    [Fact]
    public void Balance_MovingWouldOnlySwap_SaysSoWithTheLoads()
    {
        // A holds 1 (his role), B 1 (his role), C 4 (his role); DX may go to anyone and prefers B: A and B would be a swap.
        var plan = Balance(
            [Talker("A", role: LeaderRole.ChiefEngineer), Talker("B", role: LeaderRole.ChiefAccountant), Talker("C", role: LeaderRole.DisciplineSecretary)],
            [
                Demand("DA", LeaderRole.ChiefEngineer), Demand("DB", LeaderRole.ChiefAccountant),
                .. Enumerable.Range(0, 4).Select(i => Demand("DC" + i, LeaderRole.DisciplineSecretary)),
                Demand("DX", preferred: ["B"]),
            ]);

        var dx = plan.Assignments.Single(a => a.DemandId == "DX");
        dx.LeaderId.Should().Be("B");
        dx.Reasons.Select(r => r.Code).Should().Equal("balancing.supervising-leader", "balancing.balanced-spread");
        dx.Reasons[1]["load"].Should().Be("2");
        dx.Reasons[1]["others"].Should().Be("1");
        Zh(dx.Reasons.Skip(1)).Should().Be("改由其他可选领导谈话只会互换负担，不会更均衡（Leader B共2次，其他可选领导至少1次）。");
        En(dx.Reasons.Skip(1)).Should().Be("Giving it to another eligible leader would only swap the loads, not even them out (Leader B: 2 talks; the others: 1 talk or more).");
    }

    [Fact]
    public void Balance_LighterLeadersFull_NamesThem()
    {
        var plan = Balance([Talker("A", capacity: 0), Talker("B")], [Demand("D1"), Demand("D2")]);

        plan.Assignments.Should().OnlyContain(a => a.LeaderId == "B" && a.Reasons.Single().Code == "balancing.lighter-leaders-full" && a.Reasons[0]["fullIds"] == "A");
        Zh(plan.Assignments[0].Reasons).Should().Be("负担更轻的可选领导（Leader A）已达容量上限（Leader B共2次）。");
        En(plan.Assignments[0].Reasons).Should().Be("The eligible leaders with fewer talks (Leader A) are at capacity (Leader B: 2 talks).");
    }

    [Fact]
    public void Balance_DifferentShares_SaysWeightedBySharesNotEvenSplit()
    {
        var plan = Balance([Talker("A", weight: 2), Talker("B")], Enumerable.Range(0, 6).Select(i => Demand("D" + i)));

        plan.Loads.Select(l => l.Load).Should().Equal(4, 2);
        plan.Assignments.Should().OnlyContain(a => a.Reasons.Single().Code == "balancing.weighted-spread");
        En(plan.Assignments.First(a => a.LeaderId == "A").Reasons).Should().Be("Weighted by each leader's share, giving it to another eligible leader would not make the loads more even (Leader A: 4 talks).");
    }

    [Fact]
    public void Balance_SupervisorIsTheSubjectOrExcludedByAHostRule_QuotesTheRule()
    {
        var self = new BalancingTalker(LeaderBalancerTests.LeaderOf("P-D", "Self"));
        var plan = new LeaderBalancer().Balance(new BalancingRequest([self, Talker("O"), Talker("Z")], [Demand("D", preferred: ["P-D", "Z"])], hostRules: [new NotZRule()]));

        var a = plan.Assignments.Should().ContainSingle().Subject;
        a.LeaderId.Should().Be("O");
        a.Reasons.Select(r => r.Code).Should().Equal("balancing.only-eligible", "balancing.supervisor-excluded", "balancing.supervisor-excluded");
        a.Reasons[1]["rule"].Should().Be("balancing.is-subject");
        En([a.Reasons[1]]).Should().Be("The supervising leader Self was not chosen: Self is the subject.");
        a.Reasons[2]["rule"].Should().Be("host.not-z");
        a.Reasons[2]["project"].Should().Be("X1", "the host rule's own arguments are kept");
    }

    // ---- A fixed leader: which source, and why him ----

    [Fact]
    public void Balance_FixedBySource_SaysTheBasis()
    {
        var roster = Roster2();
        var inspection = RosterFixture.Demand("P1", "U1", DemandSource.Inspection, requiredLeader: "S");
        var survey = new TalkDemand("survey-S1-P2", "P2", "U1", DemandSource.SatisfactionSurvey, Year, TalkStyle.Warning, new Reason("test.style"), TalkMode.InPerson, new Reason("test.mode"), "O", LeaderRole.DisciplineSecretary);
        var named = RosterFixture.Demand("P2", "U1", DemandSource.SpecialGovernance, requiredLeader: "S", id: "governance-P2");

        var plan = new LeaderBalancer().Balance(roster, new DemandSet([inspection, survey, named]));

        var byId = plan.Assignments.ToDictionary(a => a.DemandId, a => a.Reasons.Should().ContainSingle().Subject);
        byId.Values.Should().OnlyContain(r => r.Code == "balancing.fixed-by-source");
        byId[inspection.Id]["basis"].Should().Be("balancing.fixed-basis.inspection-team-leader");
        TextRenderer.SimplifiedChinese.Render(byId[inspection.Id]).Should().Be("由来源“巡察”指定：巡察组组长孙某。");
        TextRenderer.English.Render(byId[inspection.Id]).Should().Be("Fixed by the source 'inspection': the inspection team leader, 孙某.");
        byId[survey.Id]["role"].Should().Be("discipline-secretary");
        TextRenderer.SimplifiedChinese.Render(byId[survey.Id]).Should().Be("由来源“满意度测评”指定：纪委书记周某。");
        TextRenderer.English.Render(byId[survey.Id]).Should().Be("Fixed by the source 'satisfaction survey': the discipline secretary, 周某.");
        byId["governance-P2"]["basis"].Should().Be("balancing.fixed-basis.named");
        TextRenderer.English.Render(byId["governance-P2"]).Should().EndWith(": 孙某.");
    }

    // ---- Every code has a text; the texts tell the truth on random plans ----

    [Fact]
    public void Codes_EveryCodeTheEngineCanProduce_HasATextInBothLanguages()
    {
        var codes = typeof(BalancingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();

        codes.Should().HaveCountGreaterThan(20);
        codes.Should().OnlyContain(c => TextRenderer.Knows(c));
        TextRenderer.Knows("balancing.talks").Should().BeTrue();
        TextRenderer.Knows("balancing.talk").Should().BeTrue();
    }

    // Up to four leaders (role bit masks, capacity, weight 1 or 2) and up to seven demands (required role or none, supervisors as a bit mask).
    private static readonly Gen<((int Roles, int Capacity, int Weight)[] Leaders, (int Role, int Supervisors)[] Demands, bool Weighted)> Plans =
        Gen.Select(Gen.Select(Gen.Int[0, 3], Gen.Int[-1, 3], Gen.Int[1, 2]).Array[1, 4], Gen.Select(Gen.Int[-1, 1], Gen.Int[0, 15]).Array[0, 7], Gen.Bool);

    [Fact]
    public void Balance_RandomPlans_EveryLoadComparisonAndEverySupervisorReasonIsTrue()
    {
        LeaderRole[] roles = [LeaderRole.ChiefEngineer, LeaderRole.ChiefAccountant];
        Plans.Sample((leaders, demands, weighted) =>
        {
            var talkers = leaders.Select((l, i) => new BalancingTalker(
                LeaderBalancerTests.LeaderOf("T" + i, "T" + i, roles.Where((_, b) => (l.Roles & (1 << b)) != 0).Append(LeaderRole.Other)),
                l.Capacity < 0 ? null : l.Capacity,
                weighted ? l.Weight : 1)).ToArray();
            var requests = demands.Select((d, j) => Demand(
                "D" + j,
                d.Role < 0 ? null : roles[d.Role],
                Enumerable.Range(0, talkers.Length).Where(i => (d.Supervisors & (1 << i)) != 0).Select(i => "T" + i))).ToArray();

            var plan = new LeaderBalancer().Balance(new BalancingRequest(talkers, requests));

            var load = plan.Loads.ToDictionary(l => l.LeaderId, l => l.Load);
            var byId = talkers.ToDictionary(t => t.Id);
            bool Full(string id) => byId[id].Capacity is { } c && load[id] >= c;
            foreach (var a in plan.Assignments)
            {
                var demand = requests.Single(d => d.Id == a.DemandId);
                var eligible = talkers.Where(t => demand.RequiredRole is not { } r || t.Leader.HasRole(r)).Select(t => t.Id).ToArray();
                var others = eligible.Where(e => e != a.LeaderId).Select(e => load[e]).ToArray();
                var mine = load[a.LeaderId];
                var comparison = a.Reasons.Where(r => r.Code is "balancing.only-eligible" or "balancing.even-split" or "balancing.near-even-split" or "balancing.least-loaded"
                    or "balancing.balanced-spread" or "balancing.lighter-leaders-full" or "balancing.weighted-spread").Should().ContainSingle().Subject;
                switch (comparison.Code)
                {
                    case "balancing.only-eligible":
                        others.Should().BeEmpty();
                        break;
                    case "balancing.even-split":
                        others.Should().OnlyContain(o => o == mine);
                        break;
                    case "balancing.near-even-split":
                        others.Append(mine).Max().Should().Be(others.Append(mine).Min() + 1);
                        break;
                    case "balancing.least-loaded":
                        others.Should().OnlyContain(o => o >= mine);
                        comparison["others"].Should().Be(others.Min().ToString(System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    case "balancing.balanced-spread":
                        others.Min().Should().Be(mine - 1, "moving it would only swap the loads");
                        break;
                    case "balancing.lighter-leaders-full":
                        comparison["fullIds"]!.Split(',').Where(id => !Full(id) || load[id] > mine - 2).Should().BeEmpty();
                        eligible.Where(e => load[e] <= mine - 2 && !Full(e)).Should().BeEmpty("a lighter leader with room left would make the plan better");
                        break;
                    case "balancing.weighted-spread":
                        eligible.Select(e => byId[e].Weight).Distinct().Should().HaveCountGreaterThan(1);
                        break;
                }

                var supervisorsNotChosen = demand.PreferredTalkerIds.Where(s => s != a.LeaderId).OrderBy(s => s, StringComparer.Ordinal).ToArray();
                var whyNot = a.Reasons.Where(r => r.Code.StartsWith("balancing.supervisor-", StringComparison.Ordinal)).ToArray();
                whyNot.Select(r => r["leader"]).Distinct().Should().Equal(supervisorsNotChosen, "every supervising leader not chosen is explained, in id order");
                foreach (var r in whyNot)
                {
                    var s = r["leader"]!;
                    switch (r.Code)
                    {
                        case "balancing.supervisor-excluded":
                            eligible.Should().NotContain(s);
                            break;
                        case "balancing.supervisor-full":
                            Full(s).Should().BeTrue();
                            break;
                        case "balancing.supervisor-busier":
                            // Σ load²/weight after the move minus before: positive.
                            var t = a.LeaderId;
                            ((((2L * load[s]) + 1) * byId[t].Weight) - (((2L * mine) - 1) * byId[s].Weight)).Should().BePositive();
                            r["loadIf"].Should().Be((load[s] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case "balancing.supervisor-tie":
                            demand.PreferredTalkerIds.Should().Contain(a.LeaderId, "only another supervising leader can be as good");
                            ((((2L * load[s]) + 1) * byId[a.LeaderId].Weight) - (((2L * mine) - 1) * byId[s].Weight)).Should().Be(0);
                            break;
                        default:
                            throw new InvalidOperationException(r.Code);
                    }
                }

                a.Reasons.Should().OnlyContain(r => TextRenderer.Knows(r.Code));
            }
        }, iter: 1500);
    }

    private sealed class NotZRule : ILeaderEligibilityRule
    {
        public string Code => "host.not-z";

        public EligibilityVerdict Evaluate(Leader leader, TalkDemand demand) =>
            leader.Id == "Z" ? EligibilityVerdict.Ineligible(Reason.Of("host.not-z", ("leader", "Z"), ("project", "X1"))) : EligibilityVerdict.Eligible;
    }
}
