using System;
using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Scheduling.Solver;

/// <summary>
/// A day-level placement problem in domain-free terms: leaders (indices) with a cap of talks per day and per ISO
/// week, subjects (indices) with at most one talk a day, and talks, each with its leader, its subject and the days it
/// may take (already cut down to working days on which neither person is away). Built with
/// <see cref="DayPlacementProblemBuilder"/>; solved by <see cref="DayPlacementSolver"/>. Talks are handled in the
/// order they were added: callers that want results independent of their input order add them in a canonical order
/// (the <see cref="DayScheduler"/> sorts by id). Immutable and thread-safe.
/// </summary>
public sealed class DayPlacementProblem
{
    internal DayPlacementProblem(
        int[] dailyCap,
        int[] weeklyCap,
        int subjectCount,
        int[] talkLeader,
        int[] talkSubject,
        int[] allowedStart,
        int[] allowedDays,
        List<(int Leader, int Day, int Cap)> dayCaps)
    {
        DailyCap = dailyCap;
        WeeklyCap = weeklyCap;
        SubjectCount = subjectCount;
        TalkLeader = talkLeader;
        TalkSubject = talkSubject;
        AllowedStart = allowedStart;
        AllowedDays = allowedDays;
        DayCaps = dayCaps;
    }

    /// <summary>The number of leaders.</summary>
    public int LeaderCount => DailyCap.Length;

    /// <summary>The number of subjects.</summary>
    public int SubjectCount { get; }

    /// <summary>The number of talks.</summary>
    public int TalkCount => TalkLeader.Length;

    /// <summary>The number of (talk, allowed day) pairs: the size of the problem.</summary>
    public long AllowedPairCount => AllowedDays.Length;

    internal int[] DailyCap { get; }

    internal int[] WeeklyCap { get; }

    internal int[] TalkLeader { get; }

    internal int[] TalkSubject { get; }

    /// <summary>Talk t may take the day numbers AllowedDays[AllowedStart[t] .. AllowedStart[t + 1]), ascending.</summary>
    internal int[] AllowedStart { get; }

    internal int[] AllowedDays { get; }

    internal List<(int Leader, int Day, int Cap)> DayCaps { get; }

    /// <summary>The days talk <paramref name="talk"/> may take, ascending.</summary>
    /// <param name="talk">The talk's index.</param>
    /// <returns>The allowed days.</returns>
    public IReadOnlyList<LocalDate> AllowedDaysOf(int talk)
    {
        if ((uint)talk >= (uint)TalkCount)
        {
            throw new ArgumentOutOfRangeException(nameof(talk));
        }

        var days = new LocalDate[AllowedStart[talk + 1] - AllowedStart[talk]];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = DayNumbers.ToDate(AllowedDays[AllowedStart[talk] + i]);
        }

        return days;
    }

    /// <summary>The leader of talk <paramref name="talk"/>.</summary>
    /// <param name="talk">The talk's index.</param>
    /// <returns>The leader's index.</returns>
    public int LeaderOf(int talk) => TalkLeader[talk];

    /// <summary>The subject of talk <paramref name="talk"/>.</summary>
    /// <param name="talk">The talk's index.</param>
    /// <returns>The subject's index.</returns>
    public int SubjectOf(int talk) => TalkSubject[talk];

    /// <summary>The most talks leader <paramref name="leader"/> holds on one day (before any per-day limit).</summary>
    /// <param name="leader">The leader's index.</param>
    /// <returns>The daily cap.</returns>
    public int DailyCapOf(int leader) => DailyCap[leader];

    /// <summary>The most talks leader <paramref name="leader"/> holds in one ISO week.</summary>
    /// <param name="leader">The leader's index.</param>
    /// <returns>The weekly cap.</returns>
    public int WeeklyCapOf(int leader) => WeeklyCap[leader];
}

/// <summary>Builds a <see cref="DayPlacementProblem"/>. Not thread-safe; build once.</summary>
public sealed class DayPlacementProblemBuilder
{
    /// <summary>The most talks a problem holds.</summary>
    public const int MaxTalkCount = 10_000_000;

    /// <summary>The most (talk, allowed day) pairs a problem holds.</summary>
    public const int MaxAllowedPairCount = 200_000_000;

    private readonly List<int> _dailyCap = [];
    private readonly List<int> _weeklyCap = [];
    private readonly List<int> _talkLeader = [];
    private readonly List<int> _talkSubject = [];
    private readonly List<int> _allowedStart = [0];
    private readonly List<int> _allowedDays = [];
    private readonly List<(int Leader, int Day, int Cap)> _dayCaps = [];
    private int _subjectCount;
    private bool _built;

