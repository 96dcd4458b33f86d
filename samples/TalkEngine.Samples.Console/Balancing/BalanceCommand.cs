using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TalkEngine.Balancing.Solver;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp.Balancing;

/// <summary>
/// <c>balance --input FILE [--format json|table] [--lang zh|en]</c>: solves a bench-format instance
/// exactly. Exit codes (<see cref="SampleApp"/>): 0 feasible, 1 infeasible (unserved subjects listed), 2 a file that cannot be
/// read or is invalid (every problem listed on stderr, in the chosen language).
/// </summary>
internal sealed class BalanceCommand : ISampleCommand
{
    public Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "实例文件（bench 格式）。 Instance file in the bench format.", Required = true };
        var format = new Option<string>("--format") { Description = "输出格式：table 或 json。 Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = CreateLanguageOption();
        var command = new Command("balance", "均衡分配谈话人（精确最优）。 Balanced assignment of talkers, exact.") { input, format, lang };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(format)!,
            Language(parse, lang),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, string format, OutputLanguage language, TextWriter output, TextWriter error)
    {
        AssignmentProblem instance;
        try
        {
            instance = BalancingInstanceReader.ReadFile(file.FullName, language);
        }
        catch (TalkEngineValidationException e)
        {
            error.WriteLine(T(language, $"{file.Name}：实例有 {e.Problems.Count} 处问题，未计算：", $"{file.Name}: the instance has {e.Problems.Count} problem(s); nothing was computed:"));
            foreach (var problem in e.Problems)
            {
                error.WriteLine("  " + BalanceProblemText.Render(problem, language));
            }

            return SampleApp.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(T(language, $"{file.Name}：无法读取文件（{e.Message}）。", $"{file.Name}: the file cannot be read ({e.Message})."));
            return SampleApp.BadInput;
        }

        var result = AssignmentSolver.Solve(instance);
        if (format == "json")
        {
            WriteJson(result, output);
        }
        else
        {
            WriteTable(result, language == OutputLanguage.English, Create(output));
        }

        return result.IsFeasible ? SampleApp.Success : SampleApp.Infeasible;
    }

    // The bench format's answer, through the package's JSON contract (camelCase, nulls omitted).
    private static void WriteJson(AssignmentSolution result, TextWriter output)
    {
        var document = new BalanceDocument(
            result.IsFeasible,
            result.SumOfSquares,
            result.MaxLoad,
            result.MinLoad,
            result.Objective.PreferredMisses,
            result.IsProvenOptimal,
            result.Assignments.Select(a => new BalanceAssignment(a.JobId, a.WorkerId)).ToArray(),
            result.Unserved.Select(u => new BalanceUnserved(u.JobId, u.Cause == UnservedCause.NoEligibleWorker ? "no-eligible-talker" : "capacity-shortage")).ToArray(),
            result.Witness is { } w ? new BalanceHallWitness(w.JobCount, w.Capacity, w.WorkerIds) : null);
        output.WriteLine(ConsoleJson.Serialize(document, ConsoleJson.Compact));
    }

    // Every piece of data (the instance's name, ids) is written as plain text or escaped: never parsed as markup.
    private static void WriteTable(AssignmentSolution result, bool en, IAnsiConsole console)
    {
        var i = result.Problem;
        string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        console.MarkupLine(en
            ? $"[bold]{Markup.Escape(i.Name ?? "instance")}[/]: {N(i.JobCount)} subjects, {N(i.WorkerCount)} talkers, {N(i.EligiblePairCount)} eligible pairs"
            : $"[bold]{Markup.Escape(i.Name ?? "实例")}[/]：谈话对象 {N(i.JobCount)} 人，谈话人 {N(i.WorkerCount)} 人，可选配对 {N(i.EligiblePairCount)} 个");
        var summary = new Table().AddColumn(en ? "measure" : "指标").AddColumn(new TableColumn(en ? "value" : "值").RightAligned());
        summary.AddRow(en ? "feasible" : "可行", result.IsFeasible ? (en ? "yes" : "是") : (en ? "[red]no[/]" : "[red]否[/]"));
        summary.AddRow(en ? "Σ load²" : "负担平方和 Σ load²", N(result.SumOfSquares));
        summary.AddRow(en ? "max / min load" : "最大 / 最小负担", $"{N(result.MaxLoad)} / {N(result.MinLoad)}");
        summary.AddRow(en ? "preferred misses" : "未分给分管领导", N(result.Objective.PreferredMisses));
        summary.AddRow(en ? "proven optimal (dual bound = objective)" : "已证明最优（对偶下界 = 目标值）", result.IsProvenOptimal ? (en ? "yes" : "是") : (en ? "no" : "否"));
        summary.AddRow(en ? "components / types / phases" : "连通分量 / 类型 / 阶段", $"{N(result.ComponentCount)} / {N(result.TypeCount)} / {N(result.PhaseCount)}");
        console.Write(summary);

        var chart = new BarChart().Width(70).Label(en ? "[bold]Loads[/]" : "[bold]负担分布[/]");
        if (result.Loads.Count <= 30)
        {
            foreach (var l in result.Loads)
            {
                // A bar chart's labels are markup.
                chart.AddItem(Markup.Escape(l.WorkerId + (l.Capacity is { } c ? $" (≤{c})" : string.Empty)), l.Load, Color.SteelBlue);
            }
        }
        else
        {
            foreach (var group in result.Loads.GroupBy(l => l.Load).OrderBy(g => g.Key))
            {
                chart.AddItem(en ? $"load {group.Key}: talkers" : $"负担 {group.Key}：人数", group.Count(), Color.SteelBlue);
            }
        }

        console.Write(chart);
        if (!result.IsFeasible)
        {
            var unserved = new Table().AddColumn(en ? "unserved subject" : "无法安排的谈话对象").AddColumn(en ? "reason" : "原因");
            foreach (var u in result.Unserved)
            {
                unserved.AddRow(Cell(u.JobId), Cell(u.Cause == UnservedCause.NoEligibleWorker
                    ? (en ? "no eligible talker" : "没有可选谈话人")
                    : (en ? "capacity shortage" : "容量不足")));
            }

            console.Write(unserved);
            if (result.Witness is { } w)
            {
                Line(console, en
                    ? $"These {w.JobCount} subjects can only go to these {w.WorkerIds.Count} talkers ({string.Join(", ", w.WorkerIds)}), whose capacity is {w.Capacity}."
                    : $"这{w.JobCount}名谈话对象只能由{w.WorkerIds.Count}名谈话人（{string.Join("、", w.WorkerIds)}）承担，其容量合计{w.Capacity}。");
            }
        }
    }
}

/// <summary>The <c>balance --format json</c> document (the bench format's answer: subjects and talkers are its words).</summary>
internal sealed record BalanceDocument(
    bool Feasible,
    long SumSquares,
    int MaxLoad,
    int MinLoad,
    long PreferredMisses,
    bool ProvenOptimal,
    IReadOnlyList<BalanceAssignment> Assignments,
    IReadOnlyList<BalanceUnserved> Unserved,
    BalanceHallWitness? HallWitness);

/// <summary>One assignment of the bench format's answer.</summary>
internal sealed record BalanceAssignment(string Subject, string Talker);

/// <summary>One unserved subject and why.</summary>
internal sealed record BalanceUnserved(string Subject, string Reason);

/// <summary>The Hall witness of an infeasible instance.</summary>
internal sealed record BalanceHallWitness(int Subjects, long Capacity, IReadOnlyList<string> Talkers);
