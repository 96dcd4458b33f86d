using TalkEngine.Content;
using TalkEngine.Coverage;
using TalkEngine.Planning;
using TalkEngine.Samples.ConsoleApp.Content;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Scheduling;

namespace TalkEngine.Samples.ConsoleApp.Planning;

/// <summary>
/// The <c>plan --format json</c> document: the package's own result types in their JSON contract (<see cref="TalkEngineJson"/>:
/// the <see cref="YearPlan"/> with its demands, assignment and talks; every <see cref="TalkOutline"/>; the
/// <see cref="TalkSchedule"/>; the <see cref="CoverageReport"/>; the <see cref="YearSummary"/>), reasons as codes with
/// arguments; beside them what the package has no JSON shape for (the written reports' status, as in <c>demo</c>) and
/// the summary's paragraphs rendered in the chosen language.
/// </summary>
internal static class PlanJson
{
    public static PlanDocument Build(ExampleRun run, IReadOnlyList<TalkOutline> outlines, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outlines);
        return new PlanDocument(
            run.Dataset.Name,
            run.Plan,
            outlines,
            run.Schedule,
            run.Materials is { } materials ? ContentDemoSection.MaterialsJson(materials) : null,
            run.Coverage,
            run.Summary,
            run.Summary.RenderParagraphs(TextRenderer.For(language)));
    }
}

/// <summary>The whole <c>plan --format json</c> document.</summary>
internal sealed record PlanDocument(
    string Dataset,
    YearPlan Plan,
    IReadOnlyList<TalkOutline> Outlines,
    TalkSchedule Schedule,
    DemoMaterials? Materials,
    CoverageReport Coverage,
    YearSummary Summary,
    IReadOnlyList<string> SummaryText);
