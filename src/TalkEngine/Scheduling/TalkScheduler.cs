using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Planning;
using TalkEngine.Scheduling.Solver;

namespace TalkEngine.Scheduling;

/// <summary>
/// Gives talks a working day and an hour. First the day: the exact day-level placement of <see cref="DayScheduler"/>,
/// with each leader's cap on a day lowered to the talks that fit in its free working hours (the working hours minus
/// the leader's busy periods, packed with the leader's longest talk and the buffer), and a subject's day treated as
/// away when its busy periods cover every working hour. Then the hour: day by day, leaders in id order, each talk (by
/// id) at the earliest five-minute start inside the working hours that overlaps no busy period of its leader or
/// subject, keeps the buffer to the leader's other talks, and, in person, finds a free room (rooms in the order given;
/// with no rooms given, rooms are not planned). A talk that finds no hour on its day is forbidden that day and the
/// day placement is solved again (at most 64 rounds), so that the day placement learns the rooms and busy hours; a
/// talk that still finds none is reported (<see cref="UnplacedReason.NoTimeSlot"/>) with its day or days. The schedule
/// is the one of the round with the most talks timed (then the fewest that found no hour; the first such round). A round
/// costs a day-level solve: the day problem is prepared once and only narrowed by the days forbidden, and only the days
/// whose talks changed are timed again (the result is the same as preparing and timing everything each round).
/// <para>
/// What is proven: the upper bound is the first day-level solve's (the caps, the derived per-day capacities, whole
/// busy days; every later solve only forbids more), tightened, when rooms bind, by a matching of the in-person talks
/// to the rooms' slots a day. <see cref="TalkSchedule.ProvenMaximum"/> is true only when the talks with an hour reach
/// that bound. The repair itself is a heuristic (on 60 random tiny instances it reaches the brute-force maximum on 59);
/// hours and rooms are placed deterministically, not optimised.
/// </para>
/// Stateless after construction and thread-safe. Registered by <c>AddTalkEngine</c>; also new-able.
/// </summary>
public sealed class TalkScheduler
{
    private const int Step = 5;
    private const int MaxRepairRounds = 64;
    private readonly SchedulingOptions _options;
    private readonly DateTimeZone _zone;
    private readonly (int Start, int End)[] _hours;

    /// <summary>A scheduler with the default options, in <c>Asia/Shanghai</c>.</summary>
    public TalkScheduler()
        : this(new SchedulingOptions())
    {
    }

    /// <summary>A scheduler with the given options.</summary>
    /// <param name="options">The options (checked: every problem is reported at once).</param>
    /// <param name="zone">The time zone of the working hours; <c>Asia/Shanghai</c> when null.</param>
    /// <exception cref="TalkEngineValidationException">The options are invalid.</exception>
    public TalkScheduler(SchedulingOptions options, DateTimeZone? zone = null)
    {
        Guard.NotNull(options);
        SchedulingOptionsValidator.Instance.ThrowIfInvalid(options);
        _options = options;
        _zone = zone ?? DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        _hours = SchedulingOptionsValidator.ParseHours(options.WorkingHours)!;
    }

    /// <summary>Schedules the talks of a request, without planning rooms.</summary>
    /// <param name="request">The talks, leaders, subjects and calendar.</param>
    /// <returns>The schedule.</returns>
    public TalkSchedule Schedule(DaySchedulingRequest request) => Schedule(request, null);

    /// <summary>Schedules the talks of a request.</summary>
    /// <param name="request">The talks, leaders, subjects and calendar.</param>
    /// <param name="rooms">The rooms for in-person talks, in order of preference; null or empty when rooms are not planned.</param>
    /// <returns>The schedule.</returns>
    public TalkSchedule Schedule(DaySchedulingRequest request, IEnumerable<string>? rooms)
    {
        Guard.NotNull(request);
        return Schedule(request, rooms, null);
    }

    /// <summary>Schedules with some (talk id, day number) pairs forbidden from the start (talks a re-schedule leaves out).</summary>
    private TalkSchedule Schedule(DaySchedulingRequest request, IEnumerable<string>? rooms, HashSet<(string TalkId, int Day)>? forbiddenFromStart)
        => Repair(request, rooms, forbiddenFromStart).Schedule;

