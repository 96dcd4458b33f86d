using TalkEngine.Demands;
using TalkEngine.Organization;
using static TalkEngine.Tests.Demands.DemandFixture;

namespace TalkEngine.Tests.Demands;

public sealed class DemandSourceTests
{
    private static LocalDate D(int month, int day) => new(2017, month, day);

    [Fact]
    public void Annual_DefaultPolicy_OneDemandPerHeadSecondedExcluded()
    {
        var set = Generate(DemandSource.Annual);

        set.Demands.Select(d => d.Id).Should().Equal("annual-2017-P01", "annual-2017-P02", "annual-2017-P03", "annual-2017-P04", "annual-2017-P07", "annual-2017-P08");
        set.Demands.Should().OnlyContain(d => d.Window == Year2017 && d.Source == DemandSource.Annual && d.RequiredLeaderId == null && d.Mode == TalkMode.InPerson);
        var exclusion = set.Exclusions.Single();
        exclusion.PersonId.Should().Be("P05");
        exclusion.UnitId.Should().Be("E1");
        exclusion.Status.Should().Be(PersonStatusKind.Seconded);
        exclusion.StatusPeriod!.Should().Equal(Year2017);
        exclusion.Reason.Code.Should().Be("demands.excluded-with-note");
        exclusion.Reason["status"].Should().Be("seconded");
        exclusion.Reason["period"].Should().Be("2017-01-01/2017-12-31");
        Zh(exclusion.Reason).Should().Contain("借调").And.Contain("parent company").And.Contain("年度约谈");
    }

    [Fact]
    public void Annual_BothHeadPostsHeld_OneDemandWithBothPostsAsEvidence()
    {
        var demand = Generate(DemandSource.Annual).Demands.Single(d => d.SubjectId == "P03");

        demand.UnitId.Should().Be("D2");
        demand.Evidence.Select(e => Zh(e.Description)).Should().Equal("「财务部」行政一把手", "「财务部」党组织书记");
        demand.Evidence[0].Description.Should().Be(Reason.Of("demands.post", "unit", "财务部", "role", "administrative-head"));
        demand.StyleReason.Code.Should().Be("demands.annual-both-posts");
        Zh(demand.StyleReason).Should().Contain("一肩挑");
    }

    [Fact]
    public void Annual_NewlyAppointed_CommunicationStyle()
    {
        var set = Generate(DemandSource.Annual);

        set.Demands.Single(d => d.SubjectId == "P08").Style.Should().Be(TalkStyle.Communication);
        set.Demands.Where(d => d.SubjectId != "P08").Should().OnlyContain(d => d.Style == TalkStyle.Reminder);
    }

    [Fact]
    public void Annual_ReferenceDate_ReadsPostsAndStatusesThatDay()
    {
        // On 2017-02-01 P08 is not yet newly appointed (status starts in March).
        var request = FullRequest() with { ReferenceDate = D(2, 1) };

        var set = Generate(DemandSource.Annual, request: request);

        set.Demands.Single(d => d.SubjectId == "P08").Style.Should().Be(TalkStyle.Reminder);
        set.Exclusions.Select(e => e.PersonId).Should().Equal("P05");
    }

    [Fact]
    public void Annual_PlanPeriodBasis_SecondedPartOfYearStillRequired()
    {
        var org = WithPerson(new Person("P05", "Zhou", new[] { new PersonStatus(PersonStatusKind.Seconded, new DateInterval(D(1, 1), D(6, 30))) }));

        var byPeriod = Generate(DemandSource.Annual, o => o.Annual.Basis = AnnualBasis.PlanPeriod, new DemandRequest(org, Year2017));
        var onJanuary = Generate(DemandSource.Annual, null, new DemandRequest(org, Year2017) { ReferenceDate = D(1, 31) });

        byPeriod.Demands.Select(d => d.SubjectId).Should().Contain("P05");
        byPeriod.Exclusions.Should().BeEmpty();
        onJanuary.Exclusions.Select(e => e.PersonId).Should().Equal("P05");
    }

    [Fact]
    public void Annual_UnitKindsInScope_SecondLevelUnitsOnlyWhenAdded()
    {
        var set = Generate(DemandSource.Annual, o => o.Annual.UnitKinds = new List<string> { UnitKind.SecondLevelUnit.Code });

        set.Demands.Select(d => d.SubjectId).Should().Equal("P09", "P10");
    }

