using TalkEngine.Balancing;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Tests.Records;

namespace TalkEngine.Tests.Balancing;

/// <summary>The mapping from the organisation and its demands to balancing, on the 2017 example and on small rosters.</summary>
public sealed class DemandBalancingTests
{
    private static readonly Lazy<ExampleRun> Example = new(() => ExampleRun.Execute(ExampleDatasetLoader.Load(FindDataset()), OutputLanguage.SimplifiedChinese));

    [Fact]
    public void Balance_Example2017_ElevenLeadersWithThreeOneWithTwo()
    {
        var run = Example.Value;

        var plan = new LeaderBalancer().Balance(run.Dataset.Roster, run.Demands);

        plan.IsFeasible.Should().BeTrue();
        plan.IsProvenOptimal.Should().BeTrue();
        plan.Assignments.Should().HaveCount(49);
        plan.Loads.Should().HaveCount(12);
        plan.Loads.Count(l => l.Load == 3).Should().Be(11);
        plan.Loads.Count(l => l.Load == 2).Should().Be(1);
        plan.Objective.SpreadNumerator.Should().Be((11 * 9) + 4);
        var balanced = plan.Assignments.Where(a => a.Reasons.All(r => r.Code != "balancing.fixed-by-source")).ToArray();
        balanced.Should().HaveCount(35);
        balanced.Select(a => a.DemandId).Should().BeEquivalentTo(run.Demands.BySource(DemandSource.Annual).Select(d => d.Id));
    }

    [Fact]
    public void Balance_Example2017_InspectionToTeamLeadersSurveyToDisciplineSecretary()
    {
        var run = Example.Value;
        var org = run.Dataset.Roster;

        var plan = new LeaderBalancer().Balance(org, run.Demands);

        var byDemand = plan.Assignments.ToDictionary(a => a.DemandId, StringComparer.Ordinal);
        var inspection = run.Demands.BySource(DemandSource.Inspection);
        inspection.Should().HaveCount(6);
        foreach (var d in inspection)
        {
            d.RequiredLeaderId.Should().NotBeNull();
            byDemand[d.Id].LeaderId.Should().Be(d.RequiredLeaderId);
            byDemand[d.Id].Reasons.Should().ContainSingle().Which.Code.Should().Be("balancing.fixed-by-source");
            TextRenderer.For(OutputLanguage.SimplifiedChinese).Render(byDemand[d.Id].Reasons[0]).Should().Contain("由来源“巡察”指定");
        }

        var secretary = org.LeadersWithRole(LeaderRole.DisciplineSecretary).Single().Id;
        var survey = run.Demands.BySource(DemandSource.SatisfactionSurvey);
        survey.Should().HaveCount(8);
        survey.Should().OnlyContain(d => byDemand[d.Id].LeaderId == secretary && byDemand[d.Id].Reasons[0].Code == "balancing.fixed-by-source");
    }

    [Fact]
    public void Balance_Example2017_SupervisingLeaderUsedWhereverTheBalanceAllows()
    {
        var run = Example.Value;
        var org = run.Dataset.Roster;

        var plan = new LeaderBalancer().Balance(org, run.Demands);

        var load = plan.Loads.ToDictionary(l => l.LeaderId, l => l.Load, StringComparer.Ordinal);
        var demandById = run.Demands.Demands.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var misses = 0;
        foreach (var a in plan.Assignments.Where(a => demandById[a.DemandId].RequiredLeaderId is null))
        {
            var supervisors = org.SupervisorsOf(demandById[a.DemandId].UnitId).Select(l => l.Id).ToArray();
            if (supervisors.Contains(a.LeaderId, StringComparer.Ordinal))
            {
                a.Reasons.Should().Contain(r => r.Code == "balancing.supervising-leader");
                continue;
            }

            // Moving the talk to a supervisor with a smaller load would keep or improve the spread and save a miss.
            misses++;
            supervisors.Should().OnlyContain(s => load[s] >= load[a.LeaderId], $"demand {a.DemandId} went to {a.LeaderId} instead of a supervisor");
        }

        plan.Objective.PreferredMisses.Should().Be(misses);
        plan.LowerBound.Should().Be(plan.Objective);
    }

    [Fact]
    public void Balance_Example2017_SameInputInAnyOrderGivesTheSamePlan()
    {
        var run = Example.Value;
        var shuffled = new DemandSet(run.Demands.Demands.Reverse(), run.Demands.Exclusions, run.Demands.Overlaps);

        var first = new LeaderBalancer().Balance(run.Dataset.Roster, run.Demands);
        var second = new LeaderBalancer().Balance(run.Dataset.Roster, shuffled);

        second.Assignments.Select(a => (a.DemandId, a.LeaderId)).Should().Equal(first.Assignments.Select(a => (a.DemandId, a.LeaderId)));
        second.Assignments.SelectMany(a => a.Reasons).Should().Equal(first.Assignments.SelectMany(a => a.Reasons));
        second.Objective.Should().Be(first.Objective);
    }

