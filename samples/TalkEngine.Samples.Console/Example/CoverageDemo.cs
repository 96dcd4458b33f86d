using System.Globalization;
using Spectre.Console;
using TalkEngine.Demands;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// The coverage part of <c>demo</c>: runs a roster file (the 2017 example by default) end to end and
/// writes the roster, the demands by source, coverage and the year's summary, as text or as one JSON object.
/// </summary>
internal static class CoverageDemo
{
    /// <summary>Runs the demo; returns the process exit code (<see cref="SampleApp"/>: 0, 1 when some demands cannot be served, 2 when the roster file is invalid).</summary>
    public static int Run(string? inputPath, bool json, OutputLanguage language, TextWriter output, TextWriter error, IAnsiConsole? console = null)
    {
        var run = TryExecute(inputPath, language, error);
        if (run is null)
        {
            return 2;
        }

        if (json)
        {
            output.WriteLine(DemoJson.Serialize(DemoJson.Build(run, language)));
        }
        else
        {
            WriteText(run, language, console ?? SampleConsole.Create(output));
        }

        return ExitCode(run);
    }

    /// <summary>Loads and runs the roster file (the 2017 example by default); <see langword="null"/>, with every problem written to <paramref name="error"/>, when it is invalid.</summary>
    public static ExampleRun? TryExecute(string? inputPath, OutputLanguage language, TextWriter error, Action<RunStep>? starting = null)
    {
        try
        {
            starting?.Invoke(RunStep.Load);
            var dataset = ExampleDatasetLoader.Load(inputPath ?? ExampleDataset.DefaultPath, language);
            return ExampleRun.Execute(dataset, language, starting);
        }
        catch (TalkEngineValidationException e)
        {
            WriteProblems(e, language, error);
            return null;
        }
        catch (TalkEngine.Calendar.CalendarYearNotCoveredException e)
        {
            // The loader checks the period's years; a talk window reaching into an uncovered year is still said plainly.
            error.WriteLine(language == OutputLanguage.English
                ? $"The roster file cannot be planned: {e.Message}"
                : $"无法为该名册文件制定计划：内置工作日历没有 {e.Year.ToString(CultureInfo.InvariantCulture)} 年的节假日安排。");
            return null;
        }
    }

    /// <summary>Every problem, one a line, with its JSON path, in the chosen language; never a stack trace.</summary>
    public static void WriteProblems(TalkEngineValidationException e, OutputLanguage language, TextWriter error)
    {
        var count = e.Problems.Count.ToString(CultureInfo.InvariantCulture);
        error.WriteLine(language == OutputLanguage.English
            ? $"The roster file has {count} problem(s) ({e.ErrorCode}); nothing was computed:"
            : $"名册文件有 {count} 处问题（{e.ErrorCode}），未作计算：");
        foreach (var problem in e.Problems)
        {
            error.WriteLine(problem.Path is null ? $"  - [{problem.Code}] {problem.Message}" : $"  - [{problem.Code}] {problem.Path}: {problem.Message}");
        }
    }

    /// <summary>0 when every demand is placed, 1 (<see cref="SampleApp.Infeasible"/>) when some cannot be served.</summary>
    public static int ExitCode(ExampleRun run) => run.Balance.IsFeasible ? SampleApp.Success : SampleApp.Infeasible;

    public static void WriteText(ExampleRun run, OutputLanguage language, IAnsiConsole console)
    {
        WriteDemands(run, language, console);
        WriteCoverage(run, language, console);
        WriteSummary(run, language, console);
    }