    [Fact]
    public void Inspection_BelowThreshold_TeamLeaderOnSiteStyleFromScore()
    {
        var set = Generate(DemandSource.Inspection);

        set.Demands.Select(d => d.Id).Should().Equal("inspection-R2017-1-P09", "inspection-R2017-1-P10");
        set.Demands.Should().OnlyContain(d => d.RequiredLeaderId == "L4" && d.Window == new DateInterval(D(5, 8), D(5, 19)));
        var low = set.Demands[0];
        low.Style.Should().Be(TalkStyle.Admonition);
        low.Mode.Should().Be(TalkMode.InPerson);
        Zh(low.ModeReason).Should().Contain("当面");
        low.Evidence[0].Should().Be(new DemandEvidence("democratic-evaluation-score", Reason.Of("demands.democratic-evaluation-score", "round", "R2017-1", "score", "68"), 68m, "R2017-1"));
        Zh(low.Evidence[0].Description).Should().Be("巡察 R2017-1 民主测评得分 68");
        set.Demands[1].Style.Should().Be(TalkStyle.Reminder);
    }

    [Theory]
    [InlineData(ScoreSelection.All, 85, 3, new[] { "P09", "P10" })]
    [InlineData(ScoreSelection.BelowThreshold, 80, 3, new[] { "P09" })]
    [InlineData(ScoreSelection.BelowThreshold, 60, 3, new string[0])]
    [InlineData(ScoreSelection.LowestN, 0, 1, new[] { "P09" })]
    [InlineData(ScoreSelection.LowestN, 0, 5, new[] { "P09", "P10" })]
    public void Inspection_Selection_ChoosesExpectedHeads(ScoreSelection selection, int threshold, int lowest, string[] expected)
    {
        var set = Generate(DemandSource.Inspection, o =>
        {
            o.Inspection.Selection = selection;
            o.Inspection.Threshold = threshold;
            o.Inspection.LowestCount = lowest;
        });

        set.Demands.Select(d => d.SubjectId).Should().Equal(expected);
    }

    [Fact]
    public void Inspection_WarningBand_BetweenAdmonitionAndWarningThresholds()
    {
        var set = Generate(DemandSource.Inspection, o => o.Inspection.WarningBelow = 83m);

        set.Demands.Single(d => d.SubjectId == "P10").Style.Should().Be(TalkStyle.Warning);
    }

    [Fact]
    public void Survey_LowUnits_DisciplineSecretaryTalksToTheirHeads()
    {
        var set = Generate(DemandSource.SatisfactionSurvey);

        set.Demands.Select(d => d.Id).Should().Equal("survey-survey-2016-P01", "survey-survey-2016-P02", "survey-survey-2016-P04");
        set.Demands.Should().OnlyContain(d => d.RequiredLeaderId == "L3" && d.RequiredLeaderRole == LeaderRole.DisciplineSecretary && d.Style == TalkStyle.Warning);
        set.Demands[0].Evidence[0].Score.Should().Be(75m);
        set.Exclusions.Single().Should().Match<DemandExclusion>(e => e.PersonId == "P05" && e.Source == DemandSource.SatisfactionSurvey);
    }

    [Fact]
    public void Survey_LowestNAndAdmonitionBand()
    {
        var set = Generate(DemandSource.SatisfactionSurvey, o =>
        {
            o.Survey.Selection = ScoreSelection.LowestN;
            o.Survey.LowestCount = 1;
            o.Survey.AdmonitionBelow = 80m;
        });

        set.Demands.Select(d => d.SubjectId).Should().Equal("P01", "P02");
        set.Demands.Should().OnlyContain(d => d.Style == TalkStyle.Admonition);
    }

    [Fact]
    public void Survey_TwoDisciplineSecretaries_RoleOnlyNoLeaderId()
    {
        var org = CreateOrganization(new Leader("L5", "Second discipline secretary", new[] { LeaderRole.DisciplineSecretary }, Array.Empty<string>()));

        var set = Generate(DemandSource.SatisfactionSurvey, request: FullRequest(org));

        set.Demands.Should().OnlyContain(d => d.RequiredLeaderId == null && d.RequiredLeaderRole == LeaderRole.DisciplineSecretary);
    }

    [Fact]
    public void PreHoliday_HighRiskHeadsAndSensitivePosts_WithinFiveWorkingDays()
    {
        var set = Generate(DemandSource.PreHoliday);

        // The mainland-China calendar of 2017: New Year 2017 (from 2016-12-31) reminds in 2016 and is left out;
        // New Year 2018 (from 2017-12-30) reminds in December 2017 and is in.
        set.Demands.Where(d => d.SubjectId == "P04").Select(d => d.Id).Should().Equal(
            "preholiday-2017-01-27-spring-festival-P04",
            "preholiday-2017-04-02-qingming-festival-P04",
            "preholiday-2017-04-29-labour-day-P04",
            "preholiday-2017-05-28-dragon-boat-festival-P04",
            "preholiday-2017-10-01-national-day-mid-autumn-festival-P04",
            "preholiday-2017-12-30-new-years-day-P04");
        set.Demands.Select(d => d.SubjectId).Distinct().Should().Equal("P04", "P06", "P10");
        set.Demands.Should().HaveCount(18).And.OnlyContain(d => d.Style == TalkStyle.Reminder);

        // 调休: Sunday 2017-01-22 and Saturday 2017-09-30 are make-up working days, so they count.
        set.Demands.Single(d => d.Id == "preholiday-2017-01-27-spring-festival-P10").Window.Should().Equal(new DateInterval(D(1, 22), D(1, 26)));
        set.Demands.Single(d => d.Id == "preholiday-2017-10-01-national-day-mid-autumn-festival-P06").Window.Should().Equal(new DateInterval(D(9, 26), D(9, 30)));
        set.Demands.Single(d => d.Id == "preholiday-2017-10-01-national-day-mid-autumn-festival-P06").Evidence.Select(e => e.Kind).Should().Equal("holiday", "sensitive-post");
        set.Exclusions.Should().ContainSingle().Which.Should().Match<DemandExclusion>(e => e.PersonId == "P05" && e.Source == DemandSource.PreHoliday); // one status, one exclusion for all six holidays
    }