    [Fact]
    public void Balance_Example2017_ExplainsInTheOfficesTerms_SameAssignment()
    {
        var run = Example.Value;

        var plan = new LeaderBalancer().Balance(run.Dataset.Roster, run.Demands);

        var byDemand = plan.Assignments.ToDictionary(a => a.DemandId, StringComparer.Ordinal);
        var zh = TextRenderer.For(OutputLanguage.SimplifiedChinese);
        var en = TextRenderer.For(OutputLanguage.English);

        // The supervising leader chosen; every leader eligible holds 2 or 3: as even as 35 talks over 12 allow (not "least loaded (3 talks)").
        var p01 = byDemand["annual-2017-P01"];
        p01.LeaderId.Should().Be("L01");
        p01.Reasons.Select(r => r.Code).Should().Equal("balancing.supervising-leader", "balancing.near-even-split");
        zh.Render(p01.Reasons).Should().Be("吴爱华是分管领导（优先人选）。12位可选领导各承担2至3次，已是最平均的分配。");
        en.Render(p01.Reasons).Should().Be("吴爱华 is the preferred (supervising) leader. The 12 eligible leaders hold 2 or 3 talks each: as even as the numbers allow.");

        // EC01 has two supervising leaders, L03 and L04: P09 went to L03; why not L04, with the loads.
        var p09 = byDemand["annual-2017-P09"];
        p09.LeaderId.Should().Be("L03");
        p09.Reasons.Select(r => r.Code).Should().Equal("balancing.supervising-leader", "balancing.near-even-split", "balancing.supervisor-busier");
        zh.Render(p09.Reasons[2]).Should().Be("未由分管领导高承志谈话：若改由其谈话，高承志将承担4次、胡少华承担2次（现为3次和3次），负担更不均衡。");
        en.Render(p09.Reasons[2]).Should().Be("The supervising leader 高承志 was not chosen: that would leave 高承志 with 4 talks and 胡少华 with 2 talks instead of 3 talks and 3 talks, less even.");

        // No reason mentions the solver, and the assignment is the one of the golden file (only the explanations changed).
        plan.Assignments.SelectMany(a => a.Reasons).Select(r => zh.Render(r) + en.Render(r)).Should().NotContain(t => t.Contains("对偶", StringComparison.Ordinal) || t.Contains("dual", StringComparison.Ordinal) || t.Contains("least-loaded eligible leader (3", StringComparison.Ordinal));
        plan.Assignments.Where(a => a.Reasons.Any(r => r.Code == "balancing.supervisor-busier")).Select(a => a.DemandId).Should().Equal(
            "annual-2017-P09", "annual-2017-P10", "annual-2017-P15", "annual-2017-P16", "annual-2017-P21", "annual-2017-P22", "annual-2017-P31", "annual-2017-P32");
        plan.Objective.SpreadNumerator.Should().Be(103);
    }

    [Fact]
    public void Balance_Example2017WithARecusal_SaysWhyNotTheSupervisingLeader()
    {
        var run = Example.Value;
        var input = new BalancingInput();
        input.Recusals.Add(new RecusalPair("L07", "P21"));

        var plan = new LeaderBalancer().Balance(run.Dataset.Roster, run.Demands, input);

        plan.Loads.Count(l => l.Load == 3).Should().Be(11);
        plan.Objective.SpreadNumerator.Should().Be(103);
        var p21 = plan.Assignments.Single(a => a.DemandId == "annual-2017-P21");
        p21.LeaderId.Should().Be("L08", "SUB02's other supervising leader");
        var why = p21.Reasons.Single(r => r.Code == "balancing.supervisor-excluded");
        why["leader"].Should().Be("L07");
        why["rule"].Should().Be("balancing.recused");
        TextRenderer.For(OutputLanguage.SimplifiedChinese).Render(why).Should().Be("未由分管领导韩国栋谈话：韩国栋须回避与P21的谈话。");
        TextRenderer.For(OutputLanguage.English).Render(why).Should().Be("The supervising leader 韩国栋 was not chosen: 韩国栋 is recused from talking to P21.");
    }

