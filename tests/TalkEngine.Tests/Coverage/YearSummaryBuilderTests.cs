using System.Text.Json;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Coverage;

public sealed class YearSummaryBuilderTests
{
    private static readonly TextRenderer Chinese = TextRenderer.SimplifiedChinese;
    private readonly CoverageCalculator _calculator = new();

    [Fact]
    public void Build_SomeNotCovered_NamesThemAndProjects()
    {
        var records = new[] { Record("R1", "P1", 10, 9), Record("R2", "P2", 10, 10, talkers: ["L2"]), Record("R3", "P3", 10, 11) };
        var report = _calculator.Compute(Create(), AnnualDemands(), records, Year2017);

        var summary = YearSummaryBuilder.Build(report);
        var paragraphs = summary.RenderParagraphs(Chinese);

        paragraphs[0].Should().Be(
            "2017年，公司党委组织约谈2人次。其中，本部部门、工程公司、子公司共有党政负责人5人，除1人借调外，年度应约谈4人，已约谈2人，尚有2人未约谈，约谈涵盖率50%。");
        paragraphs[1].Should().Be("谈话人为领导班子成员2人，人均约谈1人次；年度约谈由2人分担，人均约谈1人次。");
        paragraphs[2].Should().Be("另有1条约谈记录与名册不符，未计入；尚未约谈：赵四、钱五；2017-01-01起尚可进行的2次约谈如期完成后，约谈涵盖率将达到100%。");
        summary.Render(Chinese).Should().Be(string.Join("\n\n", paragraphs));
    }

    [Fact]
    public void Build_SomeNotCovered_IsCodesWithTheirFigures()
    {
        var records = new[] { Record("R1", "P1", 10, 9), Record("R2", "P2", 10, 10, talkers: ["L2"]), Record("R3", "P3", 10, 11) };
        var report = _calculator.Compute(Create(), AnnualDemands(), records, Year2017);

        var summary = YearSummaryBuilder.Build(report);

        (summary.Period == Year2017).Should().BeTrue();
        summary.Paragraphs[0].Should().Equal(
            Reason.Of("coverage.summary.talks-in-year", "year", "2017", "personTimes", "2"),
            Reason.Of("coverage.summary.heads-by-kind", "kinds", "hq-department,engineering-company,subsidiary", "heads", "5"),
            Reason.Of("coverage.summary.excluded", "excluded", "seconded:1"),
            Reason.Of("coverage.summary.some-covered", ("required", "4"), ("covered", "2"), ("notCovered", "2"), ("rate", "coverage.rate"), ("percent", "50")));
        summary.Paragraphs[2].Select(r => r.Code).Should().Equal("coverage.summary.rejected", "coverage.summary.not-covered", "coverage.summary.projection");
        summary.Paragraphs[2][1]["names"].Should().Be("赵四,钱五");
    }