    [Fact]
    public void PreHoliday_NoCalendarAnywhere_UsesTheMainlandChinaCalendar()
    {
        // new DemandGenerator(options) without a calendar, and a request without one: an enabled source still reminds.
        var withCalendar = Generate(DemandSource.PreHoliday);
        var without = Generate(DemandSource.PreHoliday, request: FullRequest() with { Calendar = null });

        without.Demands.Should().HaveCount(18);
        without.Demands.Select(d => d.Id).Should().Equal(withCalendar.Demands.Select(d => d.Id));
    }

    [Fact]
    public void PreHoliday_HolidayKeyTheCalendarDoesNotHave_IsAProblemNotSilence()
    {
        var act = () => Generate(DemandSource.PreHoliday, o => o.PreHoliday.HolidayKeys = new List<string> { "spring-festivl", "春节" });

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("demands.unknown-holiday");
        problem.Path.Should().Be("TalkEngine:Demands:PreHoliday:HolidayKeys:0");
        problem.Message.Should().Contain("spring-festivl").And.Contain("spring-festival");
    }

    [Fact]
    public void PreHoliday_HolidayKeyDisabledSource_NotChecked()
    {
        var act = () => Generate(DemandSource.Annual, o => o.PreHoliday.HolidayKeys = new List<string> { "spring-festivl" });

        act.Should().NotThrow();
    }

    [Fact]
    public void Annual_CustomUnitKindNoUnitHas_IsAProblemNotAnEmptyScope()
    {
        var act = () => Generate(DemandSource.Annual, o => o.Annual.UnitKinds = new List<string> { UnitKind.HqDepartment.Code, "hq-departmnet" });

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("demands.unknown-unit-kind");
        problem.Path.Should().Be("TalkEngine:Demands:Annual:UnitKinds:1");
    }

    [Fact]
    public void Mode_VideoUnitKindNoUnitHas_IsAProblem()
    {
        var act = () => Generate(DemandSource.Inspection, o => o.Mode.VideoUnitKinds = new List<string> { "remote-site" });

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle(p => p.Path == "TalkEngine:Demands:Mode:VideoUnitKinds:0");
    }

    [Fact]
    public void PreHoliday_HolidayKeysAndNoSensitivePosts_Filtered()
    {
        var set = Generate(DemandSource.PreHoliday, o =>
        {
            o.PreHoliday.HolidayKeys = new List<string> { "national-day-mid-autumn-festival", "春节" };
            o.PreHoliday.IncludeSensitivePosts = false;
            o.PreHoliday.WorkingDaysBefore = 2;
        });

        set.Demands.Select(d => d.Id).Should().Equal(
            "preholiday-2017-01-27-spring-festival-P04", "preholiday-2017-01-27-spring-festival-P10",
            "preholiday-2017-10-01-national-day-mid-autumn-festival-P04", "preholiday-2017-10-01-national-day-mid-autumn-festival-P10");
        set.Demands[0].Window.Should().Equal(new DateInterval(D(1, 25), D(1, 26)));
        set.Demands[2].Window.Should().Equal(new DateInterval(D(9, 29), D(9, 30)));
    }

    [Fact]
    public void Petition_ProblemsFound_AdmonitionByDisciplineSecretaryWithinWindow()
    {
        var demand = Generate(DemandSource.Petition).Demands.Single();

        demand.Id.Should().Be("petition-XF-2017-001-P07");
        demand.UnitId.Should().Be("S1");
        demand.Window.Should().Equal(new DateInterval(D(6, 1), D(6, 30)));
        demand.Style.Should().Be(TalkStyle.Admonition);
        demand.RequiredLeaderId.Should().Be("L3");
        demand.Evidence.Single().Should().Be(new DemandEvidence("petition-case", Reason.Of("demands.petition-case", "summary", "违规报销差旅费"), null, "XF-2017-001"));
        En(demand.Evidence.Single().Description).Should().Be("违规报销差旅费", "the host's text is data, passed as it is");
    }

