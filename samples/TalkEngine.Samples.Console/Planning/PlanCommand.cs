using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TalkEngine.Content;
using TalkEngine.Samples.ConsoleApp.Balancing;
using TalkEngine.Samples.ConsoleApp.Content;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Samples.ConsoleApp.Scheduling;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp.Planning;

/// <summary>
/// <c>plan [--input FILE] [--format table|json] [--lang zh|en]</c>: the whole year of a roster file (the 2017 example by
/// default) through <see cref="TalkEngine.Planning.TalkPlanner"/>: demands, the balanced assignment, an outline for every
/// talk, the schedule, the written reports (when the file tracks them) and coverage. The steps are <see cref="ExampleRun"/>'s,
/// and each part is written by the section that <c>demo</c> uses; this command adds the list of every talk with its outline
/// in brief, and a progress display while a long run computes (on a terminal only). Exit codes (<see cref="SampleApp"/>):
/// 0 every demand has a leader and every talk a day; 1 some do not (listed); 2 a bad file (every problem on stderr with its JSON path).
/// </summary>
internal sealed class PlanCommand : ISampleCommand
{
    public Command Build()
    {
        var input = new Option<FileInfo?>("--input")
        {
            Description = "名册文件（JSON，格式见 docs/input-format.md 与 schemas/talkengine-input.schema.json；默认 2017 年示例）/ Your roster file (docs/input-format.md, schemas/talkengine-input.schema.json; the 2017 example by default)",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format")
        {
            Description = "输出格式 table（默认）或 json / Output format: table (default) or json",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = CreateLanguageOption();

        var command = new Command("plan", "全年约谈计划：需求、分配、提纲、排期、汇报材料与涵盖率 / The whole year: demands, assignment, outlines, schedule, materials, coverage");
        command.Options.Add(input);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(input)?.FullName,
            parseResult.GetValue(format) == "json",
            Language(parseResult, lang),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the year of <paramref name="inputPath"/> (the 2017 example when null) and writes it; returns the exit code.</summary>
    internal static int Run(string? inputPath, bool json, OutputLanguage language, TextWriter output, TextWriter error)
    {
        var console = json ? null : Create(output);
        ExampleRun? run;
        IReadOnlyList<TalkOutline> outlines = [];
        if (console is not null && ShowsProgress(console, output))
        {
            (run, outlines) = ExecuteWithProgress(console, inputPath, language, error);
        }
        else
        {
            run = CoverageDemo.TryExecute(inputPath, language, error);
            if (run is not null)
            {
                outlines = run.Plan.Outlines(run.Dataset.Records);
            }
        }

        if (run is null)
        {
            return SampleApp.BadInput;
        }

        if (console is null)
        {
            output.WriteLine(ConsoleJson.Serialize(PlanJson.Build(run, outlines, language), ConsoleJson.Indented));
        }
        else
        {
            WriteTable(console, run, outlines, language);
        }

        return ExitCode(run);
    }

    /// <summary>0 when every demand has a leader and every talk a day; 1 (<see cref="SampleApp.Infeasible"/>) otherwise.</summary>
    internal static int ExitCode(ExampleRun run)
        => run.Balance.IsFeasible && run.Schedule.Unplaced.Count == 0 ? SampleApp.Success : SampleApp.Infeasible;

    private static void WriteTable(IAnsiConsole console, ExampleRun run, IReadOnlyList<TalkOutline> outlines, OutputLanguage language)
    {
        CoverageDemo.WriteDemands(run, language, console);
        new BalanceDemoSection().Render(console, run, language);
        WriteTalks(console, run, outlines, language);
        new ScheduleDemoSection().Render(console, run, language);
        ContentDemoSection.RenderMaterials(console, run, language);
        CoverageDemo.WriteCoverage(run, language, console);
        CoverageDemo.WriteSummary(run, language, console);
    }

    /// <summary>Every talk of the plan: its demand, subject, leader (fixed by the source or balanced), style, mode, and its outline in brief.</summary>
    private static void WriteTalks(IAnsiConsole console, ExampleRun run, IReadOnlyList<TalkOutline> outlines, OutputLanguage language)
    {
        var text = TextRenderer.For(language);
        var fixedBySource = run.Balance.Assignments.Where(BalanceDemoSection.IsFixed).Select(a => a.DemandId).ToHashSet(StringComparer.Ordinal);
        Heading(console, T(language, "约谈安排与提纲", "Talks and their outlines"));
        var table = new Table().AddColumns(
            T(language, "约谈需求", "demand"),
            T(language, "来源", "source"),
            T(language, "谈话对象", "subject"),
            T(language, "单位", "unit"),
            T(language, "谈话人", "talker"),
            T(language, "谈话人由", "talker by"),
            T(language, "形式", "style"),
            T(language, "方式", "mode"),
            T(language, "提纲条目（谈什么/怎么谈/解决什么问题/达到什么效果）", "outline lines (what/how/problems/effect)"));
        foreach (var o in outlines)
        {
            table.AddRow(
                Cell(o.DemandId),
                Cell(string.Join(T(language, "、", ", "), o.Sources.Select(text.Name))),
                Cell(o.SubjectName),
                Cell(o.UnitName),
                Cell(o.LeaderName),
                Cell(fixedBySource.Contains(o.DemandId) ? T(language, "来源指定", "its source") : T(language, "均衡分配", "balancing")),
                Cell(text.Name(o.Style)),
                Cell(text.Name(o.Mode)),
                Cell(string.Join("/", o.Sections.Select(s => s.Items.Count.ToString(CultureInfo.InvariantCulture)))));
        }

        console.Write(table);
        var n = outlines.Count.ToString(CultureInfo.InvariantCulture);
        Line(console, T(
            language,
            $"共{n}次约谈，每次一份提纲；查看某次约谈的完整提纲：outline --demand <约谈需求编号>（加 --input 指定同一名册文件）。",
            $"{n} talks, an outline each; the whole outline of one: outline --demand <demand id> (with --input for the same roster file)."));
    }

    /// <summary>Progress only on a terminal that can redraw a line: never in redirected output, a pipe or a test.</summary>
    private static bool ShowsProgress(IAnsiConsole console, TextWriter output)
        => IsTerminal(output) && console.Profile.Capabilities.Ansi && console.Profile.Capabilities.Interactive;

    /// <summary>
    /// The run with a Spectre progress display, one task a step; the display clears itself when done. A bad file's
    /// problems are held back until the display is gone, so that they are not drawn over.
    /// </summary>
    private static (ExampleRun? Run, IReadOnlyList<TalkOutline> Outlines) ExecuteWithProgress(IAnsiConsole console, string? inputPath, OutputLanguage language, TextWriter error)
    {
        ExampleRun? run = null;
        IReadOnlyList<TalkOutline> outlines = [];
        using var problems = new StringWriter(CultureInfo.InvariantCulture);
        console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = Enum.GetValues<RunStep>().ToDictionary(s => s, s => context.AddTask(Markup.Escape(StepName(s, language)), autoStart: false, maxValue: 1));
                ProgressTask? current = null;
                void Done()
                {
                    // Finished: full, and its elapsed time stops.
                    current?.Increment(1);
                    current?.StopTask();
                }

                void Starting(RunStep step)
                {
                    Done();
                    current = tasks[step];
                    current.StartTask();
                }

                run = CoverageDemo.TryExecute(inputPath, language, problems, Starting);
                if (run is not null)
                {
                    Starting(RunStep.Outlines);
                    outlines = run.Plan.Outlines(run.Dataset.Records);
                }

                Done();
            });
        error.Write(problems.ToString());
        return (run, outlines);
    }

    private static string StepName(RunStep step, OutputLanguage language) => step switch
    {
        RunStep.Load => T(language, "读取并检查名册文件", "Reading and checking the roster file"),
        RunStep.Plan => T(language, "约谈需求与均衡分配", "Demands and the balanced assignment"),
        RunStep.Measure => T(language, "核对约谈记录、计算涵盖率", "Checking records, measuring coverage"),
        RunStep.Materials => T(language, "汇报材料与年度小结", "Written reports and the year's summary"),
        RunStep.Schedule => T(language, "排入工作日、时段与会议室", "Placing talks on working days, hours and rooms"),
        RunStep.Outlines => T(language, "生成约谈提纲", "Writing the outlines"),
        _ => step.ToString(),
    };
}