    [Fact]
    public void Balance_DocsExample_HonoursCapacityAbsenceAndRecusal()
    {
        var run = Example.Value;
        var options = new BalancingInput();
        options.Leaders["L11"] = new LeaderSettings { Capacity = 2 };
        options.Leaders["L04"] = new LeaderSettings { Unavailable = [new DateInterval(new LocalDate(2017, 11, 1), new LocalDate(2017, 11, 30))] };
        options.Recusals.Add(new RecusalPair("L07", "P21"));

        var plan = new LeaderBalancer().Balance(run.Dataset.Roster, run.Demands, options);

        plan.IsFeasible.Should().BeTrue();
        plan.IsProvenOptimal.Should().BeTrue();
        plan.Loads.Single(l => l.LeaderId == "L11").Load.Should().Be(2);
        plan.Loads.Sum(l => l.Load).Should().Be(35);
        plan.Assignments.Should().NotContain(a => a.LeaderId == "L07" && a.SubjectId == "P21");
    }

    [Fact]
    public void FromDemands_MapsRolesPreferencesFixedTalkersAndSettings()
    {
        var org = RosterFixture.Create();
        var demands = new DemandSet(
        [
            RosterFixture.Demand("P1", "HQ1"),
            RosterFixture.Demand("P2", "EC1", DemandSource.SatisfactionSurvey, requiredLeader: "L2"),
        ]);
        var options = new BalancingInput();
        options.Leaders["L1"] = new LeaderSettings { Capacity = 5, Weight = 2, HasOpenCase = true };
        options.Recusals.Add(new RecusalPair("L2", "P1"));

        var request = DemandBalancingMapper.Map(org, demands, options);

        request.Talkers.Select(t => t.Id).Should().Equal("L1", "L2");
        request.Talkers[0].Leader.Roles.Should().Equal(LeaderRole.PartySecretary);
        request.Talkers[0].Capacity.Should().Be(5);
        request.Talkers[0].Weight.Should().Be(2);
        request.Talkers[0].HasOpenCase.Should().BeTrue();
        request.Talkers[1].Leader.Roles.Should().Equal(LeaderRole.DisciplineSecretary);
        request.Talkers[1].Capacity.Should().BeNull();
        var annual = request.Demands.Single(d => d.SubjectId == "P1");
        annual.PreferredTalkerIds.Should().Equal("L1");
        annual.FixedTalkerId.Should().BeNull();
        annual.Source.Should().Be(DemandSource.Annual);
        annual.SubjectUnitId.Should().Be("HQ1");
        annual.Window.Equals(RosterFixture.Year2017).Should().BeTrue();
        request.Demands.Single(d => d.SubjectId == "P2").FixedTalkerId.Should().Be("L2");
        request.Recusals.Should().ContainSingle().Which.Should().Be(new RecusalPair("L2", "P1"));
    }

    [Fact]
    public void FromDemands_RequiredRole_StaysTyped()
    {
        var org = RosterFixture.Create();
        var demand = new TalkDemand("survey-P1", "P1", "HQ1", DemandSource.SatisfactionSurvey, RosterFixture.Year2017, TalkStyle.Warning, new Reason("test.low-score"), TalkMode.InPerson, new Reason("test.in-person"), requiredLeaderRole: LeaderRole.DisciplineSecretary);

        var plan = new LeaderBalancer().Balance(org, new DemandSet([demand]));

        plan.Assignments.Should().ContainSingle().Which.LeaderId.Should().Be("L2");
        DemandBalancingMapper.Map(org, new DemandSet([demand]), null).Demands[0].RequiredRole.Should().Be(LeaderRole.DisciplineSecretary);
    }

