using CsCheck;
using FluentAssertions;
using NodaTime;
using TalkEngine.Scheduling.Solver;
using Xunit;

namespace TalkEngine.Tests.Scheduling;

/// <summary>
/// The day placement solver on raw problems against an exhaustive search: leaders whose shared subjects join them
/// into components that are not neighbours in index order, leaders without talks, talks without a day, lowered day
/// caps and weeks that bind. The solver takes the components one after the other; these shapes are where an offset
/// or a component boundary would go wrong.
/// </summary>
public sealed class DayPlacementSolverPropertyTests
{
    private static readonly LocalDate Monday = new(2026, 11, 2);

    private sealed record Talk(int Leader, int Subject, int[] Days);

    private sealed record Problem(int[] DailyCap, int[] WeeklyCap, int Subjects, Talk[] Talks, (int Leader, int Day, int Cap)[] Limits);

    private static readonly Gen<Problem> Problems =
        from leaders in Gen.Int[1, 5]
        from caps in Gen.Select(Gen.Int[1, 2], Gen.Int[1, 3]).Array[leaders]
        from subjects in Gen.Int[1, 6]
        from talks in Gen.Select(Gen.Int[0, leaders - 1], Gen.Int[0, subjects - 1], Gen.Int[0, 13].Array[0, 4]).Array[0, 9]
        from limits in Gen.Select(Gen.Int[0, leaders - 1], Gen.Int[0, 13], Gen.Int[0, 1]).Array[0, 2]
        select new Problem(
            caps.Select(c => c.Item1).ToArray(),
            caps.Select(c => c.Item2).ToArray(),
            subjects,
            talks.Select(t => new Talk(t.Item1, t.Item2, t.Item3.Distinct().Order().ToArray())).ToArray(),
            limits);

    [Fact]
    public void Solve_RandomSmallProblems_PlacesTheExhaustiveMaximumProvenAndKeepsEveryRule()
    {
        Problems.Sample(
            problem =>
            {
                foreach (var preferences in new[] { true, false })
                {
                    var solution = DayPlacementSolver.Solve(Build(problem), DayPlacementSolver.DefaultNodeLimit, preferences);
                    var days = Enumerable.Range(0, problem.Talks.Length).Select(t => solution.DayOf(t) is { } d ? Period.Between(Monday, d, PeriodUnits.Days).Days : -1).ToArray();
                    Check(problem, days);
                    days.Count(d => d >= 0).Should().Be(solution.Placed);
                    solution.Placed.Should().Be(Exhaustive(problem), "the maximum");
                    solution.ProvenMaximum.Should().BeTrue();
                    solution.UpperBound.Should().Be(solution.Placed);
                }
            },
            iter: 2000,
            print: Describe);
    }

    [Fact]
    public void Solve_LeadersJoinedAcrossTheIndexOrder_SameAsTheSameProblemWithLeadersRenumbered()
    {
        // Leaders 0 and 3 share a subject, 1 and 2 another: two components that are not neighbours in index order.
        // Whatever the numbering, the count, the bound and the proof are the same.
        var problem = new Problem(
            [1, 1, 1, 1],
            [2, 2, 2, 2],
            3,
            [
                new Talk(0, 0, [0, 1]), new Talk(3, 0, [0, 1]), new Talk(3, 0, [1, 2]), new Talk(0, 2, [0]),
                new Talk(1, 1, [3, 4]), new Talk(2, 1, [3, 4]), new Talk(2, 1, [4]), new Talk(1, 2, [7, 8]),
            ],
            []);
        var renumbered = problem with
        {
            Talks = problem.Talks.Select(t => t with { Leader = new[] { 2, 0, 3, 1 }[t.Leader] }).ToArray(),
        };

        var a = DayPlacementSolver.Solve(Build(problem));
        var b = DayPlacementSolver.Solve(Build(renumbered));

        (a.Placed, a.UpperBound, a.ProvenMaximum).Should().Be((Exhaustive(problem), Exhaustive(problem), true));
        (b.Placed, b.UpperBound, b.ProvenMaximum).Should().Be((a.Placed, a.UpperBound, true));
    }

