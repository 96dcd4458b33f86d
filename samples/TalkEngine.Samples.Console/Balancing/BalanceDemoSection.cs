using System.Globalization;
using Spectre.Console;
using TalkEngine.Balancing;
using TalkEngine.Samples.ConsoleApp.Example;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp.Balancing;

/// <summary>
/// The balancing part of <c>demo</c>: the year's demands over the leadership team
/// (<see cref="LeaderBalancer.Balance(TalkEngine.Organization.Roster, TalkEngine.Demands.DemandSet, BalancingInput?)"/>):
/// per leader the balanced (annual) talks, the talks fixed by their source and a bar; the split in the discipline
/// office's words (the objective and its proof are in the JSON); a few assignments with their reasons. Also the
/// <c>balance</c> object of <c>demo --format json</c>.
/// </summary>
internal sealed class BalanceDemoSection
{
    private const int ExamplesPerReason = 2;

    // Table cells are markup (hence Markup.Escape); WriteLine writes plain text, which must not be escaped.
    public void Render(IAnsiConsole console, ExampleRun run, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        var plan = run.Balance;
        var org = run.Dataset.Roster;
        var text = TextRenderer.For(language);
        Heading(console, T(language, "谈话人均衡分配（领导班子）", "Balanced assignment of talkers (leadership team)"));

        var rows = Rows(run);
        var table = new Table().AddColumns(
            T(language, "谈话人", "talker"),
            T(language, "职务", "title"),
            T(language, "年度约谈", "annual"),
            T(language, "来源指定", "fixed"),
            T(language, "分布（█ 年度，░ 指定）", "bar (█ annual, ░ fixed)"));
        foreach (var r in rows)
        {
            table.AddRow(
                Cell(org.FindLeader(r.TalkerId)?.Name ?? r.TalkerId),
                Cell(run.Dataset.LeaderTitles.GetValueOrDefault(r.TalkerId, string.Empty)),
                Cell(N(r.Annual)),
                Cell(N(r.Fixed)),
                Cell(new string('█', r.Annual) + new string('░', r.Fixed)));
        }

        console.Write(table);
        Line(console, Summary(language, rows, plan));
        if (!plan.IsFeasible)
        {
            foreach (var u in plan.Unserved)
            {
                Line(console, text.Render(u.Reason));
                foreach (var e in u.Exclusions)
                {
                    Line(console, "  " + text.Render(e.Reason));
                }
            }

            if (plan.HallWitness is { } witness)
            {
                Line(console, text.Render(witness.Reason));
            }
        }

        Line(console, T(language, "部分分配及理由：", "Some assignments and why:"));
        foreach (var a in Examples(plan))
        {
            var subject = org.FindPerson(a.SubjectId)?.Name ?? a.SubjectId;
            var talker = org.FindLeader(a.LeaderId)?.Name ?? a.LeaderId;
            // Why this leader on the line; why not each other supervising leader on a line of its own below.
            var why = a.Reasons.Where(r => !IsAboutAnotherSupervisor(r));
            Line(console, $"  {a.DemandId}  {subject} → {talker}{T(language, "：", ": ")}{text.Render(why)}");
            foreach (var r in a.Reasons.Where(IsAboutAnotherSupervisor))
            {
                Line(console, "      " + text.Render(r));
            }
        }
    }

    /// <summary>
    /// The plan as the discipline office reads it: how many talks over how many leaders, how many each, how many not
    /// with the supervising leader, and whether the split is proven the best. The objective and its dual bound are
    /// solver terms: they stay in <c>demo --format json</c> (<c>sumSquares</c>, <c>provenOptimal</c>) and in the docs.
    /// </summary>
    private static string Summary(OutputLanguage language, IReadOnlyList<(string TalkerId, int Annual, int Fixed)> rows, BalancingPlan plan)
    {
        var total = rows.Sum(r => r.Annual);
        var groups = rows.GroupBy(r => r.Annual).OrderByDescending(g => g.Key).Select(g => (Leaders: g.Count(), Talks: g.Key)).ToArray();
        var misses = plan.Objective.PreferredMisses;
        var proven = plan.IsProvenOptimal;
        return T(
            language,
            $"年度约谈{N(total)}次由{N(rows.Count)}位领导分担：{string.Join("、", groups.Select(g => g.Leaders == 1 ? $"{N(g.Leaders)}人{N(g.Talks)}次" : $"{N(g.Leaders)}人各{N(g.Talks)}次"))}；"
                + $"{(misses == 0 ? "均由分管领导谈话" : $"{N(misses)}项未由分管领导谈话")}；{(proven ? "分配已证明最优" : "未能证明分配最优")}。",
            $"The {N(total)} annual talks are shared by {N(rows.Count)} leaders: {string.Join(", ", groups.Select(g => $"{N(g.Leaders)} with {N(g.Talks)}{(g.Leaders == 1 ? string.Empty : " each")}"))}; "
                + $"{(misses == 0 ? "all with the supervising leader" : $"{N(misses)} not with the supervising leader")}; {(proven ? "the assignment is proven optimal" : "the assignment is not proven optimal")}.");
    }

