using System.Text;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Tests.Golden;

namespace TalkEngine.Tests.Content;

/// <summary>
/// A sample of the account year's outlines, written in both languages and both forms, against a golden file made
/// before the rendering and selection were optimised: a faster path must give the same bytes.
/// </summary>
public sealed class OutlineGoldenTests
{
    [Fact]
    public void Outlines_Example2017Sample_MatchGoldenFile()
    {
        var run = ExampleRun.Execute(ExampleDatasetLoader.Load(ExampleDataset.DefaultPath), OutputLanguage.SimplifiedChinese);
        var outlines = run.Plan.Outlines(run.Dataset.Records);
        var output = new StringBuilder();
        for (var i = 0; i < outlines.Count; i += 7)
        {
            output.Append(outlines[i].RenderMarkdown(TextRenderer.SimplifiedChinese));
            output.Append(outlines[i].RenderText(TextRenderer.English));
        }

        // Every outline with earlier problems or commitments to follow up, where the records change the output.
        foreach (var outline in outlines.Where(o => o.FollowUp.Count > 0 || o.Sections[2].Items.Any(x => x.Kind == TalkEngine.Content.ContentItemKind.PreviousProblem)))
        {
            output.Append(outline.RenderMarkdown(TextRenderer.English));
            output.Append(outline.RenderText(TextRenderer.SimplifiedChinese));
        }

        GoldenFile.Check("outlines-2017-sample.md", output.ToString());
    }
}
