using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using TalkEngine.Balancing.Solver;

namespace TalkEngine.Samples.ConsoleApp.Balancing;

/// <summary>
/// <c>balance --input FILE [--format json|table] [--lang zh|en]</c>: solves a bench-format instance
/// exactly. Exit codes: 0 feasible, 1 infeasible (unserved subjects listed), 2 unreadable file.
/// </summary>
internal sealed class BalanceCommand : ISampleCommand
{
    public Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "实例文件（bench 格式）。 Instance file in the bench format.", Required = true };
        var format = new Option<string>("--format") { Description = "输出格式：table 或 json。 Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = new Option<string>("--lang") { Description = "语言：zh 或 en。 Language.", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("balance", "均衡分配谈话人（精确最优）。 Balanced assignment of talkers, exact.") { input, format, lang };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(format)!, parse.GetValue(lang) == "en"));
        return command;
    }

    private static int Run(FileInfo file, string format, bool english)
    {
        AssignmentProblem instance;
        try
        {
            instance = BalancingInstanceReader.ReadFile(file.FullName);
        }
        catch (TalkEngineValidationException e)
        {
            var more = e.Problems.Count > 1 ? $" (+{e.Problems.Count - 1} more)" : string.Empty;
            Console.Error.WriteLine($"{file.Name}: {e.Problems[0]}{more}");
            return 2;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"{file.Name}: {e.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"{file.Name}: {e.Message}");
            return 2;
        }

        var result = AssignmentSolver.Solve(instance);
        if (format == "json")
        {
            WriteJson(result);
        }
        else
        {
            WriteTable(result, english);
        }

        return result.IsFeasible ? 0 : 1;
    }

    // The bench format's answer, through the package's JSON contract (camelCase, nulls omitted).
    private static void WriteJson(AssignmentSolution result)
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
        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, document, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<BalanceDocument>)ConsoleJson.Compact.GetTypeInfo(typeof(BalanceDocument)));
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteTable(AssignmentSolution result, bool en)
    {
        var i = result.Problem;
        string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        AnsiConsole.MarkupLine(en
            ? $"[bold]{Markup.Escape(i.Name ?? "instance")}[/]: {N(i.JobCount)} subjects, {N(i.WorkerCount)} talkers, {N(i.EligiblePairCount)} eligible pairs"
            : $"[bold]{Markup.Escape(i.Name ?? "实例")}[/]：谈话对象 {N(i.JobCount)} 人，谈话人 {N(i.WorkerCount)} 人，可选配对 {N(i.EligiblePairCount)} 个");
        var summary = new Table().AddColumn(en ? "measure" : "指标").AddColumn(new TableColumn(en ? "value" : "值").RightAligned());
        summary.AddRow(en ? "feasible" : "可行", result.IsFeasible ? (en ? "yes" : "是") : (en ? "[red]no[/]" : "[red]否[/]"));
        summary.AddRow(en ? "Σ load²" : "负担平方和 Σ load²", N(result.SumOfSquares));
        summary.AddRow(en ? "max / min load" : "最大 / 最小负担", $"{result.MaxLoad} / {result.MinLoad}");
        summary.AddRow(en ? "preferred misses" : "未分给分管领导", N(result.Objective.PreferredMisses));
        summary.AddRow(en ? "proven optimal (dual bound = objective)" : "已证明最优（对偶下界 = 目标值）", result.IsProvenOptimal ? (en ? "yes" : "是") : (en ? "no" : "否"));
        summary.AddRow(en ? "components / types / phases" : "连通分量 / 类型 / 阶段", $"{result.ComponentCount} / {result.TypeCount} / {result.PhaseCount}");
        AnsiConsole.Write(summary);

        var chart = new BarChart().Width(70).Label(en ? "[bold]Loads[/]" : "[bold]负担分布[/]");
        if (result.Loads.Count <= 30)
        {
            foreach (var l in result.Loads)
            {
                chart.AddItem(l.WorkerId + (l.Capacity is { } c ? $" (≤{c})" : string.Empty), l.Load, Color.SteelBlue);
            }
        }
        else
        {
            foreach (var group in result.Loads.GroupBy(l => l.Load).OrderBy(g => g.Key))
            {
                chart.AddItem(en ? $"load {group.Key}: talkers" : $"负担 {group.Key}：人数", group.Count(), Color.SteelBlue);
            }
        }

        AnsiConsole.Write(chart);
        if (!result.IsFeasible)
        {
            var unserved = new Table().AddColumn(en ? "unserved subject" : "无法安排的谈话对象").AddColumn(en ? "reason" : "原因");
            foreach (var u in result.Unserved)
            {
                unserved.AddRow(u.JobId, u.Cause == UnservedCause.NoEligibleWorker
                    ? (en ? "no eligible talker" : "没有可选谈话人")
                    : (en ? "capacity shortage" : "容量不足"));
            }

            AnsiConsole.Write(unserved);
            if (result.Witness is { } w)
            {
                AnsiConsole.MarkupLine(Markup.Escape(en
                    ? $"These {w.JobCount} subjects can only go to these {w.WorkerIds.Count} talkers ({string.Join(", ", w.WorkerIds)}), whose capacity is {w.Capacity}."
                    : $"这{w.JobCount}名谈话对象只能由{w.WorkerIds.Count}名谈话人（{string.Join("、", w.WorkerIds)}）承担，其容量合计{w.Capacity}。"));
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
