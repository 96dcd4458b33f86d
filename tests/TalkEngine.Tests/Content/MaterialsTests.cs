using NodaTime;
using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Content;

/// <summary>The report template and the materials of the account's year: 35 expected, 33 received, the two late.</summary>
public sealed class MaterialsTests
{
    private static readonly Lazy<ExampleRun> Run = new(() => ExampleRun.Execute(ExampleDatasetLoader.Load(ExampleDataset.DefaultPath), OutputLanguage.SimplifiedChinese));

    [Fact]
    public void TrackMaterials_Example2017_ThirtyThreeOfThirtyFiveAndTheTwoLate()
    {
        var materials = Run.Value.Materials!;

        materials.Expected.Should().Be(35);
        materials.TemplatesSent.Should().Be(35);
        materials.Received.Should().Be(33);
        materials.Forwarded.Should().Be(33);
        materials.Late.Select(l => l.SubjectId).Should().BeEquivalentTo("P14", "P30");
        materials.Lines.Select(l => (l.LeaderId, l.DemandId)).Should().BeInAscendingOrder(Comparer<(string, string)>.Create((a, b) =>
            string.CompareOrdinal(a.Item1, b.Item1) is var c and not 0 ? c : string.CompareOrdinal(a.Item2, b.Item2)));
        materials.Lines.Should().OnlyContain(l => Run.Value.Plan.FindTalk(l.DemandId)!.LeaderId == l.LeaderId);
        Run.Value.Summary.Render(TextRenderer.SimplifiedChinese).Should().Contain("33");
    }

    [Fact]
    public void TrackMaterials_DueFiveWorkingDaysBeforeTheTalk_OnTheCalendar()
    {
        // 2017-10-09 (Monday, after the National Day break, whose make-up Saturday 2017-09-30 is a working day).
        var planner = new TalkPlanner();
        var plan = Run.Value.Plan;
        var talk = plan.Talks.First(t => t.Source == DemandSource.Annual);

        var report = planner.TrackMaterials(plan, [new ReportMaterial(talk.SubjectId, Received: new LocalDate(2017, 9, 29), TalkDate: new LocalDate(2017, 10, 9))], new LocalDate(2017, 12, 31));

        var line = report.Lines.Single(l => l.SubjectId == talk.SubjectId);
        line.DueDate.Should().Be(new LocalDate(2017, 9, 26)); // 9-30 (make-up), 9-29, 9-28, 9-27, 9-26
        line.IsLate.Should().BeTrue();
        report.Late.Should().HaveCount(35);
    }

    [Fact]
    public void TrackMaterials_BadEntries_EveryProblemWithItsPath()
    {
        var planner = new TalkPlanner();

        var act = () => planner.TrackMaterials(Run.Value.Plan, [
            new ReportMaterial("P01", Received: new LocalDate(2017, 10, 2), Forwarded: new LocalDate(2017, 10, 1)),
            new ReportMaterial("P01"),
            new ReportMaterial("P404", TemplateSent: new LocalDate(2017, 9, 2), Received: new LocalDate(2017, 9, 1))]);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => $"{p.Code} {p.Path}").Should().Equal(
            "content.forwarded-before-received materials[0].forwarded",
            "content.duplicate-material materials[1].subjectId",
            "content.unknown-subject materials[2].subjectId",
            "content.received-before-sent materials[2].received");
    }

    [Fact]
    public void ReportTemplate_FourHeadingsWithUnitAndYear()
    {
        var template = Run.Value.Plan.ReportTemplate("annual-2017-P02");
        var unit = Run.Value.Dataset.Roster.FindUnit(template.UnitId)!.Name;

        template.Year.Should().Be(2017);
        template.Headings.Select(h => TextRenderer.SimplifiedChinese.Render(h)).Should().Equal(
            $"一、{unit}基本情况", "二、2017年党风廉政建设和反腐败工作", "三、落实“一岗双责”情况", "四、党风廉政建设方面存在的问题");
        template.RenderMarkdown(TextRenderer.SimplifiedChinese).Should().StartWith($"# 《{unit}党政负责人2017年党风廉政建设工作汇报》\n\n- 汇报人：");
        template.RenderText(TextRenderer.English).Should().Contain("\n3. Implementation of \"one post, dual responsibilities\"\n\n  How you and the team");
    }
}