    /// <summary>The roster in one line, the demands by source and the people excluded, with why.</summary>
    public static void WriteDemands(ExampleRun run, OutputLanguage language, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(run);
        var en = language == OutputLanguage.English;
        var text = TextRenderer.For(language);
        var org = run.Dataset.Roster;

        SampleConsole.Heading(console, en ? $"Roster: {run.Dataset.Name}" : $"名册：{run.Dataset.Name}");
        SampleConsole.Line(console, en
            ? $"{org.Units.Count} units, {org.People.Count} people, {org.Posts.Count} posts, leadership team of {org.Leaders.Count}"
            : $"单位{org.Units.Count}个，人员{org.People.Count}人，岗位{org.Posts.Count}个，领导班子{org.Leaders.Count}人");

        SampleConsole.Heading(console, en ? "Demands by source" : "约谈需求（按来源）");
        var demands = new Table().AddColumns(en ? "source" : "来源", en ? "demands" : "需求数", en ? "people" : "人数");
        foreach (var source in Enum.GetValues<DemandSource>())
        {
            var of = run.Demands.Demands.Where(d => d.Source == source).ToArray();
            if (of.Length > 0)
            {
                demands.AddRow(SampleConsole.Cell(text.Name(source)), SampleConsole.Cell(N(of.Length)), SampleConsole.Cell(N(of.Select(d => d.SubjectId).Distinct(StringComparer.Ordinal).Count())));
            }
        }

        console.Write(demands);
        foreach (var exclusion in run.Demands.Exclusions)
        {
            var who = org.FindPerson(exclusion.PersonId)?.Name ?? exclusion.PersonId;
            SampleConsole.Line(console, en
                ? $"excluded: {who} ({exclusion.PersonId}): {text.Render(exclusion.Reason)}"
                : $"不纳入：{who}（{exclusion.PersonId}）：{text.Render(exclusion.Reason)}");
        }

    }

    /// <summary>Coverage: the rate, person-times, by unit kind and by leader, and the records' findings.</summary>
    public static void WriteCoverage(ExampleRun run, OutputLanguage language, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(run);
        var en = language == OutputLanguage.English;
        var text = TextRenderer.For(language);
        var c = run.Coverage;
        SampleConsole.Heading(console, en ? "Coverage" : "约谈涵盖情况");
        SampleConsole.Line(console, en
            ? $"heads in scope {c.HeadsInScope}, excluded {c.Excluded.Count}, required {c.Required.Count}, covered {c.Covered.Count}, rate {c.Rate}"
            : $"党政负责人{c.HeadsInScope}人，不纳入{c.Excluded.Count}人，应谈{c.Required.Count}人，已谈{c.Covered.Count}人，涵盖率{text.Render(c.Rate.ToReason())}（{c.Rate.Numerator}/{c.Rate.Denominator}）");
        SampleConsole.Line(console, en
            ? $"person-times {c.PersonTimes.Total}: " + string.Join(", ", c.PersonTimes.BySource.Select(s => $"{text.Name(s.Source)} {s.Count}"))
            : $"约谈{c.PersonTimes.Total}人次：" + string.Join("，", c.PersonTimes.BySource.Select(s => $"{text.Name(s.Source)}{s.Count}")));
        var kinds = new Table().AddColumns(en ? "unit kind" : "单位类别", en ? "required" : "应谈", en ? "covered" : "已谈", en ? "rate" : "涵盖率", en ? "person-times" : "人次");
        foreach (var k in c.ByUnitKind)
        {
            kinds.AddRow(SampleConsole.Cell(text.Name(k.Kind)), SampleConsole.Cell(N(k.Required)), SampleConsole.Cell(N(k.Covered)), SampleConsole.Cell(text.Render(k.Rate.ToReason())), SampleConsole.Cell(N(k.PersonTimes)));
        }

        console.Write(kinds);
        var talkers = new Table().AddColumns(en ? "leader" : "谈话人", en ? "title" : "职务", en ? "person-times" : "人次", en ? "by source" : "按来源");
        foreach (var t in c.ByLeader)
        {
            talkers.AddRow(
                SampleConsole.Cell(t.Name),
                SampleConsole.Cell(run.Dataset.LeaderTitles.GetValueOrDefault(t.LeaderId, string.Empty)),
                SampleConsole.Cell(N(t.PersonTimes)),
                SampleConsole.Cell(string.Join(en ? ", " : "，", t.BySource.Select(s => $"{text.Name(s.Source)} {s.Count}"))));
        }

        console.Write(talkers);
        foreach (var finding in c.Validation.Findings)
        {
            SampleConsole.Line(console, $"[{finding.Severity}] {finding.RecordId}: {text.Render(finding.Reason)}");
        }

    }

    /// <summary>The year's summary, one paragraph a line.</summary>
    public static void WriteSummary(ExampleRun run, OutputLanguage language, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = TextRenderer.For(language);
        SampleConsole.Heading(console, language == OutputLanguage.English ? "The year's summary" : "年度约谈工作小结");
        foreach (var paragraph in run.Summary.RenderParagraphs(text))
        {
            // Running text: never hard-wrapped (a redirected summary used to break inside a word: 工\n作).
            SampleConsole.Line(console, paragraph);
            SampleConsole.Line(console, string.Empty);
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
