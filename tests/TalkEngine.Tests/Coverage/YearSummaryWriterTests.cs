using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Coverage;

public sealed class YearSummaryWriterTests
{
    private static readonly YearSummaryWriter Chinese = new(TextRenderer.SimplifiedChinese);
    private readonly CoverageCalculator _calculator = new();

    [Fact]
    public void Write_SomeNotCovered_NamesThemAndProjects()
    {
        var records = new[] { Record("R1", "P1", 10, 9), Record("R2", "P2", 10, 10, talkers: ["L2"]), Record("R3", "P3", 10, 11) };
        var report = _calculator.Compute(Create(), AnnualDemands(), records, Year2017);

        var summary = Chinese.Write(report);

        summary.Paragraphs[0].Should().Be(
            "2017年，公司党委组织约谈2人次。其中，本部部门、工程公司、子公司共有党政负责人5人，除1人借调外，年度应约谈4人，已约谈2人，尚有2人未约谈，约谈涵盖率50%。");
        summary.Paragraphs[1].Should().Be("谈话人为领导班子成员2人，人均约谈1人次；年度约谈由2人分担，人均约谈1人次。");
        summary.Paragraphs[2].Should().Be("另有1条约谈记录与名册不符，未计入；尚未约谈：赵四、钱五；已安排的2次约谈如期完成后，约谈涵盖率将达到100%。");
        summary.Text.Should().Be(string.Join("\n\n", summary.Paragraphs));
    }

    [Fact]
    public void Write_English_SameFigures()
    {
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9)], Year2017);

        var summary = new YearSummaryWriter(OutputLanguage.English).Write(report, reportsReceived: 3);

        summary.Language.Should().Be(OutputLanguage.English);
        summary.Paragraphs[0].Should().Be(
            "In 2017 the Party committee held supervisory talks totalling 1 person-time. The HQ departments, engineering companies and subsidiaries had 5 Party and administrative heads; apart from 1 seconded, 1 of the 4 required were talked to and 3 not yet, a coverage rate of 25%.");
        summary.Paragraphs[2].Should().Be("3 written reports were received before the talks and passed to the leaders holding the talks.");
    }

    [Fact]
    public void Write_NoOneRequired_SaysNotApplicable()
    {
        var report = _calculator.Compute(Create(), DemandSet.Empty, [], Year2017);

        var summary = Chinese.Write(report, new GoodPracticeDigest(Year2017, []));

        summary.Paragraphs[0].Should().Be("2017年，公司党委组织约谈0人次。本期没有应约谈的党政负责人，约谈涵盖率不适用。");
        summary.Paragraphs[1].Should().Be("本期没有有效的约谈记录。");
        summary.Paragraphs[2].Should().Be("约谈中未收集到“特色点”。");
    }

    [Fact]
    public void Write_PartOfAYear_LabelsThePeriod()
    {
        var half = new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 6, 30));
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 3, 9)], half);

        Chinese.Write(report).Paragraphs[0].Should().StartWith("2017-01-01..2017-06-30期间，公司党委组织约谈1人次。");
    }

    [Fact]
    public void Write_NegativeReports_Throws()
    {
        var report = _calculator.Compute(Create(), DemandSet.Empty, [], Year2017);
        var act = () => Chinese.Write(report, reportsReceived: -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reportsReceived");
    }

    [Fact]
    public void Constructor_LanguageAndRenderer_WriteTheSameText()
    {
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9)], Year2017);

        new YearSummaryWriter(OutputLanguage.English).Write(report).Should().Be(new YearSummaryWriter(TextRenderer.English).Write(report));
        new YearSummaryWriter(TextRenderer.English).Language.Should().Be(OutputLanguage.English);
        Chinese.Write(report).Language.Should().Be(OutputLanguage.SimplifiedChinese);
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        FluentActions.Invoking(() => new YearSummaryWriter((TextRenderer)null!)).Should().Throw<ArgumentNullException>().WithParameterName("renderer");
        FluentActions.Invoking(() => new YearSummaryWriter((OutputLanguage)9)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
