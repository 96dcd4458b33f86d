using System.Globalization;
using Spectre.Console;
using TalkEngine.Balancing;
using TalkEngine.Samples.ConsoleApp.Example;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp.Balancing;

/// <summary>
/// The balancing part of <c>demo</c>: the year's demands over the leadership team
/// (<see cref="LeaderBalancer.Balance(TalkEngine.Organization.Roster, TalkEngine.Demands.DemandSet, BalancingInput?)"/>):
/// per leader the balanced (annual) talks, the talks fixed by their source and a bar; the objective and
/// its proof; a few assignments with their reasons. Also the <c>balance</c> object of <c>demo --format json</c>.
/// </summary>
internal sealed class BalanceDemoSection
{
    private const int ExamplesPerReason = 2;

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
        var proven = plan.IsProvenOptimal;
        Line(console, T(
            language,
            $"年度约谈负担平方和 {N(SumSquares(plan))}（最多 {N(MaxLoad(plan))}、最少 {N(MinLoad(plan))} 人次）；未由分管领导谈话 {N(plan.Objective.PreferredMisses)} 项；{(proven ? "已证明最优（对偶下界等于目标值）" : "未能证明最优")}。",
            $"sum of squared annual loads {N(SumSquares(plan))} (most {N(MaxLoad(plan))}, least {N(MinLoad(plan))}); not with the supervising leader: {N(plan.Objective.PreferredMisses)}; {(proven ? "proven optimal (the dual lower bound equals the objective)" : "not proven optimal")}."));
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
            // Plain text (IAnsiConsole.WriteLine does not parse markup: escaping here printed "[[" for "[").
            Line(console, $"  {a.DemandId}  {subject} → {talker}{T(language, "：", ": ")}{string.Join(" ", a.Reasons.Select(text.Render))}");
        }
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

    private static bool IsFixed(DemandAssignment a) => a.Reasons.Any(r => r.Code == "balancing.fixed-by-source");

    // A few of each kind of reason, in demand id order, so that every kind the plan uses is shown.
    private static IEnumerable<DemandAssignment> Examples(BalancingPlan plan) =>
        plan.Assignments
            .GroupBy(a => a.Reasons[^1].Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Take(ExamplesPerReason))
            .OrderBy(a => a.DemandId, StringComparer.Ordinal);

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
