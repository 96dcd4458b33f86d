using System.Globalization;
using Spectre.Console;
using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Samples.ConsoleApp.Example;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp.Content;

/// <summary>
/// The content part of <c>demo</c>: the outlines of four talks of the plan (an administrative head, a holder of both
/// head posts (一肩挑), an inspection talk and a survey talk) as plain text, then the materials: templates sent,
/// reports received and forwarded, and who is late.
/// </summary>
internal sealed class ContentDemoSection
{
    public void Render(IAnsiConsole console, ExampleRun run, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        var text = TextRenderer.For(language);
        var plan = run.Plan;
        var outlines = plan.Outlines(run.Dataset.Records);
        var chosen = new[]
        {
            outlines.FirstOrDefault(o => o.Sources.Contains(DemandSource.Annual) && o.Roles.SequenceEqual([SubjectRole.AdministrativeHead])),
            outlines.FirstOrDefault(o => o.Sources.Contains(DemandSource.Annual) && o.Roles.Contains(SubjectRole.Both)),
            outlines.FirstOrDefault(o => o.Sources.Contains(DemandSource.Inspection)),
            outlines.FirstOrDefault(o => o.Sources.Contains(DemandSource.SatisfactionSurvey)),
        };
        foreach (var outline in chosen.Where(o => o is not null).DistinctBy(o => o!.DemandId))
        {
            Heading(console, T(language, $"约谈提纲 {outline!.DemandId}", $"Outline {outline!.DemandId}"));
            foreach (var line in outline.RenderText(text).TrimEnd('\n').Split('\n'))
            {
                Line(console, line);
            }
        }

        if (run.Materials is not { } materials)
        {
            return;
        }

        Heading(console, T(language, "专题汇报材料", "Written reports"));
        var n = (int i) => i.ToString(CultureInfo.InvariantCulture);
        Line(console, T(
            language,
            $"汇报模板已发出{n(materials.TemplatesSent)}份；收到汇报材料{n(materials.Received)}份（应收{n(materials.Expected)}份），已转交谈话人{n(materials.Forwarded)}份。",
            $"Templates sent: {n(materials.TemplatesSent)}; reports received: {n(materials.Received)} of {n(materials.Expected)}; forwarded to their leaders: {n(materials.Forwarded)}."));
        foreach (var late in materials.Late)
        {
            var due = late.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Line(console, late.Received is null
                ? T(language, $"  逾期未交：{late.SubjectName}（{late.UnitName}），应于{due}前交，转交{late.LeaderName}", $"  Missing after its due date: {late.SubjectName} ({late.UnitName}), due {due}, for {late.LeaderName}")
                : T(language, $"  逾期提交：{late.SubjectName}（{late.UnitName}），应于{due}前交", $"  Received late: {late.SubjectName} ({late.UnitName}), due {due}"));
        }

        var template = plan.ReportTemplate(materials.Lines[0].DemandId);
        Heading(console, T(language, "汇报模板（示例）", "Report template (example)"));
        foreach (var line in template.RenderText(text).TrimEnd('\n').Split('\n'))
        {
            Line(console, line);
        }
    }
}
