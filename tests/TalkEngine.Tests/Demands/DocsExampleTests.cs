using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Tests.Demands;

/// <summary>The example of docs/demands.md, compiled, run and asserted here (the page shows the region verbatim).</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void DocsExample_ProducesTheDocumentedDemands()
    {
        #region docs: demands
        var org = Roster.Create(
            units: new[]
            {
                new Unit("D1", "财务部", UnitKind.HqDepartment, null, IntegrityRiskLevel.Medium),
                new Unit("E1", "第一工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.High, new[] { "procurement" }),
            },
            people: new[]
            {
                new Person("P1", "张某"), new Person("P2", "李某"),
                new Person("P3", "周某", new[] { new PersonStatus(PersonStatusKind.Seconded, new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)), "上级公司") }),
            },
            posts: new[]
            {
                new Post("D1", PostRole.AdministrativeHead, "P1"), new Post("D1", PostRole.PartySecretary, "P1"), // 一肩挑
                new Post("E1", PostRole.AdministrativeHead, "P2"), new Post("E1", PostRole.PartySecretary, "P3"),
            },
            leaders: new[] { new Leader("L1", "王某", new[] { LeaderRole.DisciplineSecretary }, new[] { "D1", "E1" }) });
        var request = new DemandRequest(org, new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)))
        {
            Survey = new SatisfactionSurvey("survey-2016", 2016, new[] { new UnitScore("E1", 78m) }),
        };

        var demands = new DemandGenerator(new DemandOptions(), WorkingCalendar.MainlandChina).Generate(request);
        // demands.Demands: annual-2017-P1, annual-2017-P2, preholiday-…-P2 (six holidays), risk-2017-…-P2 (four quarters),
        //                  survey-survey-2016-P2 (warning, RequiredLeaderId "L1")
        // demands.Exclusions: P3 (seconded) for the annual round, the survey, the pre-holiday and risk talks
        #endregion

        demands.Demands.Where(d => d.Source == DemandSource.Annual).Select(d => d.Id).Should().Equal("annual-2017-P1", "annual-2017-P2");
        demands.Demands.Count(d => d.Source == DemandSource.PreHoliday && d.SubjectId == "P2").Should().Be(6);
        demands.Demands.Count(d => d.Source == DemandSource.RiskFrequency && d.SubjectId == "P2").Should().Be(4);
        var survey = demands.Demands.Single(d => d.Source == DemandSource.SatisfactionSurvey);
        survey.Id.Should().Be("survey-survey-2016-P2");
        survey.Style.Should().Be(TalkStyle.Warning);
        survey.RequiredLeaderId.Should().Be("L1");
        demands.Demands.Should().HaveCount(2 + 6 + 4 + 1);
        demands.Exclusions.Should().OnlyContain(e => e.PersonId == "P3" && e.Status == PersonStatusKind.Seconded);
        demands.Exclusions.Select(e => e.Source).Should().Equal(DemandSource.Annual, DemandSource.SatisfactionSurvey, DemandSource.PreHoliday, DemandSource.RiskFrequency);
        demands.Exclusions[0].Reason.Code.Should().Be("demands.excluded-with-note");
        TextRenderer.For(OutputLanguage.SimplifiedChinese).Render(demands.Exclusions[0].Reason).Should().Be("周某借调（上级公司），2017-01-01至2017-12-31，按政策不列入年度约谈。");
        TextRenderer.For(OutputLanguage.English).Render(demands.Exclusions[0].Reason).Should().Be("周某 is seconded (上级公司) from 2017-01-01 to 2017-12-31, so the policy leaves him or her out of the annual round.");
    }

    [Fact]
    public void DocsPage_ShowsTheExample() => Docs.DocText.ShouldShow("docs/demands.md", "tests/TalkEngine.Tests/Demands/DocsExampleTests.cs", "demands");
}