    /// <summary>The <c>balance</c> object of <c>demo --format json</c>.</summary>
    public static DemoBalance Json(ExampleRun run, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(run);
        var plan = run.Balance;
        var text = TextRenderer.For(language);
        return new DemoBalance(
            plan.IsFeasible,
            SumSquares(plan),
            MaxLoad(plan),
            MinLoad(plan),
            plan.Objective.PreferredMisses,
            plan.IsProvenOptimal,
            Rows(run).Select(r => new DemoLoad(r.TalkerId, r.Annual, r.Fixed)).ToArray(),
            plan.Assignments.Select(a => new DemoAssignment(a.DemandId, a.SubjectId, a.LeaderId, a.Reasons.Select(text.Render).ToArray())).ToArray(),
            plan.Unserved.Select(u => new DemoUnserved(
                u.DemandId,
                u.SubjectId,
                string.Join(T(language, "；", "; "), new[] { u.Reason }.Concat(u.Exclusions.Select(e => e.Reason)).Select(text.Render)))).ToArray());
    }

    /// <summary>Per leader (id order): the talks the balancer assigned (the annual round) and those their source fixed.</summary>
    private static IReadOnlyList<(string TalkerId, int Annual, int Fixed)> Rows(ExampleRun run)
    {
        var plan = run.Balance;
        return plan.Loads.Select(l =>
        {
            var mine = plan.Assignments.Where(a => string.Equals(a.LeaderId, l.LeaderId, StringComparison.Ordinal)).ToArray();
            var fixedCount = mine.Count(IsFixed);
            return (l.LeaderId, mine.Length - fixedCount, fixedCount);
        }).ToArray();
    }

    // The objective is over the balanced talks (LoadCounting.AssignedOnly): Σ load², not the weighted spread's fraction.
    private static long SumSquares(BalancingPlan plan) => plan.Loads.Sum(l => (long)l.Load * l.Load);

    private static int MaxLoad(BalancingPlan plan) => plan.Loads.Count == 0 ? 0 : plan.Loads.Max(l => l.Load);

    private static int MinLoad(BalancingPlan plan) => plan.Loads.Count == 0 ? 0 : plan.Loads.Min(l => l.Load);

    /// <summary>Whether the demand's source fixed its leader (an inspection team leader, the discipline secretary) rather than the balancer.</summary>
    internal static bool IsFixed(DemandAssignment a) => a.Reasons.Any(r => r.Code == "balancing.fixed-by-source");

    // A few of each kind of explanation (the codes of its reasons, a fixed leader's basis included), in demand id
    // order, so that every kind the plan uses is shown.
    private static IEnumerable<DemandAssignment> Examples(BalancingPlan plan) =>
        plan.Assignments
            .GroupBy(a => string.Join("+", a.Reasons.Select(r => r["basis"] is { } basis ? r.Code + ":" + basis : r.Code)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Take(ExamplesPerReason))
            .OrderBy(a => a.DemandId, StringComparer.Ordinal);

    // Why not another leader who supervises the unit (balancing.supervisor-*).
    private static bool IsAboutAnotherSupervisor(Reason reason) => reason.Code.StartsWith("balancing.supervisor-", StringComparison.Ordinal);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The <c>balance</c> object of <c>demo --format json</c>.</summary>
internal sealed record DemoBalance(
    bool Feasible,
    long SumSquares,
    int MaxLoad,
    int MinLoad,
    long PreferredMisses,
    bool ProvenOptimal,
    IReadOnlyList<DemoLoad> Loads,
    IReadOnlyList<DemoAssignment> Assignments,
    IReadOnlyList<DemoUnserved> Unserved);

/// <summary>A leader's talks: those the balancer assigned (annual) and those their source fixed.</summary>
internal sealed record DemoLoad(string Talker, int Annual, int Fixed);

/// <summary>One assignment with its reasons rendered in the chosen language.</summary>
internal sealed record DemoAssignment(string Demand, string Subject, string Talker, IReadOnlyList<string> Reasons);

/// <summary>A demand no leader can take, and why.</summary>
internal sealed record DemoUnserved(string Demand, string Subject, string Reason);