    [Fact]
    public void Render_English_SameFigures()
    {
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9)], Year2017);

        var paragraphs = YearSummaryBuilder.Build(report, reportsReceived: 3).RenderParagraphs(TextRenderer.English);

        paragraphs[0].Should().Be(
            "In 2017 the Party committee held supervisory talks totalling 1 person-time. The HQ departments, engineering companies and subsidiaries had 5 Party and administrative heads; apart from 1 seconded, 1 of the 4 required were talked to and 3 not yet, a coverage rate of 25%.");
        paragraphs[2].Should().Be("3 written reports were received before the talks and passed to the leaders holding the talks.");
        paragraphs[3].Should().Be("Not yet talked to: 李二, 赵四, 钱五; once the 3 talks still possible from 2017-01-01 take place, coverage will reach 100%.");
    }

    [Fact]
    public void Build_NoOneRequired_SaysNotApplicable()
    {
        var report = _calculator.Compute(Create(), DemandSet.Empty, [], Year2017);

        var paragraphs = YearSummaryBuilder.Build(report, new GoodPracticeDigest(Year2017, [])).RenderParagraphs(Chinese);

        paragraphs[0].Should().Be("2017年，公司党委组织约谈0人次。本期没有应约谈的党政负责人，约谈涵盖率不适用。");
        paragraphs[1].Should().Be("本期没有有效的约谈记录。");
        paragraphs[2].Should().Be("约谈中未收集到“特色点”。");
    }

    [Fact]
    public void Render_ClauseFirstInItsParagraph_LosesItsJointAndStartsWithACapital()
    {
        var report = _calculator.Compute(Create(), DemandSet.Empty, [], Year2017);
        var summary = YearSummaryBuilder.Build(report, new GoodPracticeDigest(Year2017, []), reportsReceived: 2);

        summary.RenderParagraphs(TextRenderer.English)[2].Should().Be(
            "2 written reports were received before the talks and passed to the leaders holding the talks; no good practice was collected in the talks.");
        YearSummaryBuilder.Build(report, new GoodPracticeDigest(Year2017, [])).RenderParagraphs(TextRenderer.English)[2]
            .Should().Be("No good practice was collected in the talks.");
    }

    [Fact]
    public void Build_PartOfAYear_LabelsThePeriod()
    {
        var half = new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 6, 30));
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 3, 9)], half);

        var summary = YearSummaryBuilder.Build(report);

        summary.Paragraphs[0][0].Should().Be(Reason.Of("coverage.summary.talks-in-period", "start", "2017-01-01", "end", "2017-06-30", "personTimes", "1"));
        summary.RenderParagraphs(Chinese)[0].Should().StartWith("2017-01-01..2017-06-30期间，公司党委组织约谈1人次。");
    }

    [Fact]
    public void Build_OtherSources_SayWhoHeldThem()
    {
        var records = new[]
        {
            Record("R1", "P1", 10, 9), Record("R2", "P2", 5, 10, DemandSource.SatisfactionSurvey, talkers: ["L2"]),
            Record("R3", "P1", 2, 1, DemandSource.Inspection, talkers: ["L1", "L2"]), Record("R4", "P5", 2, 3, DemandSource.PreHoliday),
        };
        var report = _calculator.Compute(Create(), AnnualDemands(), records, Year2017);

        var summary = YearSummaryBuilder.Build(report);

        summary.Paragraphs[0].Skip(4).Should().Equal(
            Reason.Of("coverage.summary.source.inspection", ("year", "2017"), ("by", "coverage.summary.by-leaders"), ("leaders", "2"), ("personTimes", "1")),
            Reason.Of("coverage.summary.source.satisfaction-survey", ("surveyYear", "2016"), ("by", "coverage.summary.by-role"), ("role", "discipline-secretary"), ("personTimes", "1")),
            Reason.Of("coverage.summary.source.pre-holiday", "personTimes", "1"));
        summary.RenderParagraphs(Chinese)[0].Should().EndWith(
            "；利用2017年度党委巡察工作，由领导班子成员约谈被巡察单位党政负责人1人次；由纪委书记对2016年度党风廉政巡察满意度测评中得分较低的单位相关负责人约谈1人次；节前提醒约谈1人次。");
        summary.RenderParagraphs(TextRenderer.English)[0].Should().EndWith(
            " During the Party committee's 2017 inspections, talks were held on the spot with the heads of the inspected units by 2 members of the leadership team: 1 person-time."
            + " Talks were held with the heads of units that scored low in the 2016 integrity-inspection satisfaction survey by the discipline secretary: 1 person-time."
            + " Pre-holiday reminder talks: 1 person-time.");
    }

    [Fact]
    public void Build_GoodPractices_ListsThemesWithTheirCounts_EvenWithACommaInATheme()
    {
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9)], Year2017);
        var entry = new GoodPracticeEntry("做法", "R1", new LocalDate(2017, 10, 9), "P1", "张一", ["L1"], DemandSource.Annual);
        var digest = new GoodPracticeDigest(Year2017, [
            new GoodPracticeTheme("Rules, and roles", [new GoodPracticeUnitGroup("HQ1", "办公室", [entry])]),
            new GoodPracticeTheme("廉洁文化", [new GoodPracticeUnitGroup("HQ1", "办公室", [entry, entry])]),
        ]);

        var summary = YearSummaryBuilder.Build(report, digest);

        summary.Paragraphs[2].Should().Equal(Reason.Of("coverage.summary.practices", ("practices", "3"), ("themes", "2"), ("byTheme", @"Rules\, and roles:1,廉洁文化:2")));
        summary.RenderParagraphs(Chinese)[2].Should().Be("约谈中收集“特色点”3条，按2个主题整理汇编：Rules, and roles（1条）、廉洁文化（2条）。");
        summary.RenderParagraphs(TextRenderer.English)[2].Should().Be("3 good practices were collected in the talks and compiled under 2 themes: Rules, and roles (1), 廉洁文化 (2).");
    }

    [Fact]
    public void Build_SameReportTwice_EqualSummaries_AndEveryCodeHasATemplate()
    {
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9)], Year2017);

        var a = YearSummaryBuilder.Build(report, reportsReceived: 1);
        var b = YearSummaryBuilder.Build(report, reportsReceived: 1);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(YearSummaryBuilder.Build(report, reportsReceived: 2));
        a.Paragraphs.SelectMany(p => p).Should().OnlyContain(r => TextRenderer.Knows(r.Code));
        a.ToString().Should().StartWith("coverage.summary.talks-in-year(year=2017, personTimes=1) coverage.summary.heads-by-kind(");
    }

    [Fact]
    public void Json_IsPeriodAndParagraphsOfCodes()
    {
        var report = _calculator.Compute(Create(), DemandSet.Empty, [], Year2017);

        var json = JsonSerializer.Serialize(YearSummaryBuilder.Build(report), TalkEngineJson.TypeInfo<YearSummary>());

        json.Should().Be(
            """{"period":"2017-01-01/2017-12-31","paragraphs":[[{"code":"coverage.summary.talks-in-year","args":{"year":"2017","personTimes":"0"}},{"code":"coverage.summary.no-heads","args":{}}],[{"code":"coverage.summary.no-talks","args":{}}]]}""");
    }

    [Fact]
    public void Build_NegativeReports_Throws()
    {
        var report = _calculator.Compute(Create(), DemandSet.Empty, [], Year2017);
        var act = () => YearSummaryBuilder.Build(report, reportsReceived: -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reportsReceived");
    }

    [Fact]
    public void BadInput_Throws()
    {
        FluentActions.Invoking(() => YearSummaryBuilder.Build(null!)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        var summary = YearSummaryBuilder.Build(_calculator.Compute(Create(), DemandSet.Empty, [], Year2017));
        FluentActions.Invoking(() => summary.Render(null!)).Should().Throw<ArgumentNullException>().WithParameterName("renderer");
    }
}
