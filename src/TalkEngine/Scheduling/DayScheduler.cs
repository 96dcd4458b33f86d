using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Calendars;
using TalkEngine.Scheduling.Solver;

namespace TalkEngine.Scheduling;

/// <summary>
/// Gives as many talks as possible a working day: inside its window, on a working day of the calendar (make-up
/// workdays count, holidays do not), on which neither its leader nor its subject is away; a leader holds at most its
/// daily cap of talks a day and its weekly cap an ISO week; a subject has at most one talk a day. The count is
/// maximum and proven where <see cref="DaySchedule.ProvenMaximum"/> says so (see <see cref="DayPlacementSolver"/>);
/// each talk left out gets a reason and the days that block it. Ids are sorted (ordinal) before solving, so the result
/// does not depend on the order of the input. Stateless and thread-safe.
/// </summary>
public static class DayScheduler
{
    /// <summary>Schedules the talks.</summary>
    /// <param name="request">The request.</param>
    /// <param name="nodeLimit">The most branch-and-bound nodes for each group of leaders coupled by shared subjects.</param>
    /// <returns>The schedule.</returns>
    public static DaySchedule Schedule(DaySchedulingRequest request, long nodeLimit = DayPlacementSolver.DefaultNodeLimit)
        => Schedule(request, nodeLimit, null);

    /// <summary>Schedules with a cap per leader and day (the talks that fit in the leader's free hours).</summary>
    internal static DaySchedule Schedule(DaySchedulingRequest request, long nodeLimit, Func<SchedulingLeader, LocalDate, int>? dayCapacity)
        => Schedule(request, nodeLimit, dayCapacity, null);

    /// <summary>Schedules with a cap per leader and day and some (talk id, day number) pairs forbidden (days a talk found no hour on).</summary>
    internal static DaySchedule Schedule(DaySchedulingRequest request, long nodeLimit, Func<SchedulingLeader, LocalDate, int>? dayCapacity, HashSet<(string TalkId, int Day)>? forbidden)
    {
        Guard.NotNull(request);
        var prepared = Prepare(request, dayCapacity, forbidden);
        var solution = DayPlacementSolver.Solve(prepared.Problem, nodeLimit);
        return Report(prepared, solution);
    }

    /// <summary>The request as a domain-free problem (ids sorted, allowed days computed), with what the report needs.</summary>
    internal static Prepared Prepare(DaySchedulingRequest request, Func<SchedulingLeader, LocalDate, int>? dayCapacity = null, HashSet<(string TalkId, int Day)>? forbidden = null)
    {
        if (forbidden is { Count: 0 })
        {
            forbidden = null;
        }

        var leaders = Sorted(request.Leaders, l => l.Id);
        var subjects = Sorted(request.Subjects, s => s.Id);
        var talks = Sorted(request.Talks, t => t.Id);
        var leaderIndex = Index(leaders, l => l.Id);
        var subjectIndex = Index(subjects, s => s.Id);
        var leaderBusy = Array.ConvertAll(leaders, l => DayNumbersOf(l.BusyDays));
        var subjectBusy = Array.ConvertAll(subjects, s => DayNumbersOf(s.BusyDays));

        // One working-day table over the span of all windows.
        int lo = int.MaxValue, hi = int.MinValue;
        foreach (var talk in talks)
        {
            lo = Math.Min(lo, DayNumbers.Of(talk.Window.Start));
            hi = Math.Max(hi, DayNumbers.Of(talk.Window.End));
        }

        var working = lo <= hi ? new bool[hi - lo + 1] : [];
        for (var d = 0; d < working.Length; d++)
        {
            working[d] = request.Calendar.IsWorkingDay(DayNumbers.ToDate(lo + d));
        }

        var builder = new DayPlacementProblemBuilder();
        foreach (var leader in leaders)
        {
            builder.AddLeader(leader.DailyCap, leader.WeeklyCap);
        }

        foreach (var _ in subjects)
        {
            builder.AddSubject();
        }

        var talkLeader = new int[talks.Length];
        var talkSubject = new int[talks.Length];
        var earliest = new int[talks.Length];
        var leaderDays = dayCapacity is null ? null : new HashSet<int>[leaders.Length];
        var buffer = new List<int>();
        for (var t = 0; t < talks.Length; t++)
        {
            var talk = talks[t];
            var l = talkLeader[t] = leaderIndex[talk.LeaderId];
            var s = talkSubject[t] = subjectIndex[talk.SubjectId];
            buffer.Clear();
            var from = earliest[t] = Earliest(talk, request);
            var to = DayNumbers.Of(talk.Window.End);

            // Walk the window and both sorted absence lists together.
            var lb = leaderBusy[l];
            var sb = subjectBusy[s];
            var li = LowerBound(lb, from);
            var si = LowerBound(sb, from);
            for (var d = from; d <= to; d++)
            {
                while (li < lb.Length && lb[li] < d)
                {
                    li++;
                }

                while (si < sb.Length && sb[si] < d)
                {
                    si++;
                }

                if (working[d - lo] && (li == lb.Length || lb[li] != d) && (si == sb.Length || sb[si] != d) && (forbidden is null || !forbidden.Contains((talk.Id, d))))
                {
                    buffer.Add(d);
                    if (leaderDays is not null)
                    {
                        (leaderDays[l] ??= []).Add(d);
                    }
                }
            }

            builder.AddTalkDays(l, s, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer));
        }