    /// <summary>
    /// The repair, with the number of rounds it ran (for the tests). Each round is what <see cref="ScheduleReference"/>
    /// does, without its waste: the day-level problem is prepared once and narrowed by the pairs forbidden (see
    /// <see cref="DayRepair"/>); a round's day schedule is reported only when the round is the first or the best; and
    /// only the days whose talks changed since they were last timed are timed again (a day's hours and rooms depend on
    /// its talks alone).
    /// </summary>
    internal (TalkSchedule Schedule, int Rounds) Repair(DaySchedulingRequest request, IEnumerable<string>? rooms, HashSet<(string TalkId, int Day)>? forbiddenFromStart = null)
    {
        var (roomList, leaders, dayRequest, cap, talks, subjectById) = Lookups(request, rooms);

        // Repair: a talk that finds no hour on its day (rooms full, busy hours) is forbidden that day and the day-level
        // placement is solved again, until every talk placed has an hour or the rounds run out. The first solve's bound
        // holds for every later one (they only forbid more), so it stays the honest bound.
        var forbidden = forbiddenFromStart ?? [];
        var repair = new DayRepair(dayRequest, cap, forbidden);
        var timing = new DayTimings(this, repair, talks, leaders, subjectById, roomList);
        DaySchedule? first = null;
        (DayPlacementProblem Problem, DayPlacementSolution Solution, DayTimings.Day[] Days, int Timed, int Failed)? best = null;
        var bestRound = -1;
        var rounds = 0;
        for (var round = 0; round < MaxRepairRounds; round++)
        {
            rounds++;
            var problem = repair.Problem();
            var solution = DayPlacementSolver.Solve(problem, _options.NodeLimit);
            first ??= repair.Report(problem, solution);
            var (days, timed, failed) = timing.Time(solution);
            if (best is null || timed > best.Value.Timed || (timed == best.Value.Timed && failed < best.Value.Failed))
            {
                best = (problem, solution, days, timed, failed);
                bestRound = round;
            }

            if (failed == 0)
            {
                break;
            }

            foreach (var day in days)
            {
                foreach (var f in day.Failed)
                {
                    var number = DayNumbers.Of(f.Days[0]);
                    if (forbidden.Add((f.TalkId, number)))
                    {
                        repair.Forbid(f.TalkId, number);
                    }
                }
            }
        }

        var (bestProblem, bestSolution, bestDays, bestTimed, bestFailed) = best!.Value;
        var final = bestRound == 0 ? first! : repair.Report(bestProblem, bestSolution);
        var timedTalks = new List<TimedTalk>(bestTimed);
        var failedTalks = new List<UnplacedTalk>(bestFailed);
        foreach (var day in bestDays)
        {
            timedTalks.AddRange(day.Timed);
            failedTalks.AddRange(day.Failed);
        }

        return (Finish(dayRequest, cap, talks, roomList, forbidden, first!, final, bestRound == 0, timedTalks, failedTalks), rounds);
    }

    /// <summary>The rooms (distinct, in order), the leaders, talks and subjects by id, and the day-level request with its caps.</summary>
    private (string[] Rooms, Dictionary<string, SchedulingLeader> Leaders, DaySchedulingRequest DayRequest, Func<SchedulingLeader, LocalDate, int> Cap, Dictionary<string, SchedulingTalk> Talks, Dictionary<string, SchedulingSubject> Subjects) Lookups(
        DaySchedulingRequest request, IEnumerable<string>? rooms)
    {
        var roomList = rooms is null ? [] : Guard.NoNullItems(rooms).Distinct(StringComparer.Ordinal).ToArray();
        var (dayRequest, cap) = DayLevel(request);
        return (
            roomList,
            request.Leaders.ToDictionary(l => l.Id, StringComparer.Ordinal),
            dayRequest,
            cap,
            request.Talks.ToDictionary(t => t.Id, StringComparer.Ordinal),
            request.Subjects.ToDictionary(s => s.Id, StringComparer.Ordinal));
    }

    /// <summary>
    /// The repair as first written, kept for the tests only: every round solves and reports the whole day placement
    /// again and times every day again. <see cref="Schedule(DaySchedulingRequest, IEnumerable{string}?, HashSet{ValueTuple{string, int}}?)"/>
    /// must give the same schedule, byte for byte.
    /// </summary>
    internal TalkSchedule ScheduleReference(DaySchedulingRequest request, IEnumerable<string>? rooms, HashSet<(string TalkId, int Day)>? forbiddenFromStart = null)
    {
        var (roomList, leaders, dayRequest, cap, talks, subjectById) = Lookups(request, rooms);

        // Repair: a talk that finds no hour on its day (rooms full, busy hours) is forbidden that day and the day-level
        // placement is solved again, until every talk placed has an hour or the rounds run out. The first solve's bound
        // holds for every later one (they only forbid more), so it stays the honest bound.
        var forbidden = forbiddenFromStart ?? [];
        DaySchedule? first = null;
        (DaySchedule Days, List<TimedTalk> Timed, List<UnplacedTalk> Failed)? best = null;
        for (var round = 0; round < MaxRepairRounds; round++)
        {
            var days = DayScheduler.Schedule(dayRequest, _options.NodeLimit, cap, forbidden);
            first ??= days;
            var (timed, failed) = Time(days, talks, leaders, subjectById, roomList);
            if (best is null || timed.Count > best.Value.Timed.Count || (timed.Count == best.Value.Timed.Count && failed.Count < best.Value.Failed.Count))
            {
                best = (days, timed, failed);
            }

            if (failed.Count == 0)
            {
                break;
            }

            foreach (var f in failed)
            {
                forbidden.Add((f.TalkId, DayNumbers.Of(f.Days[0])));
            }
        }

        var (final, timedTalks, failedTalks) = best!.Value;
        return Finish(dayRequest, cap, talks, roomList, forbidden, first!, final, ReferenceEquals(final, first), timedTalks, failedTalks);
    }