    [Fact]
    public void Balance_LeaderHeadedTheUnitRecently_IsRecusedFromItsHeads()
    {
        // L1 headed EC1 until mid-2016 (an ended post, which the roster allows a leader to have held).
        var org = Roster.Create(
            [new Unit("EC1", "第一工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.High), new Unit("HQ1", "办公室", UnitKind.HqDepartment, null, IntegrityRiskLevel.Low)],
            [new Person("P2", "李二"), new Person("L1", "孙书记"), new Person("P3", "王三")],
            [
                new Post("EC1", PostRole.AdministrativeHead, "L1", new DateInterval(new LocalDate(2014, 1, 1), new LocalDate(2016, 6, 30))),
                new Post("EC1", PostRole.AdministrativeHead, "P2", new DateInterval(new LocalDate(2016, 7, 1), new LocalDate(2099, 12, 31))),
                new Post("HQ1", PostRole.AdministrativeHead, "P3"),
            ],
            [new Leader("L1", "孙书记", [LeaderRole.PartySecretary], ["EC1", "HQ1"])]);
        var demands = new DemandSet([RosterFixture.Demand("P2", "EC1"), RosterFixture.Demand("P3", "HQ1")]);

        var plan = new LeaderBalancer().Balance(org, demands);

        DemandBalancingMapper.Map(org, demands, null).Talkers[0].Headships.Should().ContainSingle().Which.UnitId.Should().Be("EC1");
        plan.IsFeasible.Should().BeFalse();
        plan.Assignments.Should().ContainSingle().Which.SubjectId.Should().Be("P3");
        var unserved = plan.Unserved.Should().ContainSingle().Subject;
        unserved.SubjectId.Should().Be("P2");
        unserved.Exclusions.Should().ContainSingle().Which.Reason.Code.Should().Be("balancing.headed-unit");
        TextRenderer.For(OutputLanguage.English).Render(unserved.Exclusions[0].Reason).Should().Be("孙书记 headed unit EC1 (2014-01-01 to 2016-06-30), within the recusal period.");
    }

    [Fact]
    public void FromDemands_BadInput_ReportsEveryProblemAtOnce()
    {
        var org = RosterFixture.Create();
        var demands = new DemandSet(
        [
            RosterFixture.Demand("P1", "HQ1", requiredLeader: "P5", id: "d-not-leader"),
            RosterFixture.Demand("P404", "HQ1", id: "d-ghost-subject"),
            RosterFixture.Demand("P2", "EC9", id: "d-ghost-unit"),
            new TalkDemand("d-lacks-role", "P2", "EC1", DemandSource.SatisfactionSurvey, RosterFixture.Year2017, TalkStyle.Warning, new Reason("test.low-score"), TalkMode.InPerson, new Reason("test.in-person"), "L1", LeaderRole.DisciplineSecretary),
        ]);
        var options = new BalancingInput();
        options.Leaders["L9"] = new LeaderSettings();
        options.Leaders["L1"] = new LeaderSettings { Capacity = -1, Weight = 0 };
        options.Recusals.Add(new RecusalPair("L7", "P1"));
        options.PreviousAssignment["d-gone"] = "L1";

        var act = () => new LeaderBalancer().Balance(org, demands, options);

        var e = act.Should().Throw<TalkEngineValidationException>().Which;
        e.ErrorCode.Should().Be("balancing.input");
        e.Problems.Select(p => p.Code).Should().BeEquivalentTo(
            "balancing.required-leader-not-in-team",
            "roster.unknown-person",
            "roster.unknown-unit",
            "balancing.required-leader-lacks-role",
            "balancing.unknown-leader-settings",
            "balancing.invalid-capacity",
            "balancing.invalid-weight",
            "balancing.unknown-recusal-leader",
            "balancing.unknown-previous-demand");
        e.Problems.Single(p => p.Code == "roster.unknown-person").Ids.Should().Equal("d-ghost-subject", "P404");
        e.Problems.Single(p => p.Code == "balancing.required-leader-not-in-team").Ids.Should().Equal("d-not-leader", "P5");
        e.Problems.Single(p => p.Code == "roster.unknown-unit").Ids.Should().Equal("d-ghost-unit", "EC9");
        e.Problems.Single(p => p.Code == "balancing.invalid-weight").Path.Should().Be("leaders['L1'].weight");
        e.Problems.Should().OnlyContain(p => p.Ids.Count > 0);
    }

    [Fact]
    public void FromDemands_NullArguments_NameTheParameter()
    {
        var org = RosterFixture.Create();

        ((Action)(() => new LeaderBalancer().Balance(null!, DemandSet.Empty))).Should().Throw<ArgumentNullException>().WithParameterName("roster");
        ((Action)(() => new LeaderBalancer().Balance(org, null!))).Should().Throw<ArgumentNullException>().WithParameterName("demands");
    }

    [Fact]
    public void Create_LeaderWithEndedHeadPost_IsAcceptedButOpenEndedIsNot()
    {
        var units = new[] { new Unit("U1", "U1", UnitKind.HqDepartment, null, IntegrityRiskLevel.Low) };
        var people = new[] { new Person("L1", "Leader") };
        var leaders = new[] { new Leader("L1", "Leader", [LeaderRole.Deputy], []) };

        var ended = () => Roster.Create(units, people, [new Post("U1", PostRole.PartySecretary, "L1", new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2016, 12, 31)))], leaders);
        var open = () => Roster.Create(units, people, [new Post("U1", PostRole.PartySecretary, "L1")], leaders);

        ended.Should().NotThrow();
        open.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be("roster.leader-is-subject");
    }

    private static string FindDataset()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "TalkEngine.Samples.Console", "Data", "example-2017.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/TalkEngine.Samples.Console/Data/example-2017.json was not found above the test binaries.");
    }
}
