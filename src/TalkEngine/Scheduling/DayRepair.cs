using System;
using System.Collections.Generic;
using TalkEngine.Scheduling.Solver;

namespace TalkEngine.Scheduling;

/// <summary>
/// The day-level problem of <see cref="TalkScheduler"/>'s repair, prepared once and then narrowed (talk, day) pair by
/// pair: each round's problem is exactly what <see cref="DayScheduler.Prepare"/> would make with the pairs forbidden so
/// far (the same talks, leaders, subjects, allowed days in the same order, and the same per-day caps: a leader's
/// lowered cap on a day is listed while some talk of the leader may still take that day), without walking the calendar,
/// the absences and the set of forbidden pairs again. The report (<see cref="Report"/>) is the one
/// <see cref="DayScheduler"/> gives for that problem; the repair asks for it only for the rounds whose schedule it keeps.
/// Not thread-safe (one instance per repair).
/// </summary>
internal sealed class DayRepair
{
    private readonly DayScheduler.Prepared _prepared;
    private readonly Dictionary<string, int> _talkIndex;
    private readonly int[][] _allowed;
    private readonly int[] _allowedCount;
    private readonly List<(int Leader, int Day, int Cap)> _caps;
    private readonly Dictionary<(int Leader, int Day), int> _capIndex;
    private readonly int[] _capUsers;
    private int _pairs;

    public DayRepair(DaySchedulingRequest request, Func<SchedulingLeader, NodaTime.LocalDate, int> dayCapacity, HashSet<(string TalkId, int Day)>? forbidden)
    {
        _prepared = DayScheduler.Prepare(request, dayCapacity, forbidden);
        var problem = _prepared.Problem;
        var talks = _prepared.Talks;
        _talkIndex = new Dictionary<string, int>(talks.Length, StringComparer.Ordinal);
        _allowed = new int[talks.Length][];
        _allowedCount = new int[talks.Length];
        for (var t = 0; t < talks.Length; t++)
        {
            _talkIndex[talks[t].Id] = t;
            _allowed[t] = problem.AllowedDays.AsSpan(problem.AllowedStart[t], problem.AllowedStart[t + 1] - problem.AllowedStart[t]).ToArray();
            _allowedCount[t] = _allowed[t].Length;
        }

        _pairs = problem.AllowedDays.Length;

        // Each lowered cap with the number of the leader's talks that may take its day: listed while that is above 0.
        _caps = problem.DayCaps;
        _capIndex = new Dictionary<(int Leader, int Day), int>(_caps.Count);
        for (var i = 0; i < _caps.Count; i++)
        {
            _capIndex[(_caps[i].Leader, _caps[i].Day)] = i;
        }

        _capUsers = new int[_caps.Count];
        if (_caps.Count > 0)
        {
            for (var t = 0; t < talks.Length; t++)
            {
                foreach (var d in _allowed[t])
                {
                    if (_capIndex.TryGetValue((_prepared.TalkLeader[t], d), out var i))
                    {
                        _capUsers[i]++;
                    }
                }
            }
        }
    }

    /// <summary>The talks in the problem's order (by id).</summary>
    public SchedulingTalk[] Talks => _prepared.Talks;

    /// <summary>The leader index of each talk (leaders by id).</summary>
    public int[] TalkLeader => _prepared.TalkLeader;

    /// <summary>Forbids a talk a day: it may no longer take it.</summary>
    public void Forbid(string talkId, int day)
    {
        var t = _talkIndex[talkId];
        var days = _allowed[t];
        var i = Array.BinarySearch(days, 0, _allowedCount[t], day);
        if (i < 0)
        {
            return;
        }

        Array.Copy(days, i + 1, days, i, _allowedCount[t] - i - 1);
        _allowedCount[t]--;
        _pairs--;
        if (_capIndex.TryGetValue((_prepared.TalkLeader[t], day), out var c))
        {
            _capUsers[c]--;
        }
    }

    /// <summary>The problem with the pairs forbidden so far.</summary>
    public DayPlacementProblem Problem()
    {
        var source = _prepared.Problem;
        var n = _allowed.Length;
        var start = new int[n + 1];
        var days = new int[_pairs];
        var at = 0;
        for (var t = 0; t < n; t++)
        {
            start[t] = at;
            Array.Copy(_allowed[t], 0, days, at, _allowedCount[t]);
            at += _allowedCount[t];
        }

        start[n] = at;
        var caps = new List<(int Leader, int Day, int Cap)>(_caps.Count);
        for (var i = 0; i < _caps.Count; i++)
        {
            if (_capUsers[i] > 0)
            {
                caps.Add(_caps[i]);
            }
        }

        return new DayPlacementProblem(source.DailyCap, source.WeeklyCap, source.SubjectCount, source.TalkLeader, source.TalkSubject, start, days, caps);
    }

    /// <summary>The day schedule of a solution of <paramref name="problem"/> (one of this repair's problems), as <see cref="DayScheduler"/> reports it.</summary>
    public DaySchedule Report(DayPlacementProblem problem, DayPlacementSolution solution)
        => DayScheduler.Report(_prepared with { Problem = problem }, solution);
}