    /// <summary>
    /// The schedule of the repair's best round: a talk that lost its days to the repair is reported without a time slot;
    /// the bound is the first round's, tightened by the rooms when they bind.
    /// </summary>
    private TalkSchedule Finish(
        DaySchedulingRequest dayRequest,
        Func<SchedulingLeader, LocalDate, int> cap,
        Dictionary<string, SchedulingTalk> talks,
        string[] roomList,
        HashSet<(string TalkId, int Day)> forbidden,
        DaySchedule first,
        DaySchedule final,
        bool finalIsFirst,
        List<TimedTalk> timedTalks,
        List<UnplacedTalk> failedTalks)
    {
        var forbiddenDays = forbidden.GroupBy(f => f.TalkId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LocalDate>)g.Select(f => DayNumbers.ToDate(f.Day)).Order().ToArray(), StringComparer.Ordinal);
        var firstUnplaced = first.Unplaced.Select(u => u.TalkId).ToHashSet(StringComparer.Ordinal);
        var unplaced = new List<UnplacedTalk>(final.Unplaced.Count + failedTalks.Count);
        foreach (var u in final.Unplaced)
        {
            // A talk that lost its days to the repair found no hour on them.
            unplaced.Add(forbiddenDays.TryGetValue(u.TalkId, out var lost) && !firstUnplaced.Contains(u.TalkId)
                ? new UnplacedTalk(u.TalkId, u.LeaderId, u.SubjectId, UnplacedReason.NoTimeSlot, lost)
                : u);
        }

        unplaced.AddRange(failedTalks);
        timedTalks.Sort((a, b) => string.CompareOrdinal(a.TalkId, b.TalkId));
        unplaced.Sort((a, b) => string.CompareOrdinal(a.TalkId, b.TalkId));
        var bound = first.UpperBound;
        if (forbidden.Count > 0 && roomList.Length > 0 && final.Placed < bound)
        {
            bound = Math.Min(bound, RoomBound(dayRequest, cap, roomList.Length, talks));
        }

