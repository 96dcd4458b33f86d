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
        foreach (var outline in Chosen(run))
        {
            Heading(console, T(language, $"约谈提纲 {outline.DemandId}", $"Outline {outline.DemandId}"));
            foreach (var line in outline.RenderText(text).TrimEnd('\n').Split('\n'))
            {
                Line(console, line);
            }
        }

        RenderMaterials(console, run, language);
    }

    /// <summary>The written reports (templates sent, reports received and forwarded, who is late) and an example template; nothing when the file tracks no materials.</summary>
    public static void RenderMaterials(IAnsiConsole console, ExampleRun run, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Materials is not { } materials)
        {
            return;
        }

        var text = TextRenderer.For(language);
        var plan = run.Plan;
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

        var template = plan.ReportTemplate(TemplateDemand(materials));
        Heading(console, T(language, "汇报模板（示例）", "Report template (example)"));
        foreach (var line in template.RenderText(text).TrimEnd('\n').Split('\n'))
        {
            Line(console, line);
        }
    }

    /// <summary>The content part of <c>demo --format json</c>: the same outlines, the materials and the template.</summary>
    public static DemoContent Json(ExampleRun run, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = TextRenderer.For(language);
        var outlines = Chosen(run).Select(o => OutlineJson.Of(o, text)).ToArray();
        if (run.Materials is not { } materials)
        {
            return new DemoContent(outlines, null, null);
        }

        var status = MaterialsJson(materials);
        var template = run.Plan.ReportTemplate(TemplateDemand(materials));
        return new DemoContent(outlines, status, new DemoReportTemplate(template.DemandId, template.RenderText(text)));
    }

    /// <summary>The written reports' counts as of a date, and the late ones (the <c>materials</c> object of <c>demo</c> and <c>plan --format json</c>).</summary>
    public static DemoMaterials MaterialsJson(MaterialsReport materials)
    {
        ArgumentNullException.ThrowIfNull(materials);
        return new DemoMaterials(
            materials.AsOf,
            materials.TemplatesSent,
            materials.Received,
            materials.Expected,
            materials.Forwarded,
            materials.Late.Select(l => new DemoLateReport(l.DemandId, l.SubjectId, l.SubjectName, l.UnitName, l.LeaderName, l.DueDate, l.Received)).ToArray());
    }

    // The outlines the demo shows: an administrative head, a holder of both head posts, an inspection and a survey talk.
    private static IEnumerable<TalkOutline> Chosen(ExampleRun run)
    {
        var outlines = run.Plan.Outlines(run.Dataset.Records);
        var chosen = new[]
        {
            outlines.FirstOrDefault(o => o.Sources.Contains(DemandSource.Annual) && o.Roles.SequenceEqual([SubjectRole.AdministrativeHead])),
            outlines.FirstOrDefault(o => o.Sources.Contains(DemandSource.Annual) && o.Roles.Contains(SubjectRole.Both)),
            outlines.FirstOrDefault(o => o.Sources.Contains(DemandSource.Inspection)),
            outlines.FirstOrDefault(o => o.Sources.Contains(DemandSource.SatisfactionSurvey)),
        };
        return chosen.Where(o => o is not null).DistinctBy(o => o!.DemandId).Select(o => o!).ToArray();
    }

    private static string TemplateDemand(MaterialsReport materials) => materials.Lines[0].DemandId;
}

#pragma warning disable SA1402, SA1649 // The JSON parts of the section, read with it.

/// <summary>The content of <c>demo --format json</c>: the outlines shown, the materials' status and the report template.</summary>
internal sealed record DemoContent(IReadOnlyList<OutlineJson> Outlines, DemoMaterials? Materials, DemoReportTemplate? ReportTemplate);

/// <summary>The written reports: counts as of a date, and the late ones.</summary>
internal sealed record DemoMaterials(NodaTime.LocalDate AsOf, int TemplatesSent, int Received, int Expected, int Forwarded, IReadOnlyList<DemoLateReport> Late);

/// <summary>A report received late, or missing after its due date (<c>received</c> null).</summary>
internal sealed record DemoLateReport(string Demand, string Subject, string SubjectName, string UnitName, string LeaderName, NodaTime.LocalDate Due, NodaTime.LocalDate? Received);

/// <summary>The example report template: for which demand, and its text.</summary>
internal sealed record DemoReportTemplate(string Demand, string Text);