    /// <summary>Adds a leader.</summary>
    /// <param name="dailyCap">The most talks a day (at least 1).</param>
    /// <param name="weeklyCap">The most talks an ISO week, Monday to Sunday (at least 1).</param>
    /// <returns>The leader's index.</returns>
    public int AddLeader(int dailyCap, int weeklyCap)
    {
        CheckOpen();
        Guard.Positive(dailyCap);
        Guard.Positive(weeklyCap);
        _dailyCap.Add(dailyCap);
        _weeklyCap.Add(weeklyCap);
        return _dailyCap.Count - 1;
    }

    /// <summary>Lowers a leader's cap on one day (for example when busy hours leave room for fewer talks); the lowest limit given wins.</summary>
    /// <param name="leader">The leader's index.</param>
    /// <param name="day">The day.</param>
    /// <param name="cap">The most talks that day (0 or more).</param>
    public void LimitDay(int leader, LocalDate day, int cap)
    {
        CheckOpen();
        CheckLeader(leader);
        Guard.NotNegative(cap);
        _dayCaps.Add((leader, DayNumbers.Of(day), cap));
    }

    /// <summary>Adds a subject.</summary>
    /// <returns>The subject's index.</returns>
    public int AddSubject()
    {
        CheckOpen();
        return _subjectCount++;
    }

    /// <summary>Adds a talk.</summary>
    /// <param name="leader">The leader's index.</param>
    /// <param name="subject">The subject's index.</param>
    /// <param name="allowedDays">The days it may take (any order; repeats ignored); empty when it can take none.</param>
    /// <returns>The talk's index.</returns>
    public int AddTalk(int leader, int subject, ReadOnlySpan<LocalDate> allowedDays)
    {
        CheckOpen();
        CheckLeader(leader);
        if ((uint)subject >= (uint)_subjectCount)
        {
            throw new ArgumentOutOfRangeException(nameof(subject), subject, "Not a subject of this builder.");
        }

        if (_talkLeader.Count >= MaxTalkCount)
        {
            throw new InvalidOperationException($"A problem holds at most {MaxTalkCount} talks.");
        }

        if ((long)_allowedDays.Count + allowedDays.Length > MaxAllowedPairCount)
        {
            throw new InvalidOperationException($"A problem holds at most {MaxAllowedPairCount} (talk, day) pairs.");
        }

        var start = _allowedDays.Count;
        var sorted = true;
        foreach (var day in allowedDays)
        {
            var number = DayNumbers.Of(day);
            if (_allowedDays.Count > start && number <= _allowedDays[^1])
            {
                sorted = false;
            }

            _allowedDays.Add(number);
        }

        if (!sorted)
        {
            _allowedDays.Sort(start, _allowedDays.Count - start, null);
            var write = start + 1;
            for (var read = start + 1; read < _allowedDays.Count; read++)
            {
                if (_allowedDays[read] != _allowedDays[write - 1])
                {
                    _allowedDays[write++] = _allowedDays[read];
                }
            }

            _allowedDays.RemoveRange(write, _allowedDays.Count - write);
        }

        _talkLeader.Add(leader);
        _talkSubject.Add(subject);
        _allowedStart.Add(_allowedDays.Count);
        return _talkLeader.Count - 1;
    }

    /// <summary>Adds a talk whose allowed days are day numbers, ascending and distinct (checked only in debug builds: the caller computes them).</summary>
    internal int AddTalkDays(int leader, int subject, ReadOnlySpan<int> dayNumbers)
    {
        CheckOpen();
        CheckLeader(leader);
        if ((uint)subject >= (uint)_subjectCount)
        {
            throw new ArgumentOutOfRangeException(nameof(subject), subject, "Not a subject of this builder.");
        }

        if (_talkLeader.Count >= MaxTalkCount || (long)_allowedDays.Count + dayNumbers.Length > MaxAllowedPairCount)
        {
            throw new InvalidOperationException($"A problem holds at most {MaxTalkCount} talks and {MaxAllowedPairCount} (talk, day) pairs.");
        }

        for (var i = 1; i < dayNumbers.Length; i++)
        {
            System.Diagnostics.Debug.Assert(dayNumbers[i - 1] < dayNumbers[i], "ascending and distinct");
        }

        _allowedDays.AddRange(dayNumbers);
        _talkLeader.Add(leader);
        _talkSubject.Add(subject);
        _allowedStart.Add(_allowedDays.Count);
        return _talkLeader.Count - 1;
    }

    /// <summary>Builds the problem; the builder cannot be used afterwards.</summary>
    /// <returns>The problem.</returns>
    public DayPlacementProblem Build()
    {
        CheckOpen();
        _built = true;
        return new DayPlacementProblem(
            [.. _dailyCap], [.. _weeklyCap], _subjectCount, [.. _talkLeader], [.. _talkSubject], [.. _allowedStart], [.. _allowedDays], _dayCaps);
    }

    private void CheckLeader(int leader)
    {
        if ((uint)leader >= (uint)_dailyCap.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(leader), leader, "Not a leader of this builder.");
        }
    }

    private void CheckOpen()
    {
        if (_built)
        {
            throw new InvalidOperationException("The problem is already built.");
        }
    }
}
