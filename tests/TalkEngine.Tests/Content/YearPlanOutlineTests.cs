using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Planning;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Content;

/// <summary>The plan of the account's year gives an outline for every assigned talk.</summary>
public sealed class YearPlanOutlineTests
{
    private static readonly Lazy<ExampleRun> Run = new(() => ExampleRun.Execute(ExampleDatasetLoader.Load(ExampleDataset.DefaultPath), OutputLanguage.SimplifiedChinese));

    [Fact]
    public void Outlines_Example2017_OnePerTalkInTalkOrder()
    {
        var plan = Run.Value.Plan;

        var outlines = plan.Outlines(Run.Value.Dataset.Records);

        outlines.Select(o => o.DemandId).Should().Equal(plan.Talks.Select(t => t.DemandId));
        outlines.Should().OnlyContain(o => o.Sections.Count == 4 && o.Sections[0].Items.Count > 0 && o.CatalogueVersion == "2017.1");
        plan.Catalogue.Should().BeSameAs(ContentCatalogue.Default);
    }

    [Fact]
    public void Outline_HowSection_GuidanceThenTheTalksOwnFourLines_AsAList()
    {
        var how = Run.Value.Plan.Outline("annual-2017-P01").Sections[1];

        how.Question.Should().Be(OutlineQuestion.How);
        how.Items.Select(i => i.Id).TakeLast(4).Should().Equal("arrangement.style", "arrangement.mode", "arrangement.attendees", "arrangement.window");
        how.Items.Take(how.Items.Count - 4).Should().OnlyContain(i => i.Kind == ContentItemKind.StyleGuidance).And.NotBeEmpty();
        how.Items.Should().Equal(Enumerable.Range(0, how.Items.Count).Select(i => how.Items[i]));
        var outside = () => how.Items[how.Items.Count];
        outside.Should().Throw<ArgumentOutOfRangeException>();
        var negative = () => how.Items[-1];
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Outline_Example2017_BothHeadPostsAndInspectionAndSurvey()
    {
        var plan = Run.Value.Plan;

        var both = plan.Outline("annual-2017-P01");
        var inspection = plan.Outline(plan.Talks.First(t => t.Source == DemandSource.Inspection).DemandId);
        var survey = plan.Outline(plan.Talks.First(t => t.Source == DemandSource.SatisfactionSurvey).DemandId);

        both.Roles.Should().Contain(SubjectRole.Both);
        both.Sections[0].Items.Select(i => i.Id).Should().Contain(["role.both.concentrated-power", "topical.2017.two-studies"]);
        inspection.Sections[0].Items.Select(i => i.Id).Should().Contain("source.inspection.findings");
        inspection.Sections[2].Items.Should().Contain(i => i.Kind == ContentItemKind.Evidence && i.Fact!.Code == "demands.democratic-evaluation-score");
        survey.Sections[2].Items.Should().Contain(i => i.Kind == ContentItemKind.Evidence && i.Fact!.Code == "demands.satisfaction-score");
        survey.Commitments.Select(i => i.Id).Should().Contain("commitment.rectification");
    }

    [Theory]
    [InlineData("annual-2017-P99", "content.unknown-demand")]
    [InlineData("nonsense", "content.unknown-demand")]
    public void Outline_UnknownDemand_ValidationProblemAtDemand(string demandId, string code)
    {
        var act = () => Run.Value.Plan.Outline(demandId);

        var exception = act.Should().Throw<TalkEngineValidationException>().Which;
        exception.ErrorCode.Should().Be(YearPlan.OutlineErrorCode);
        exception.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Code == code && p.Path == "demand");
    }
}