        if (leaderDays is not null)
        {
            for (var l = 0; l < leaders.Length; l++)
            {
                foreach (var d in leaderDays[l] ?? [])
                {
                    var cap = dayCapacity!(leaders[l], DayNumbers.ToDate(d));
                    if (cap < leaders[l].DailyCap)
                    {
                        builder.LimitDay(l, DayNumbers.ToDate(d), Math.Max(0, cap));
                    }
                }
            }
        }

        return new Prepared(builder.Build(), leaders, talks, talkLeader, talkSubject, lo, working, leaderBusy, subjectBusy, earliest);
    }

    internal static DaySchedule Report(Prepared prepared, DayPlacementSolution solution)
    {
        var (leaders, talks, talkLeader, talkSubject, lo, working, leaderBusy, subjectBusy) = prepared;

        var placed = new List<ScheduledDay>(solution.Placed);
        var unplacedIndex = new List<int>();
        for (var t = 0; t < talks.Length; t++)
        {
            var day = solution.DayNumberOf(t);
            if (day >= 0)
            {
                placed.Add(new ScheduledDay(talks[t].Id, talks[t].LeaderId, talks[t].SubjectId, DayNumbers.ToDate(day)));
            }
            else
            {
                unplacedIndex.Add(t);
            }
        }

        // Loads per leader per day and week, then the blocking facts of each talk left out.
        var dayLoad = new Dictionary<(int Leader, int Day), int>();
        var weekLoad = new Dictionary<(int Leader, int Week), int>();
        for (var t = 0; t < talks.Length; t++)
        {
            var day = solution.DayNumberOf(t);
            if (day >= 0)
            {
                dayLoad[(talkLeader[t], day)] = dayLoad.GetValueOrDefault((talkLeader[t], day)) + 1;
                weekLoad[(talkLeader[t], day / 7)] = weekLoad.GetValueOrDefault((talkLeader[t], day / 7)) + 1;
            }
        }

        var dayCaps = new Dictionary<(int Leader, int Day), int>();
        foreach (var (leader, day, cap) in prepared.Problem.DayCaps)
        {
            dayCaps[(leader, day)] = Math.Min(cap, dayCaps.GetValueOrDefault((leader, day), int.MaxValue));
        }

        var unplaced = new List<UnplacedTalk>(unplacedIndex.Count);
        foreach (var t in unplacedIndex)
        {
            unplaced.Add(Explain(talks[t], prepared.Earliest[t], talkLeader[t], talkSubject[t], leaders[talkLeader[t]], lo, working, leaderBusy, subjectBusy, dayLoad, weekLoad, dayCaps));
        }

        var leaderDays = new List<LeaderDayLoad>(dayLoad.Count);
        foreach (var ((l, day), count) in dayLoad)
        {
            leaderDays.Add(new LeaderDayLoad(leaders[l].Id, DayNumbers.ToDate(day), count));
        }

        leaderDays.Sort((a, b) => a.LeaderId == b.LeaderId ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.LeaderId, b.LeaderId));
        var leaderWeeks = new List<LeaderWeekLoad>(weekLoad.Count);
        foreach (var ((l, week), count) in weekLoad)
        {
            var monday = DayNumbers.ToDate(week * 7);
            leaderWeeks.Add(new LeaderWeekLoad(leaders[l].Id, monday, WeekYearRules.Iso.GetWeekYear(monday), WeekYearRules.Iso.GetWeekOfWeekYear(monday), count));
        }

        leaderWeeks.Sort((a, b) => a.LeaderId == b.LeaderId ? a.Monday.CompareTo(b.Monday) : string.CompareOrdinal(a.LeaderId, b.LeaderId));
        return new DaySchedule(solution.UpperBound, solution.ProvenMaximum, placed, unplaced, leaderDays, leaderWeeks);
    }

    internal sealed record Prepared(
        DayPlacementProblem Problem,
        SchedulingLeader[] Leaders,
        SchedulingTalk[] Talks,
        int[] TalkLeader,
        int[] TalkSubject,
        int Lo,
        bool[] Working,
        int[][] LeaderBusy,
        int[][] SubjectBusy,
        int[] Earliest)
    {
        public void Deconstruct(out SchedulingLeader[] leaders, out SchedulingTalk[] talks, out int[] talkLeader, out int[] talkSubject, out int lo, out bool[] working, out int[][] leaderBusy, out int[][] subjectBusy)
            => (leaders, talks, talkLeader, talkSubject, lo, working, leaderBusy, subjectBusy) = (Leaders, Talks, TalkLeader, TalkSubject, Lo, Working, LeaderBusy, SubjectBusy);
    }

    /// <summary>The first day a talk may take: its window's start, or later when its report is due too close to it.</summary>
    private static int Earliest(SchedulingTalk talk, DaySchedulingRequest request)
    {
        var from = DayNumbers.Of(talk.Window.Start);
        if (talk.ReportDue is not { } due)
        {
            return from;
        }

        var after = request.ReportLeadWorkingDays == 0 ? due : request.Calendar.AddWorkingDays(due, request.ReportLeadWorkingDays);
        return Math.Max(from, DayNumbers.Of(after));
    }

    private static UnplacedTalk Explain(
        SchedulingTalk talk,
        int earliest,
        int l,
        int s,
        SchedulingLeader leader,
        int lo,
        bool[] working,
        int[][] leaderBusy,
        int[][] subjectBusy,
        Dictionary<(int Leader, int Day), int> dayLoad,
        Dictionary<(int Leader, int Week), int> weekLoad,
        Dictionary<(int Leader, int Day), int> dayCaps)
    {
        var workingDays = new List<int>();
        for (var d = DayNumbers.Of(talk.Window.Start); d <= DayNumbers.Of(talk.Window.End); d++)
        {
            if (working[d - lo])
            {
                workingDays.Add(d);
            }
        }

        UnplacedTalk Result(UnplacedReason reason, List<int> days)
            => new(talk.Id, talk.LeaderId, talk.SubjectId, reason, days.ConvertAll(d => DayNumbers.ToDate(d)));

        if (workingDays.Count == 0)
        {
            return Result(UnplacedReason.NoWorkingDay, workingDays);
        }

        if (workingDays[^1] < earliest)
        {
            return Result(UnplacedReason.ReportTooLate, [earliest]);
        }

        workingDays.RemoveAll(d => d < earliest);

        var leaderFree = workingDays.FindAll(d => !Contains(leaderBusy[l], d));
        if (leaderFree.Count == 0)
        {
            return Result(UnplacedReason.LeaderAway, workingDays);
        }

        var allowed = leaderFree.FindAll(d => !Contains(subjectBusy[s], d));
        if (allowed.Count == 0)
        {
            return Result(UnplacedReason.SubjectAway, leaderFree);
        }

        var leaderFull = allowed.TrueForAll(d =>
            dayLoad.GetValueOrDefault((l, d)) >= Math.Min(leader.DailyCap, dayCaps.GetValueOrDefault((l, d), int.MaxValue)) || weekLoad.GetValueOrDefault((l, d / 7)) >= leader.WeeklyCap);
        return Result(leaderFull ? UnplacedReason.LeaderFull : UnplacedReason.Crowded, allowed);
    }

    private static T[] Sorted<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var array = new T[items.Count];
        var keys = new string[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
            keys[i] = id(items[i]);
        }

        Array.Sort(keys, array, StringComparer.Ordinal);
        return array;
    }

    private static Dictionary<string, int> Index<T>(T[] items, Func<T, string> id)
    {
        var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            index[id(items[i])] = i;
        }

        return index;
    }

    private static int[] DayNumbersOf(IReadOnlyList<LocalDate> days)
    {
        var numbers = new int[days.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = DayNumbers.Of(days[i]);
        }

        Array.Sort(numbers);
        return numbers;
    }

    private static int LowerBound(int[] sorted, int day)
    {
        var i = Array.BinarySearch(sorted, day);
        return i >= 0 ? i : ~i;
    }

    private static bool Contains(int[] sorted, int day) => sorted.Length > 0 && Array.BinarySearch(sorted, day) >= 0;
}