    [Theory]
    [InlineData(PetitionFinding.Unsubstantiated, TalkStyle.Warning)]
    [InlineData(PetitionFinding.MinorProblems, TalkStyle.Warning)]
    [InlineData(PetitionFinding.ProblemsFound, TalkStyle.Admonition)]
    public void Petition_Finding_DecidesStyle(PetitionFinding finding, TalkStyle expected)
    {
        var request = FullRequest() with { Petitions = new[] { new PetitionCase("C1", "P09", D(3, 1), finding, "summary") } };

        var demand = Generate(DemandSource.Petition, o => o.Petition.RequiredRole = null, request).Demands.Single();

        demand.Style.Should().Be(expected);
        demand.UnitId.Should().Be("S1A");
        demand.RequiredLeaderId.Should().BeNull();
        demand.RequiredLeaderRole.Should().BeNull();
    }

    [Fact]
    public void Governance_UnitWithSubUnitsAndSensitivePost_EveryoneInScope()
    {
        var set = Generate(DemandSource.SpecialGovernance);

        set.Demands.Select(d => d.SubjectId).Should().Equal("P06", "P07", "P08", "P09", "P10");
        set.Demands.Should().OnlyContain(d => d.Style == TalkStyle.Warning && d.Window == new DateInterval(D(9, 1), D(9, 30)) && d.Evidence[0].Reference == "G1");
    }

    [Fact]
    public void PreAppointment_WindowEndsTheDayBeforeEffectiveDate()
    {
        var demand = Generate(DemandSource.PreAppointment).Demands.Single();

        demand.Id.Should().Be("appointment-2017-11-01-S1A-admin-head-P06");
        demand.Window.Should().Equal(new DateInterval(D(10, 18), D(10, 31)));
        demand.RequiredLeaderRole.Should().Be(LeaderRole.DisciplineSecretary);
        Zh(demand.Evidence.Single().Description).Should().Be("拟任「检修一分公司」行政一把手，2017-11-01 起生效");
    }

    [Fact]
    public void RiskFrequency_Quarterly_OneDemandPerHeadPerSlice()
    {
        var set = Generate(DemandSource.RiskFrequency);

        set.Demands.Should().HaveCount(8);
        set.Demands.Select(d => d.Id).Should().StartWith(new[] { "risk-2017-01-01-P04", "risk-2017-01-01-P10", "risk-2017-04-01-P04" });
        set.Demands.Where(d => d.SubjectId == "P10").Select(d => d.Window).Should().Equal(
            new DateInterval(D(1, 1), D(3, 31)), new DateInterval(D(4, 1), D(6, 30)), new DateInterval(D(7, 1), D(9, 30)), new DateInterval(D(10, 1), D(12, 31)));
        set.Exclusions.Should().ContainSingle().Which.PersonId.Should().Be("P05");
    }

    [Fact]
    public void RiskFrequency_Slices_LastOneShorter()
    {
        RiskFrequencySource.Slices(Year2017, 5).Should().Equal(
            new DateInterval(D(1, 1), D(5, 31)), new DateInterval(D(6, 1), D(10, 31)), new DateInterval(D(11, 1), D(12, 31)));
    }

    [Fact]
    public void Mode_VideoUnitKinds_ExceptForInPersonStyles()
    {
        var set = Generate(DemandSource.Inspection, o => o.Mode.VideoUnitKinds = new List<string> { UnitKind.SecondLevelUnit.Code });

        set.Demands.Single(d => d.SubjectId == "P09").Mode.Should().Be(TalkMode.InPerson); // admonition
        var reminder = set.Demands.Single(d => d.SubjectId == "P10");
        reminder.Mode.Should().Be(TalkMode.Video);
        reminder.ModeReason.Should().Be(Reason.Of("demands.mode-video-unit-kind", "kind", "second-level-unit"));
        Zh(reminder.ModeReason).Should().Contain("视频");
    }

    [Fact]
    public void English_ReasonsRenderInEnglish()
    {
        var set = Generate(DemandSource.Annual);

        En(set.Exclusions.Single().Reason).Should().Contain("seconded").And.Contain("annual round");
        En(set.Demands[0].Evidence[0].Description).Should().Be("administrative head of '办公室'");
    }

    private static string Zh(Reason reason) => TextRenderer.SimplifiedChinese.Render(reason);

    private static string En(Reason reason) => TextRenderer.English.Render(reason);

    private static Roster WithPerson(Person replacement)
    {
        var org = CreateOrganization();
        return TalkEngine.Organization.Roster.Create(org.Units, org.People.Select(p => p.Id == replacement.Id ? replacement : p), org.Posts, org.Leaders);
    }
}
