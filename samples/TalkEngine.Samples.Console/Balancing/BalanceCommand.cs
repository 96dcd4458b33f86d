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

    private static void WriteJson(AssignmentSolution result)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout))
        {
            json.WriteStartObject();
            json.WriteBoolean("feasible", result.IsFeasible);
            json.WriteNumber("sumSquares", result.SumOfSquares);
            json.WriteNumber("maxLoad", result.MaxLoad);
            json.WriteNumber("minLoad", result.MinLoad);
            json.WriteNumber("preferredMisses", result.Objective.PreferredMisses);
            json.WriteBoolean("provenOptimal", result.IsProvenOptimal);
            json.WriteStartArray("assignments");
            foreach (var a in result.Assignments)
            {
                json.WriteStartObject();
                json.WriteString("subject", a.JobId);
                json.WriteString("talker", a.WorkerId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unserved");
            foreach (var u in result.Unserved)
            {
                json.WriteStartObject();
                json.WriteString("subject", u.JobId);
                json.WriteString("reason", u.Cause == UnservedCause.NoEligibleWorker ? "no-eligible-talker" : "capacity-shortage");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.Witness is { } w)
            {
                json.WriteStartObject("hallWitness");
                json.WriteNumber("subjects", w.JobCount);
                json.WriteNumber("capacity", w.Capacity);
                json.WriteStartArray("talkers");
                foreach (var t in w.WorkerIds)
                {
                    json.WriteStringValue(t);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

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