        var daysResult = finalIsFirst
            ? final
            : new DaySchedule(bound, (first.ProvenMaximum || bound < first.UpperBound) && final.Placed == bound, final.Talks, final.Unplaced, final.LeaderDays, final.LeaderWeeks);
        return new TalkSchedule(daysResult, timedTalks, unplaced);
    }

    /// <summary>
    /// The day-level request of a request (a subject whose busy hours cover every working hour of a day is away that
    /// day) and each leader's cap on a day (the talks that fit in the free hours).
    /// </summary>
    private (DaySchedulingRequest Request, Func<SchedulingLeader, LocalDate, int> Cap) DayLevel(DaySchedulingRequest request)
    {
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var talk in request.Talks)
        {
            longest[talk.LeaderId] = Math.Max(longest.GetValueOrDefault(talk.LeaderId), Minutes(talk));
        }

        var subjects = request.Subjects.Select(s => s.BusyPeriods.Count == 0 ? s : new SchedulingSubject(
            s.Id, s.BusyDays.Concat(FullyBusyDays(s.BusyPeriods)), s.BusyPeriods)).ToArray();
        var dayRequest = new DaySchedulingRequest(request.Leaders, subjects, request.Talks, request.Calendar, request.ReportLeadWorkingDays);
        return (dayRequest, (leader, day) => Capacity(leader, day, longest.GetValueOrDefault(leader.Id)));
    }

    /// <summary>
    /// An upper bound that sees the rooms and nothing else: the talks other than in person that have an allowed day,
    /// plus the most in-person talks that fit the rooms' slots (a room holds at most its working minutes divided by the
    /// shortest in-person talk a day), by a maximum matching of talks to days. Valid for every placement with hours.
    /// </summary>
    private int RoomBound(DaySchedulingRequest dayRequest, Func<SchedulingLeader, LocalDate, int> cap, int rooms, Dictionary<string, SchedulingTalk> talks)
    {
        var prepared = DayScheduler.Prepare(dayRequest, cap);
        var problem = prepared.Problem;
        var inPerson = prepared.Talks.Select(t => t.Mode == TalkMode.InPerson).ToArray();
        var shortest = prepared.Talks.Where(t => t.Mode == TalkMode.InPerson).Select(t => Minutes(talks[t.Id])).DefaultIfEmpty(1).Min();
        var capacity = rooms * _hours.Sum(h => (h.End - h.Start) / Math.Max(1, shortest));
        var occupants = new Dictionary<int, List<int>>();
        var bound = 0;
        for (var t = 0; t < prepared.Talks.Length; t++)
        {
            var from = problem.AllowedStart[t];
            var to = problem.AllowedStart[t + 1];
            if (from == to)
            {
                continue;
            }

            if (!inPerson[t] || Augment(t, []))
            {
                bound++;
            }
        }

        return bound;

        bool Augment(int t, HashSet<int> visited)
        {
            for (var i = problem.AllowedStart[t]; i < problem.AllowedStart[t + 1]; i++)
            {
                var d = problem.AllowedDays[i];
                if (!visited.Add(d))
                {
                    continue;
                }

                if (!occupants.TryGetValue(d, out var list))
                {
                    occupants[d] = list = [];
                }

                if (list.Count < capacity)
                {
                    list.Add(t);
                    return true;
                }

                for (var j = 0; j < list.Count; j++)
                {
                    var u = list[j];
                    list[j] = t;
                    if (Augment(u, visited))
                    {
                        return true;
                    }

                    list[j] = u;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The hours and rooms of a repair's rounds, day by day (a day's talks are timed alone: leaders by id, then talks by
    /// id, the rooms free at the day's start), each day kept with its talks so that a later round whose day holds the same
    /// talks reuses it. Not thread-safe (one instance per repair).
    /// </summary>
    private sealed class DayTimings(
        TalkScheduler scheduler,
        DayRepair repair,
        Dictionary<string, SchedulingTalk> talks,
        Dictionary<string, SchedulingLeader> leaders,
        Dictionary<string, SchedulingSubject> subjectById,
        string[] roomList)
    {
        private readonly Dictionary<int, Day> _days = [];
        private readonly Dictionary<int, List<int>> _byDay = [];
        private readonly List<int> _order = [];

        /// <summary>Times the days of a solution (talks in the repair's order): the days in order, the talks timed and those that found no hour.</summary>
        public (Day[] Days, int Timed, int Failed) Time(DayPlacementSolution solution)
        {
            foreach (var list in _byDay.Values)
            {
                list.Clear();
            }

            _order.Clear();
            var leaderOf = repair.TalkLeader;
            var count = repair.Talks.Length;
            for (var t = 0; t < count; t++)
            {
                var d = solution.DayNumberOf(t);
                if (d < 0)
                {
                    continue;
                }

                if (!_byDay.TryGetValue(d, out var list))
                {
                    _byDay[d] = list = [];
                }

                if (list.Count == 0)
                {
                    _order.Add(d);
                }

                list.Add(t);
            }

            _order.Sort();
            var result = new Day[_order.Count];
            int timed = 0, failed = 0;
            for (var i = 0; i < _order.Count; i++)
            {
                var d = _order[i];
                var list = _byDay[d];

                // Leaders by id, then talks by id (talks are in id order, leaders' indices in id order).
                list.Sort((a, b) => leaderOf[a] != leaderOf[b] ? leaderOf[a].CompareTo(leaderOf[b]) : a.CompareTo(b));
                if (!_days.TryGetValue(d, out var day) || !day.Holds(list))
                {
                    _days[d] = day = TimeDay(d, list);
                }

                result[i] = day;
                timed += day.Timed.Count;
                failed += day.Failed.Count;
            }

            return (result, timed, failed);
        }

        private Day TimeDay(int dayNumber, List<int> order)
        {
            var date = DayNumbers.ToDate(dayNumber);
            var timed = new List<TimedTalk>(order.Count);
            var unplaced = new List<UnplacedTalk>();
            var leaderBooked = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
            var roomBooked = roomList.Select(_ => new List<(int Start, int End)>()).ToArray();
            foreach (var index in order)
            {
                var talk = talks[repair.Talks[index].Id];
                var length = scheduler.Minutes(talk);
                var leaderBusy = Busy(leaders[talk.LeaderId].BusyPeriods, date);
                var subjectBusy = Busy(subjectById[talk.SubjectId].BusyPeriods, date);
                if (!leaderBooked.TryGetValue(talk.LeaderId, out var booked))
                {
                    leaderBooked[talk.LeaderId] = booked = [];
                }

                var slot = scheduler.Find(length, leaderBusy, subjectBusy, booked, talk.Mode == TalkMode.InPerson ? roomBooked : []);
                if (slot is not { } found)
                {
                    unplaced.Add(new UnplacedTalk(talk.Id, talk.LeaderId, talk.SubjectId, UnplacedReason.NoTimeSlot, [date]));
                    continue;
                }

                booked.Add((found.Start, found.Start + length));
                if (found.Room >= 0)
                {
                    roomBooked[found.Room].Add((found.Start, found.Start + length));
                }

                var start = date.AtMidnight().PlusMinutes(found.Start);
                timed.Add(new TimedTalk(
                    talk.Id,
                    talk.LeaderId,
                    talk.SubjectId,
                    start.InZoneLeniently(scheduler._zone),
                    start.PlusMinutes(length).InZoneLeniently(scheduler._zone),
                    found.Room >= 0 ? roomList[found.Room] : null));
            }

            return new Day([.. order], timed, unplaced);
        }

        /// <summary>A day timed: its talks in order, those timed and those that found no hour.</summary>
        internal sealed class Day(int[] talks, List<TimedTalk> timed, List<UnplacedTalk> failed)
        {
            public List<TimedTalk> Timed { get; } = timed;

            public List<UnplacedTalk> Failed { get; } = failed;

            public bool Holds(List<int> order) => order.Count == talks.Length && System.Runtime.InteropServices.CollectionsMarshal.AsSpan(order).SequenceEqual(talks);
        }
    }

    private (List<TimedTalk> Timed, List<UnplacedTalk> Failed) Time(
        DaySchedule days,
        Dictionary<string, SchedulingTalk> talks,
        Dictionary<string, SchedulingLeader> leaders,
        Dictionary<string, SchedulingSubject> subjectById,
        string[] roomList)
    {
        var timed = new List<TimedTalk>(days.Placed);
        var unplaced = new List<UnplacedTalk>();
        foreach (var day in days.Talks.GroupBy(t => t.Date).OrderBy(g => g.Key))
        {
            var leaderBooked = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
            var roomBooked = roomList.Select(_ => new List<(int Start, int End)>()).ToArray();
            foreach (var placed in day.OrderBy(t => t.LeaderId, StringComparer.Ordinal).ThenBy(t => t.TalkId, StringComparer.Ordinal))
            {
                var talk = talks[placed.TalkId];
                var length = Minutes(talk);
                var leaderBusy = Busy(leaders[talk.LeaderId].BusyPeriods, day.Key);
                var subjectBusy = Busy(subjectById[talk.SubjectId].BusyPeriods, day.Key);
                if (!leaderBooked.TryGetValue(talk.LeaderId, out var booked))
                {
                    leaderBooked[talk.LeaderId] = booked = [];
                }

                var slot = Find(length, leaderBusy, subjectBusy, booked, talk.Mode == TalkMode.InPerson ? roomBooked : []);
                if (slot is not { } found)
                {
                    unplaced.Add(new UnplacedTalk(talk.Id, talk.LeaderId, talk.SubjectId, UnplacedReason.NoTimeSlot, [day.Key]));
                    continue;
                }

                booked.Add((found.Start, found.Start + length));
                if (found.Room >= 0)
                {
                    roomBooked[found.Room].Add((found.Start, found.Start + length));
                }

                var start = day.Key.AtMidnight().PlusMinutes(found.Start);
                timed.Add(new TimedTalk(
                    talk.Id,
                    talk.LeaderId,
                    talk.SubjectId,
                    start.InZoneLeniently(_zone),
                    start.PlusMinutes(length).InZoneLeniently(_zone),
                    found.Room >= 0 ? roomList[found.Room] : null));
            }
        }

        return (timed, unplaced);
    }

    /// <summary>
    /// Schedules again after a change (new busy days or periods, talks added or removed) or with talks moved by hand,
    /// so that the others move as little as possible. The result is, at day level, lexicographically best: (1) the most
    /// talks the changed request holds; (2) the fewest talks whose day differs from <paramref name="previous"/> (a
    /// talk counts when it moves to another day, when it was placed and no longer is, and when it had no day and now
    /// has one; pinned talks count, but their move is the same in every answer); (3) the fewest calendar days moved in
    /// total (|new − previous| over the talks placed before and after). Pins hold when keeping them all costs no
    /// placement; otherwise they are dropped and the talks start from their previous days.
    /// <para>
    /// How: an exact search at day level (the same rules and per-day caps as <see cref="Schedule(DaySchedulingRequest, IEnumerable{string})"/>).
    /// Talks that keep their previous day and share no leader or subject, even transitively, with a talk that cannot
    /// keep it (or has none) are fixed; the rest are searched by branch and bound, component by component, the talks
    /// that cannot keep their day first and then the others, each in id order, each talk trying its previous day, then
    /// its days by distance and then date, then no day; the first optimum found wins ties, so the result is
    /// deterministic. The search of a component stops after <see cref="SchedulingOptions.NodeLimit"/> nodes. The hours
    /// and rooms are then found for those days; if that loses a talk, or the search finds no answer, the greedy answer
    /// of earlier versions (release kept talks one at a time in id order while that places more) is also computed
    /// and the better of the two by the same order is returned (a search stopped at the limit returns its best). <see cref="RescheduleResult.MinimalMovesProven"/>
    /// says whether the answer is proven best. The schedule's <see cref="TalkSchedule.UpperBound"/> is the changed
    /// request's bound, or the bound of the request with the pins when that is greater (a pin may lie outside its
    /// talk's window and so place more); <see cref="TalkSchedule.ProvenMaximum"/> when the count reaches it.
    /// </para>
    /// </summary>
    /// <param name="previous">The schedule before the change.</param>
    /// <param name="request">The changed request.</param>
    /// <param name="pins">Talks moved by hand: talk id → its day (any day, even outside its window).</param>
    /// <param name="rooms">The rooms for in-person talks, in order of preference; null when rooms are not planned.</param>
    /// <returns>The new schedule and the moves.</returns>
    /// <exception cref="ArgumentException">A pin names a talk not in the request.</exception>
    public RescheduleResult Reschedule(TalkSchedule previous, DaySchedulingRequest request, IReadOnlyDictionary<string, LocalDate>? pins = null, IEnumerable<string>? rooms = null)
    {
        Guard.NotNull(previous);
        Guard.NotNull(request);
        var roomList = rooms is null ? [] : Guard.NoNullItems(rooms).ToArray();
        pins ??= new Dictionary<string, LocalDate>();
        var ids = request.Talks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in pins.Keys)
        {
            if (!ids.Contains(id))
            {
                throw new ArgumentException($"The pinned talk '{id}' is not in the request.", nameof(pins));
            }
        }

        var before = previous.Talks.ToDictionary(t => t.TalkId, t => t.Start.Date, StringComparer.Ordinal);
        var plain = Schedule(request, roomList);

        TalkSchedule Attempt(IReadOnlyDictionary<string, LocalDate> keep, bool withPins, bool othersOut = false)
        {
            var talks = request.Talks.Select(t =>
                withPins && pins.TryGetValue(t.Id, out var pin) ? Narrowed(t, pin)
                : keep.TryGetValue(t.Id, out var day) ? Narrowed(t, day)
                : t).ToList();
            HashSet<(string TalkId, int Day)>? forbidden = null;
            if (othersOut)
            {
                // The talks the search leaves out stay out (they could only take another's place).
                forbidden = [];
                foreach (var t in talks.Where(t => !keep.ContainsKey(t.Id)))
                {
                    for (var d = t.Window.Start; d <= t.Window.End; d = d.PlusDays(1))
                    {
                        forbidden.Add((t.Id, DayNumbers.Of(d)));
                    }
                }
            }

            return Schedule(new DaySchedulingRequest(request.Leaders, request.Subjects, talks, request.Calendar, request.ReportLeadWorkingDays), roomList, forbidden);
        }

        (int Placed, int Moves, long Days) Cost(TalkSchedule s)
        {
            var after = s.Talks.ToDictionary(t => t.TalkId, t => t.Start.Date, StringComparer.Ordinal);
            var moves = 0;
            var days = 0L;
            foreach (var talk in request.Talks)
            {
                var had = before.TryGetValue(talk.Id, out var from);
                var has = after.TryGetValue(talk.Id, out var to);
                if (had != has || (had && from != to))
                {
                    moves++;
                }

                if (had && has)
                {
                    days += Math.Abs(DayNumbers.Of(to) - DayNumbers.Of(from));
                }
            }

            return (s.Placed, moves, days);
        }

        static bool Better((int Placed, int Moves, long Days) a, (int Placed, int Moves, long Days) b)
            => a.Placed != b.Placed ? a.Placed > b.Placed : a.Moves != b.Moves ? a.Moves < b.Moves : a.Days < b.Days;

        // The exact search, with the pins first, without them when keeping them costs a placement.
        var (baseDayRequest, cap) = DayLevel(request);
        var plainDays = DayScheduler.Schedule(baseDayRequest, _options.NodeLimit, cap);
        var target = plainDays.Placed;
        var plainDay = plainDays.Talks.ToDictionary(t => t.TalkId, t => DayNumbers.Of(t.Date), StringComparer.Ordinal);
        var pinnedDayRequest = pins.Count == 0
            ? null
            : DayLevel(new DaySchedulingRequest(request.Leaders, request.Subjects, request.Talks.Select(t => pins.TryGetValue(t.Id, out var pin) ? Narrowed(t, pin) : t), request.Calendar, request.ReportLeadWorkingDays)).Request;

        // A pin may lie outside its talk's window, so the pinned request can hold more than the plain one: the honest
        // bound of a re-schedule is the greater of the two requests' bounds.
        var pinnedDays = pinnedDayRequest is null ? null : DayScheduler.Schedule(pinnedDayRequest, _options.NodeLimit, cap);
        var bound = pinnedDays is null ? plain.UpperBound : Math.Max(plain.UpperBound, pinnedDays.UpperBound);
        var pinnedDay = pinnedDays?.Talks.ToDictionary(t => t.TalkId, t => DayNumbers.Of(t.Date), StringComparer.Ordinal);
        TalkSchedule? schedule = null;
        var proven = false;
        var lostToHours = false;
        var nodes = 0L;
        // Pins that cost a placement by the pinned request's proven maximum need no search.
        var tryPins = pinnedDays is not null && !(pinnedDays.ProvenMaximum && pinnedDays.Placed < target);
        foreach (var withPins in tryPins ? new[] { true, false } : [false])
        {
            var dayRequest = withPins ? pinnedDayRequest! : baseDayRequest;
            var prepared = DayScheduler.Prepare(dayRequest, cap);
            var previousDays = prepared.Talks.Select(t => before.TryGetValue(t.Id, out var d) ? DayNumbers.Of(d) : -1).ToArray();
            var search = new MinimalMoveSearch(prepared, previousDays, _options.NodeLimit);
            // The day-level schedule of the same problem is where the search starts its bar: each component places at least as many.
            // When that schedule is a proven maximum, it is also each component's maximum: a cap on the count bound.
            var referenceDay = withPins ? pinnedDay! : plainDay;
            var reference = prepared.Talks.Select(t => referenceDay.TryGetValue(t.Id, out var d) ? d : -1).ToArray();
            var (days, complete) = search.Run(target, reference, withPins ? pinnedDays!.ProvenMaximum : plainDays.ProvenMaximum);
            nodes += search.Nodes;
            if (days is null)
            {
                if (complete)
                {
                    continue;
                }

                break;
            }

            var keep = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
            for (var t = 0; t < days.Length; t++)
            {
                if (days[t] >= 0)
                {
                    keep[prepared.Talks[t].Id] = DayNumbers.ToDate(days[t]);
                }
            }

            schedule = Attempt(keep, withPins, othersOut: true);
            var after = schedule.Talks.Select(t => t.TalkId).ToHashSet(StringComparer.Ordinal);
            lostToHours = !after.SetEquals(keep.Keys);
            proven = complete && !lostToHours;
            break;
        }

        // The greedy answer only when the search has none with every talk it placed: it re-schedules the whole request
        // once per released talk, far too slow to run beside every large search that stopped at its node limit.
        if (schedule is null || lostToHours)
        {
            var greedy = Greedy(request, pins, before, plain, (keep, withPins) => Attempt(keep, withPins));
            if (schedule is null || Better(Cost(greedy), Cost(schedule)))
            {
                schedule = greedy;
            }
        }

        // The schedule's own proof concerns the narrowed request; the bound of the re-schedule is the changed request's,
        // or the pinned request's when that is greater, and the count is proven when it reaches that bound.
        if (!ReferenceEquals(schedule, plain) || bound != plain.UpperBound)
        {
            var d = schedule.Days;
            schedule = new TalkSchedule(
                new DaySchedule(bound, d.Placed >= bound, d.Talks, d.Unplaced, d.LeaderDays, d.LeaderWeeks),
                schedule.Talks,
                schedule.Unplaced);
        }

        var final = schedule.Talks.ToDictionary(t => t.TalkId, t => t.Start.Date, StringComparer.Ordinal);
        var moved = new List<TalkMove>();
        foreach (var id in ids.Concat(before.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            LocalDate? from = before.TryGetValue(id, out var f) ? f : null;
            LocalDate? to = final.TryGetValue(id, out var t) ? t : null;
            if (from != to)
            {
                moved.Add(new TalkMove(id, from, to));
            }
        }

        return new RescheduleResult(schedule, moved, proven, nodes);
    }

    /// <summary>
    /// The greedy re-schedule of earlier versions: every talk keeps its previous day where that day is still in its
    /// window, pinned talks take their pin, and, while fewer talks are placed than the plain schedule, one kept talk at
    /// a time (in id order, the first whose release places more) is released; if that does not reach the plain
    /// schedule's count, the plain schedule.
    /// </summary>
    private static TalkSchedule Greedy(
        DaySchedulingRequest request,
        IReadOnlyDictionary<string, LocalDate> pins,
        Dictionary<string, LocalDate> before,
        TalkSchedule plain,
        Func<IReadOnlyDictionary<string, LocalDate>, bool, TalkSchedule> attempt)
    {
        var target = plain.Placed;
        var kept = request.Talks
            .Where(t => !pins.ContainsKey(t.Id) && before.TryGetValue(t.Id, out var d) && t.Window.Contains(d))
            .Select(t => t.Id)
            .Order(StringComparer.Ordinal)
            .ToList();

        TalkSchedule Attempt(List<string> keep) => attempt(keep.ToDictionary(id => id, id => before[id], StringComparer.Ordinal), true);

        var schedule = Attempt(kept);
        while (schedule.Placed < target)
        {
            TalkSchedule? better = null;
            for (var i = 0; i < kept.Count && better is null; i++)
            {
                var trial = new List<string>(kept);
                trial.RemoveAt(i);
                var candidate = Attempt(trial);
                if (candidate.Placed > schedule.Placed)
                {
                    kept = trial;
                    better = candidate;
                }
            }

            if (better is null)
            {
                better = pins.Count == 0 ? plain : Attempt([]);
                return better.Placed < target ? plain : better;
            }

            schedule = better;
        }

        return schedule;
    }

    private static SchedulingTalk Narrowed(SchedulingTalk t, LocalDate day)
        => new(t.Id, t.LeaderId, t.SubjectId, new DateInterval(day, day), t.Source, t.Style, t.Mode, t.ReportDue);

    /// <summary>Schedules a year plan's talks (each demand's talk, its window, style and mode).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="leaders">The leaders' caps and absences; a leader of the plan not listed here holds at most 3 talks a day and 10 a week and is never away.</param>
    /// <param name="subjects">The subjects' absences; a subject not listed here is never away.</param>
    /// <param name="rooms">The rooms for in-person talks, in order of preference; null when rooms are not planned.</param>
    /// <param name="calendar">The working calendar; mainland China when null.</param>
    /// <returns>The schedule; talk ids are the plan's demand ids.</returns>
    public TalkSchedule SchedulePlan(
        YearPlan plan,
        IEnumerable<SchedulingLeader>? leaders = null,
        IEnumerable<SchedulingSubject>? subjects = null,
        IEnumerable<string>? rooms = null,
        WorkingCalendar? calendar = null)
    {
        Guard.NotNull(plan);
        return Schedule(PlanRequest(plan, leaders, subjects, calendar), rooms);
    }

    /// <summary>The request of a year plan's talks (each demand's talk, its window, style and mode), with defaults for the leaders and subjects not listed.</summary>
    internal static DaySchedulingRequest PlanRequest(
        YearPlan plan,
        IEnumerable<SchedulingLeader>? leaders,
        IEnumerable<SchedulingSubject>? subjects,
        WorkingCalendar? calendar)
    {
        var leaderList = leaders is null ? [] : Guard.NoNullItems(leaders).ToList();
        var subjectList = subjects is null ? [] : Guard.NoNullItems(subjects).ToList();
        var knownLeaders = leaderList.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var knownSubjects = subjectList.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var talk in plan.Talks)
        {
            if (knownLeaders.Add(talk.LeaderId))
            {
                leaderList.Add(new SchedulingLeader(talk.LeaderId, 3, 10));
            }

            if (knownSubjects.Add(talk.SubjectId))
            {
                subjectList.Add(new SchedulingSubject(talk.SubjectId));
            }
        }

        var talks = plan.Talks.Select(t => new SchedulingTalk(t.DemandId, t.LeaderId, t.SubjectId, t.Window, Codes.Of(t.Source), t.Style, t.Mode));
        return new DaySchedulingRequest(leaderList, subjectList, talks, calendar);
    }

    /// <summary>A talk's length in minutes: by style, plus the mode's extra.</summary>
    /// <param name="talk">The talk.</param>
    /// <returns>The minutes.</returns>
    public int Minutes(SchedulingTalk talk)
    {
        Guard.NotNull(talk);
        var minutes = _options.MinutesByStyle.TryGetValue(talk.Style, out var byStyle) ? byStyle : 45;
        return minutes + (_options.ExtraMinutesByMode.TryGetValue(talk.Mode, out var extra) ? extra : 0);
    }

    private int Capacity(SchedulingLeader leader, LocalDate day, int longest)
    {
        if (longest <= 0)
        {
            return leader.DailyCap;
        }

        var busy = Busy(leader.BusyPeriods, day);
        var buffer = _options.BufferMinutes;
        var count = 0;
        foreach (var (start, end) in _hours)
        {
            // Free stretches of the period, each packed with the longest talk and the buffer between talks.
            var cursor = start;
            foreach (var (bs, be) in busy.Where(b => b.End > start && b.Start < end).OrderBy(b => b.Start))
            {
                count += Fit(cursor, Math.Min(bs, end), longest, buffer);
                cursor = Math.Max(cursor, be);
            }

            count += Fit(cursor, end, longest, buffer);
        }

        return Math.Min(count, leader.DailyCap);
    }

    private static int Fit(int start, int end, int length, int buffer) => end - start < length ? 0 : ((end - start + buffer) / (length + buffer));

    private IEnumerable<LocalDate> FullyBusyDays(IReadOnlyList<BusyPeriod> periods)
    {
        foreach (var day in periods.SelectMany(p => Days(p)).Distinct())
        {
            var busy = Busy(periods, day);
            if (_hours.All(h => Covered(busy, h.Start, h.End)))
            {
                yield return day;
            }
        }

        static IEnumerable<LocalDate> Days(BusyPeriod p)
        {
            for (var d = p.Start.Date; d <= p.End.Date; d = d.PlusDays(1))
            {
                yield return d;
            }
        }
    }

    private static bool Covered(List<(int Start, int End)> busy, int start, int end)
    {
        var cursor = start;
        foreach (var (s, e) in busy.OrderBy(b => b.Start))
        {
            if (s > cursor)
            {
                break;
            }

            cursor = Math.Max(cursor, e);
        }

        return cursor >= end;
    }

    /// <summary>Busy periods meeting a day, as minutes from its midnight (clamped to the day).</summary>
    private static List<(int Start, int End)> Busy(IReadOnlyList<BusyPeriod> periods, LocalDate day)
    {
        var result = new List<(int, int)>();
        if (periods.Count == 0)
        {
            return result;
        }

        var midnight = day.AtMidnight();
        var next = day.PlusDays(1).AtMidnight();
        foreach (var p in periods)
        {
            if (p.End > midnight && p.Start < next)
            {
                var s = p.Start <= midnight ? 0 : (int)Period.Between(midnight, p.Start, PeriodUnits.Minutes).Minutes;
                var e = p.End >= next ? 24 * 60 : (int)Period.Between(midnight, p.End, PeriodUnits.Minutes).Minutes;
                result.Add((s, e));
            }
        }

        return result;
    }

    private (int Start, int Room)? Find(int length, List<(int Start, int End)> leaderBusy, List<(int Start, int End)> subjectBusy, List<(int Start, int End)> booked, List<(int Start, int End)>[] rooms)
    {
        var buffer = _options.BufferMinutes;
        foreach (var (ps, pe) in _hours)
        {
            for (var s = ps; s + length <= pe; s += Step)
            {
                var e = s + length;
                if (Overlaps(leaderBusy, s, e) || Overlaps(subjectBusy, s, e) || Overlaps(booked, s - buffer, e + buffer))
                {
                    continue;
                }

                if (rooms.Length == 0)
                {
                    return (s, -1);
                }

                for (var r = 0; r < rooms.Length; r++)
                {
                    if (!Overlaps(rooms[r], s, e))
                    {
                        return (s, r);
                    }
                }
            }
        }

        return null;
    }

    private static bool Overlaps(List<(int Start, int End)> intervals, int start, int end)
    {
        foreach (var (s, e) in intervals)
        {
            if (s < end && start < e)
            {
                return true;
            }
        }

        return false;
    }
}