    private static DayPlacementProblem Build(Problem problem)
    {
        var builder = new DayPlacementProblemBuilder();
        for (var l = 0; l < problem.DailyCap.Length; l++)
        {
            builder.AddLeader(problem.DailyCap[l], problem.WeeklyCap[l]);
        }

        for (var s = 0; s < problem.Subjects; s++)
        {
            builder.AddSubject();
        }

        foreach (var talk in problem.Talks)
        {
            builder.AddTalk(talk.Leader, talk.Subject, talk.Days.Select(d => Monday.PlusDays(d)).ToArray());
        }

        foreach (var (leader, day, cap) in problem.Limits)
        {
            builder.LimitDay(leader, Monday.PlusDays(day), cap);
        }

        return builder.Build();
    }

    private static int CapOf(Problem problem, int leader, int day)
        => problem.Limits.Where(x => x.Leader == leader && x.Day == day).Select(x => x.Cap).Append(problem.DailyCap[leader]).Min();

    private static void Check(Problem problem, int[] days)
    {
        for (var t = 0; t < days.Length; t++)
        {
            if (days[t] < 0)
            {
                continue;
            }

            var talk = problem.Talks[t];
            talk.Days.Should().Contain(days[t], "a talk takes one of its allowed days");
            days.Where((d, u) => d == days[t] && problem.Talks[u].Leader == talk.Leader).Count().Should().BeLessThanOrEqualTo(CapOf(problem, talk.Leader, days[t]), "the leader's daily cap");
            days.Where((d, u) => d >= 0 && d / 7 == days[t] / 7 && problem.Talks[u].Leader == talk.Leader).Count().Should().BeLessThanOrEqualTo(problem.WeeklyCap[talk.Leader], "the leader's weekly cap");
            days.Where((d, u) => d == days[t] && problem.Talks[u].Subject == talk.Subject).Count().Should().Be(1, "a subject's one talk a day");
        }
    }

    /// <summary>The most talks any placement holds: every talk tries each of its days or none, pruned by the rules and by what is left.</summary>
    private static int Exhaustive(Problem problem)
    {
        var talks = problem.Talks;
        var days = new int[talks.Length];
        var best = 0;
        Search(0, 0);
        return best;

        void Search(int t, int placed)
        {
            if (placed + (talks.Length - t) <= best)
            {
                return;
            }

            if (t == talks.Length)
            {
                best = placed;
                return;
            }

            var talk = talks[t];
            foreach (var d in talk.Days)
            {
                var sameDay = 0;
                var sameWeek = 0;
                var subjectBusy = false;
                for (var u = 0; u < t; u++)
                {
                    if (days[u] < 0)
                    {
                        continue;
                    }

                    if (talks[u].Leader == talk.Leader && days[u] == d)
                    {
                        sameDay++;
                    }

                    if (talks[u].Leader == talk.Leader && days[u] / 7 == d / 7)
                    {
                        sameWeek++;
                    }

                    subjectBusy |= talks[u].Subject == talk.Subject && days[u] == d;
                }

                if (sameDay < CapOf(problem, talk.Leader, d) && sameWeek < problem.WeeklyCap[talk.Leader] && !subjectBusy)
                {
                    days[t] = d;
                    Search(t + 1, placed + 1);
                }
            }

            days[t] = -1;
            Search(t + 1, placed);
        }
    }

    private static string Describe(Problem problem)
        => $"caps {string.Join(",", problem.DailyCap.Zip(problem.WeeklyCap, (d, w) => $"{d}/{w}"))}; talks {string.Join(" ", problem.Talks.Select(t => $"L{t.Leader}S{t.Subject}[{string.Join(",", t.Days)}]"))}; limits {string.Join(" ", problem.Limits.Select(x => $"L{x.Leader}d{x.Day}<={x.Cap}"))}";
}
