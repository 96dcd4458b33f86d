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
        var balanced = plan.Assignments.Where(a => a.Reasons.All(r => r.Kind != AssignmentReasonKind.FixedBySource)).ToArray();
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
            byDemand[d.Id].TalkerId.Should().Be(d.RequiredLeaderId);
            byDemand[d.Id].Reasons.Should().ContainSingle().Which.Kind.Should().Be(AssignmentReasonKind.FixedBySource);
            byDemand[d.Id].Reasons[0].Text.Should().Contain("巡察");
        }

        var secretary = org.LeadersWithRole(LeaderRole.DisciplineSecretary).Single().Id;
        var survey = run.Demands.BySource(DemandSource.SatisfactionSurvey);
        survey.Should().HaveCount(8);
        survey.Should().OnlyContain(d => byDemand[d.Id].TalkerId == secretary && byDemand[d.Id].Reasons[0].Kind == AssignmentReasonKind.FixedBySource);
    }

    [Fact]
    public void Balance_Example2017_SupervisingLeaderUsedWhereverTheBalanceAllows()
    {
        var run = Example.Value;
        var org = run.Dataset.Roster;

        var plan = new LeaderBalancer().Balance(org, run.Demands);

        var load = plan.Loads.ToDictionary(l => l.TalkerId, l => l.Load, StringComparer.Ordinal);
        var demandById = run.Demands.Demands.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var misses = 0;
        foreach (var a in plan.Assignments.Where(a => demandById[a.DemandId].RequiredLeaderId is null))
        {
            var supervisors = org.SupervisorsOf(demandById[a.DemandId].UnitId).Select(l => l.Id).ToArray();
            if (supervisors.Contains(a.TalkerId, StringComparer.Ordinal))
            {
                a.Reasons.Should().Contain(r => r.Kind == AssignmentReasonKind.PreferredTalker);
                continue;
            }

            // Moving the talk to a supervisor with a smaller load would keep or improve the spread and save a miss.
            misses++;
            supervisors.Should().OnlyContain(s => load[s] >= load[a.TalkerId], $"demand {a.DemandId} went to {a.TalkerId} instead of a supervisor");
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

        second.Assignments.Select(a => (a.DemandId, a.TalkerId)).Should().Equal(first.Assignments.Select(a => (a.DemandId, a.TalkerId)));
        second.Assignments.SelectMany(a => a.Reasons.Select(r => r.Text)).Should().Equal(first.Assignments.SelectMany(a => a.Reasons.Select(r => r.Text)));
        second.Objective.Should().Be(first.Objective);
    }

    [Fact]
    public void Balance_DocsExample_HonoursCapacityAbsenceAndRecusal()
    {
        var run = Example.Value;
        var options = new DemandBalancingOptions();
        options.Talkers["L11"] = new TalkerSettings { Capacity = 2 };
        options.Talkers["L04"] = new TalkerSettings { Unavailable = [new DateInterval(new LocalDate(2017, 11, 1), new LocalDate(2017, 11, 30))] };
        options.Recusals.Add(new RecusalPair("L07", "P21"));

        var plan = new LeaderBalancer().Balance(run.Dataset.Roster, run.Demands, options);

        plan.IsFeasible.Should().BeTrue();
        plan.IsProvenOptimal.Should().BeTrue();
        plan.Loads.Single(l => l.TalkerId == "L11").Load.Should().Be(2);
        plan.Loads.Sum(l => l.Load).Should().Be(35);
        plan.Assignments.Should().NotContain(a => a.TalkerId == "L07" && a.SubjectId == "P21");
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
        var options = new DemandBalancingOptions { Language = OutputLanguage.English };
        options.Talkers["L1"] = new TalkerSettings { Capacity = 5, Weight = 2, HasOpenCase = true };
        options.Recusals.Add(new RecusalPair("L2", "P1"));

        var request = BalancingRequest.FromDemands(org, demands, options);

        request.Talkers.Select(t => t.Id).Should().Equal("L1", "L2");
        request.Talkers[0].Roles.Should().Equal(BalancingRoleCodes.PartySecretary);
        request.Talkers[0].Capacity.Should().Be(5);
        request.Talkers[0].Weight.Should().Be(2);
        request.Talkers[0].HasOpenCase.Should().BeTrue();
        request.Talkers[1].Roles.Should().Equal("discipline-secretary");
        request.Talkers[1].Capacity.Should().BeNull();
        var annual = request.Demands.Single(d => d.SubjectId == "P1");
        annual.PreferredTalkerIds.Should().Equal("L1");
        annual.FixedTalkerId.Should().BeNull();
        annual.Source.Should().Be("annual round");
        annual.SubjectUnitId.Should().Be("HQ1");
        annual.Window.Equals(RosterFixture.Year2017).Should().BeTrue();
        request.Demands.Single(d => d.SubjectId == "P2").FixedTalkerId.Should().Be("L2");
        request.Recusals.Should().ContainSingle().Which.Should().Be(new RecusalPair("L2", "P1"));
    }

    [Fact]
    public void FromDemands_RequiredRole_BecomesTheRequiredRoleString()
    {
        var org = RosterFixture.Create();
        var demand = new TalkDemand("survey-P1", "P1", "HQ1", DemandSource.SatisfactionSurvey, RosterFixture.Year2017, TalkStyle.Warning, new Reason("test.low-score"), TalkMode.InPerson, new Reason("test.in-person"), requiredLeaderRole: LeaderRole.DisciplineSecretary);

        var plan = new LeaderBalancer().Balance(org, new DemandSet([demand]));

        plan.Assignments.Should().ContainSingle().Which.TalkerId.Should().Be("L2");
        BalancingRequest.FromDemands(org, new DemandSet([demand])).Demands[0].RequiredRole.Should().Be(BalancingRoleCodes.DisciplineSecretary);
        Enum.GetValues<LeaderRole>().Select(BalancingRoleCodes.For).Should().OnlyHaveUniqueItems();
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

        var plan = new LeaderBalancer(new BalancingOptions { Language = OutputLanguage.English }).Balance(org, demands);

        BalancingRequest.FromDemands(org, demands).Talkers[0].Headships.Should().ContainSingle().Which.UnitId.Should().Be("EC1");
        plan.IsFeasible.Should().BeFalse();
        plan.Assignments.Should().ContainSingle().Which.SubjectId.Should().Be("P3");
        var unserved = plan.Unserved.Should().ContainSingle().Subject;
        unserved.SubjectId.Should().Be("P2");
        unserved.Exclusions.Should().ContainSingle().Which.RuleCode.Should().Be(EligibilityRuleCodes.HeadedUnit);
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
        var options = new DemandBalancingOptions();
        options.Talkers["L9"] = new TalkerSettings();
        options.Talkers["L1"] = new TalkerSettings { Capacity = -1, Weight = 0 };
        options.Recusals.Add(new RecusalPair("L7", "P1"));
        options.PreviousAssignment["d-gone"] = "L1";

        var act = () => BalancingRequest.FromDemands(org, demands, options);

        var e = act.Should().Throw<TalkEngineValidationException>().Which;
        e.ErrorCode.Should().Be("balancing.from-demands");
        e.Problems.Select(p => p.Code).Should().BeEquivalentTo(
            "balancing.required-talker-not-leader",
            "balancing.unknown-subject",
            "balancing.unknown-unit",
            "balancing.required-talker-lacks-role",
            "balancing.unknown-talker-settings",
            "balancing.invalid-capacity",
            "balancing.invalid-weight",
            "balancing.unknown-recusal-talker",
            "balancing.unknown-previous-demand");
        e.Problems.Single(p => p.Code == "balancing.required-talker-not-leader").Ids.Should().Equal("d-not-leader", "P5");
        e.Problems.Single(p => p.Code == "balancing.unknown-unit").Ids.Should().Equal("d-ghost-unit", "EC9");
        e.Problems.Single(p => p.Code == "balancing.invalid-weight").Path.Should().Be("talkers['L1'].weight");
        e.Problems.Should().OnlyContain(p => p.Ids.Count > 0);
    }

    [Fact]
    public void FromDemands_NullArguments_NameTheParameter()
    {
        var org = RosterFixture.Create();

        ((Action)(() => BalancingRequest.FromDemands(null!, DemandSet.Empty))).Should().Throw<ArgumentNullException>().WithParameterName("roster");
        ((Action)(() => BalancingRequest.FromDemands(org, null!))).Should().Throw<ArgumentNullException>().WithParameterName("demands");
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
