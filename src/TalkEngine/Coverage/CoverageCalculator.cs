using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using OrganizationRoster = TalkEngine.Organization.Organization;

namespace TalkEngine.Coverage;

/// <summary>
/// Measures coverage: the people the required demands name, against the valid records of a period.
/// Records are first checked against the roster (<see cref="TalkRecordValidator"/>); rejected ones do
/// not count. A person is counted once however many posts, demands or talks. Stateless apart from its
/// options; thread-safe.
/// </summary>
public sealed class CoverageCalculator
{
    private static readonly DemandSource[] Sources = Enum.GetValues<DemandSource>();

    private readonly HashSet<DemandSource> _required;
    private readonly bool[] _qualifyingBySource;
    private readonly TalkRecordValidator _validator;

    /// <summary>Creates a calculator with the default <see cref="CoverageOptions"/>.</summary>
    public CoverageCalculator()
        : this(new CoverageOptions())
    {
    }

    /// <summary>Creates a calculator with the given options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public CoverageCalculator(CoverageOptions options)
    {
        Guard.NotNull(options);
        _required = new HashSet<DemandSource>(options.RequiredSources ?? new HashSet<DemandSource>());
        var qualifying = options.QualifyingSources ?? new HashSet<DemandSource>();

        // Indexed by source: empty means every source qualifies.
        _qualifyingBySource = new bool[Sources.Length];
        foreach (var source in Sources)
        {
            _qualifyingBySource[(int)source] = qualifying.Count == 0 || qualifying.Contains(source);
        }
        _validator = new TalkRecordValidator(options.Validation ?? new RecordValidationOptions());
    }

    /// <summary>Creates a calculator from options registered in DI.</summary>
    /// <param name="options">The options.</param>
    public CoverageCalculator(IOptions<CoverageOptions> options)
        : this(Guard.NotNull(options).Value)
    {
    }

    /// <summary>Measures the coverage of <paramref name="period"/>.</summary>
    /// <param name="organization">The roster.</param>
    /// <param name="demands">The demands (and exclusions) generated for the period, usually from the same roster.</param>
    /// <param name="records">The talk records; those dated outside the period are ignored.</param>
    /// <param name="period">The period measured, usually a year.</param>
    /// <param name="scheduledTalks">Talks planned but not yet recorded, for the projection; unanswered demands count as scheduled anyway.</param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a record is null.</exception>
    /// <exception cref="ArgumentException">A demand or exclusion names a person the roster does not have (the demands come from another roster).</exception>
    public CoverageReport Compute(
        OrganizationRoster organization,
        DemandSet demands,
        IEnumerable<TalkRecord> records,
        DateInterval period,
        IEnumerable<ScheduledTalk>? scheduledTalks = null)
    {
        Guard.NotNull(organization);
        Guard.NotNull(demands);
        Guard.NotNull(records);
        Guard.NotNull(period);

        var index = new RosterIndex(organization, demands);
        var validation = _validator.Validate(index, records, period);
        var columns = RecordColumns.From(index, validation.ValidArray, validation.ValidInfo, validation.Valid.Count);
        return Compute(index, demands, validation, columns, period, scheduledTalks);
    }

    /// <summary>Measures the coverage of <paramref name="period"/> over the records of a store, without scheduled talks.</summary>
    /// <param name="store">The records, with their roster and demands.</param>
    /// <param name="period">The period measured, usually a year; records dated outside it are ignored.</param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A demand or exclusion names a person the roster does not have.</exception>
    public CoverageReport Compute(TalkRecordStore store, DateInterval period) => Compute(store, period, null);

    /// <summary>
    /// Measures the coverage of <paramref name="period"/> over the records of a store, which were checked
    /// and resolved when added: no id is looked up per record here, so measuring again is cheap.
    /// The report equals <see cref="Compute(OrganizationRoster, DemandSet, IEnumerable{TalkRecord}, DateInterval, IEnumerable{ScheduledTalk}?)"/>
    /// for the store's roster, demands and records, with two differences by design: the records are checked
    /// with the store's <see cref="RecordValidationOptions"/> (not <see cref="CoverageOptions.Validation"/>),
    /// and a duplicate record id is rejected even when the first record with that id lies outside the period.
    /// A store without demands is measured against no demands.
    /// </summary>
    /// <param name="store">The records, with their roster and demands.</param>
    /// <param name="period">The period measured, usually a year; records dated outside it are ignored.</param>
    /// <param name="scheduledTalks">Talks planned but not yet recorded, for the projection; unanswered demands count as scheduled anyway.</param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A demand or exclusion names a person the roster does not have (the demands come from another roster).</exception>
    public CoverageReport Compute(TalkRecordStore store, DateInterval period, IEnumerable<ScheduledTalk>? scheduledTalks)
    {
        Guard.NotNull(store);
        Guard.NotNull(period);
        return Compute(store.Index, store.Demands ?? DemandSet.Empty, store.Snapshot(period), store.Columns(period), period, scheduledTalks);
    }

    private CoverageReport Compute(RosterIndex index, DemandSet demands, RecordValidationResult validation, RecordColumns columns, DateInterval period, IEnumerable<ScheduledTalk>? scheduledTalks)
    {
        var people = index.People.Length;

        // Required people: subjects of the required sources' demands meeting the period, once each.
        // Everything below is indexed by person (the roster sorts people by id, so person order is id order).
        var demandCount = index.Demands.Length;
        var demandMeets = new bool[demandCount];
        var demandSubject = new int[demandCount];
        var demandRequired = new bool[demandCount];
        var isRequired = new bool[people];
        var requiredUnit = new int[people];
        var requiredDemandCount = new int[people];
        var requiredCount = 0;
        for (var d = 0; d < demandCount; d++)
        {
            var demand = index.Demands[d];
            demandMeets[d] = demand.Window.Start <= period.End && demand.Window.End >= period.Start;
            demandSubject[d] = index.TryGetPerson(demand.SubjectId, out var p) ? p : -1;
            if (!demandMeets[d] || !IsRequired(demand))
            {
                continue;
            }

            var subject = demandSubject[d] >= 0 ? demandSubject[d] : throw UnknownPerson(demand.SubjectId, $"demand '{demand.Id}'");
            demandRequired[d] = true;
            if (!isRequired[subject])
            {
                isRequired[subject] = true;
                requiredCount++;
                var unit = index.UnitOf(demand.UnitId);
                requiredUnit[subject] = unit >= 0 ? unit : index.HomeUnit[subject];
            }

            requiredDemandCount[subject]++;
        }

        // One pass over the valid records: person-times, coverage, breakdowns; flat arrays only
        // (a record itself is read only when two qualifying talks share a subject's first day).
        var valid = columns.Records;
        var validCount = columns.Count;
        var days = columns.Day.AsSpan(0, validCount);
        var sources = columns.Source.AsSpan(0, validCount);
        var subjects = columns.Subject.AsSpan(0, validCount);
        var units = columns.Unit.AsSpan(0, validCount);
        var demandOf = columns.Demand.AsSpan(0, validCount);
        var leads = columns.Talker.AsSpan(0, validCount);
        var otherStart = columns.OtherStart;
        var others = columns.Others;
        var qualifyingTalks = new int[people];
        var firstRecord = new int[people];
        var firstDay = new int[people];
        var bySource = new int[Sources.Length];
        var sourceMask = new int[people];
        var unitPersonTimes = new int[index.Units.Length];
        var answered = new bool[demandCount];
        var withoutDemandHead = new int[people];
        var withoutDemandNext = new int[validCount];
        Array.Fill(withoutDemandHead, -1);
        var talkers = new TalkerCounts(index.ActorCount, validCount + columns.OtherCount);
        var personTimesWithoutUnit = 0;
        var qualifying = _qualifyingBySource;
        for (var i = 0; i < validCount; i++)
        {
            var subject = subjects[i];
            var unit = units[i];
            var demand = demandOf[i];
            var source = (int)sources[i];
            bySource[source]++;
            sourceMask[subject] |= 1 << source;
            if (unit >= 0)
            {
                unitPersonTimes[unit]++;
            }
            else
            {
                personTimesWithoutUnit++;
            }

            if (demand >= 0)
            {
                answered[demand] = true;
            }
            else
            {
                withoutDemandNext[i] = withoutDemandHead[subject];
                withoutDemandHead[subject] = i;
            }

            if (isRequired[subject] && qualifying[source])
            {
                var day = days[i];
                if (qualifyingTalks[subject]++ == 0
                    || day < firstDay[subject]
                    || (day == firstDay[subject] && string.CompareOrdinal(valid[i].Id, valid[firstRecord[subject]].Id) < 0))
                {
                    firstRecord[subject] = i;
                    firstDay[subject] = day;
                }
            }

            talkers.Add(leads[i], subject, source);
            for (var t = otherStart[i]; t < otherStart[i + 1]; t++)
            {
                talkers.Add(others[t], subject, source);
            }
        }

        // A demand without a record naming it is still answered by a talk of its source with its
        // subject inside its window (hosts do not always link records to demands).
        for (var d = 0; d < demandCount; d++)
        {
            var subject = demandSubject[d];
            if (!demandMeets[d] || answered[d] || subject < 0)
            {
                continue;
            }

            var demand = index.Demands[d];
            var demandSources = RosterIndex.SourceMask(demand);
            var windowStart = RecordColumns.DayNumber(demand.Window.Start);
            var windowEnd = RecordColumns.DayNumber(demand.Window.End);
            for (var i = withoutDemandHead[subject]; i >= 0; i = withoutDemandNext[i])
            {
                if (days[i] >= windowStart && days[i] <= windowEnd && ((demandSources >> sources[i]) & 1) != 0)
                {
                    answered[d] = true;
                    break;
                }
            }
        }

        var required = Required(index, demandSubject, demandRequired, isRequired, requiredUnit, requiredDemandCount, requiredCount, qualifyingTalks, firstRecord, valid);
        var excluded = Excluded(index, demands, isRequired);
        var personTimes = new PersonTimes(validCount, SourceCounts(bySource));
        var peopleTalkedTo = 0;
        var coveredCount = 0;
        for (var p = 0; p < people; p++)
        {
            peopleTalkedTo += sourceMask[p] != 0 ? 1 : 0;
            coveredCount += isRequired[p] && qualifyingTalks[p] > 0 ? 1 : 0;
        }

        var projection = Project(index, demandMeets, demandSubject, answered, isRequired, qualifyingTalks, coveredCount, requiredCount, validCount, period, scheduledTalks);

        return new CoverageReport(
            period,
            Array.AsReadOnly(required),
            excluded,
            personTimes,
            peopleTalkedTo,
            ByUnitKind(index, isRequired, requiredUnit, qualifyingTalks, unitPersonTimes),
            ByUnit(index, isRequired, requiredUnit, qualifyingTalks, unitPersonTimes),
            BySourceActivity(index, demandMeets, answered, bySource, sourceMask),
            ByTalker(index, talkers),
            personTimesWithoutUnit,
            projection,
            validation);
    }

    private static RequiredPerson[] Required(
        RosterIndex index,
        int[] demandSubject,
        bool[] demandRequired,
        bool[] isRequired,
        int[] requiredUnit,
        int[] requiredDemandCount,
        int requiredCount,
        int[] qualifyingTalks,
        int[] firstRecord,
        TalkRecord[] valid)
    {
        // Each required person's demand ids, in demand (id) order, without a list per person.
        var people = index.People.Length;
        var demandIds = new string[people][];
        var filled = new int[people];
        for (var p = 0; p < people; p++)
        {
            if (isRequired[p])
            {
                demandIds[p] = new string[requiredDemandCount[p]];
            }
        }

        for (var d = 0; d < demandSubject.Length; d++)
        {
            var p = demandSubject[d];
            if (demandRequired[d])
            {
                demandIds[p][filled[p]++] = index.Demands[d].Id;
            }
        }

        var required = new RequiredPerson[requiredCount];
        var r = 0;
        for (var p = 0; p < people; p++)
        {
            if (!isRequired[p])
            {
                continue;
            }

            var person = index.People[p];
            var unit = requiredUnit[p];
            var first = qualifyingTalks[p] > 0 ? valid[firstRecord[p]] : null;
            required[r++] = new RequiredPerson(
                person.Id,
                person.Name,
                unit >= 0 ? index.Units[unit].Id : null,
                Array.AsReadOnly(demandIds[p]),
                qualifyingTalks[p],
                first?.Id,
                first?.Date);
        }

        return required;
    }

    private bool IsRequired(TalkDemand demand)
    {
        if (_required.Contains(demand.Source))
        {
            return true;
        }

        var reasons = demand.Reasons;
        for (var i = 0; i < reasons.Count; i++)
        {
            if (_required.Contains(reasons[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static ArgumentException UnknownPerson(string personId, string what)
        => new($"The {what} names person '{personId}', who is not in the roster; generate the demands from the same roster.", "demands");

    private IReadOnlyList<ExcludedPerson> Excluded(RosterIndex index, DemandSet demands, bool[] isRequired)
    {
        // Exclusions from the required sources, one entry per person; a person required through
        // another post or demand is required, not excluded. Exclusions are sorted by person id.
        var rows = new List<ExcludedPerson>();
        var group = new List<DemandExclusion>();
        foreach (var exclusion in demands.Exclusions)
        {
            if (!_required.Contains(exclusion.Source)
                || (index.TryGetPerson(exclusion.PersonId, out var p) && isRequired[p]))
            {
                continue;
            }

            if (group.Count > 0 && !string.Equals(group[0].PersonId, exclusion.PersonId, StringComparison.Ordinal))
            {
                rows.Add(ExcludedRow(index, group));
                group.Clear();
            }

            group.Add(exclusion);
        }

        if (group.Count > 0)
        {
            rows.Add(ExcludedRow(index, group));
        }

        return rows.ToArray();
    }

    private static ExcludedPerson ExcludedRow(RosterIndex index, List<DemandExclusion> group)
    {
        var first = group[0];
        var name = index.TryGetPerson(first.PersonId, out var p) ? index.People[p].Name : first.PersonId;
        return new ExcludedPerson(first.PersonId, name, first.Status, first.Reason, group.ToArray());
    }

    private CoverageProjection Project(
        RosterIndex index,
        bool[] demandMeets,
        int[] demandSubject,
        bool[] answered,
        bool[] isRequired,
        int[] qualifyingTalks,
        int covered,
        int requiredCount,
        int personTimes,
        DateInterval period,
        IEnumerable<ScheduledTalk>? scheduledTalks)
    {
        var pending = 0;
        var newlyCovered = new bool[index.People.Length];
        var newlyCoveredCount = 0;
        for (var d = 0; d < demandMeets.Length; d++)
        {
            if (demandMeets[d] && !answered[d])
            {
                pending++;
                newlyCoveredCount += Covers(demandSubject[d], index.Demands[d].Source);
            }
        }

        foreach (var talk in scheduledTalks ?? [])
        {
            Guard.NotNull(talk, nameof(scheduledTalks));
            if (period.Contains(talk.Date) && (talk.DemandId is null || !index.DemandIndex.ContainsKey(talk.DemandId)))
            {
                pending++;
                newlyCoveredCount += Covers(index.TryGetPerson(talk.SubjectId, out var p) ? p : -1, talk.Source);
            }
        }

        var ids = new string[newlyCoveredCount];
        for (int p = 0, i = 0; p < newlyCovered.Length; p++)
        {
            if (newlyCovered[p])
            {
                ids[i++] = index.People[p].Id;
            }
        }

        return new CoverageProjection(new CoverageRate(covered + newlyCoveredCount, requiredCount), pending, ids, personTimes + pending);

        // 1 when the talk would cover a required person not yet covered (and not already counted).
        int Covers(int p, DemandSource source)
        {
            if (p < 0 || !isRequired[p] || qualifyingTalks[p] > 0 || newlyCovered[p] || !_qualifyingBySource[(int)source])
            {
                return 0;
            }

            newlyCovered[p] = true;
            return 1;
        }
    }

    private static IReadOnlyList<SourceCount> SourceCounts(ReadOnlySpan<int> counts)
    {
        var list = new List<SourceCount>();
        foreach (var source in Sources)
        {
            if (counts[(int)source] > 0)
            {
                list.Add(new SourceCount(source, counts[(int)source]));
            }
        }

        return list.AsReadOnly();
    }

    private static IReadOnlyList<UnitKindCoverage> ByUnitKind(RosterIndex index, bool[] isRequired, int[] requiredUnit, int[] qualifyingTalks, int[] unitPersonTimes)
    {
        var (requiredCount, coveredCount) = RequiredByUnit(index, isRequired, requiredUnit, qualifyingTalks);
        var rows = new SortedDictionary<string, KindRow>(StringComparer.Ordinal);
        for (var u = 0; u < index.Units.Length; u++)
        {
            if (requiredCount[u] > 0 || unitPersonTimes[u] > 0)
            {
                var kind = index.Units[u].Kind;
                var row = rows.GetValueOrDefault(kind.Code, new KindRow(kind, 0, 0, 0));
                rows[kind.Code] = new KindRow(row.Kind, row.Required + requiredCount[u], row.Covered + coveredCount[u], row.PersonTimes + unitPersonTimes[u]);
            }
        }

        var result = new UnitKindCoverage[rows.Count];
        var i = 0;
        foreach (var r in rows.Values)
        {
            result[i++] = new UnitKindCoverage(r.Kind, r.Required, r.Covered, new CoverageRate(r.Covered, r.Required), r.PersonTimes);
        }

        return result;
    }

    private static (int[] Required, int[] Covered) RequiredByUnit(RosterIndex index, bool[] isRequired, int[] requiredUnit, int[] qualifyingTalks)
    {
        var requiredCount = new int[index.Units.Length];
        var coveredCount = new int[index.Units.Length];
        for (var p = 0; p < isRequired.Length; p++)
        {
            var u = requiredUnit[p];
            if (isRequired[p] && u >= 0)
            {
                requiredCount[u]++;
                coveredCount[u] += qualifyingTalks[p] > 0 ? 1 : 0;
            }
        }

        return (requiredCount, coveredCount);
    }

    private static IReadOnlyList<UnitCoverage> ByUnit(RosterIndex index, bool[] isRequired, int[] requiredUnit, int[] qualifyingTalks, int[] unitPersonTimes)
    {
        // Units are sorted by id in the roster, so the rows come out in id order.
        var (requiredCount, coveredCount) = RequiredByUnit(index, isRequired, requiredUnit, qualifyingTalks);
        var rows = new List<UnitCoverage>();
        for (var u = 0; u < index.Units.Length; u++)
        {
            if (requiredCount[u] > 0 || unitPersonTimes[u] > 0)
            {
                var unit = index.Units[u];
                rows.Add(new UnitCoverage(unit.Id, unit.Name, unit.Kind, requiredCount[u], coveredCount[u], new CoverageRate(coveredCount[u], requiredCount[u]), unitPersonTimes[u]));
            }
        }

        return rows.AsReadOnly();
    }

    private static IReadOnlyList<SourceActivity> BySourceActivity(RosterIndex index, bool[] demandMeets, bool[] answered, int[] bySource, int[] sourceMask)
    {
        var demandCount = new int[Sources.Length];
        var answeredCount = new int[Sources.Length];
        for (var d = 0; d < index.Demands.Length; d++)
        {
            if (!demandMeets[d])
            {
                continue;
            }

            // One mask per demand: each of its sources counts once.
            for (var m = RosterIndex.SourceMask(index.Demands[d]); m != 0; m &= m - 1)
            {
                var source = System.Numerics.BitOperations.TrailingZeroCount(m);
                demandCount[source]++;
                answeredCount[source] += answered[d] ? 1 : 0;
            }
        }

        var people = new int[Sources.Length];
        foreach (var mask in sourceMask)
        {
            for (var m = mask; m != 0; m &= m - 1)
            {
                people[System.Numerics.BitOperations.TrailingZeroCount(m)]++;
            }
        }

        return Sources
            .Where(s => demandCount[(int)s] > 0 || bySource[(int)s] > 0)
            .Select(s => new SourceActivity(s, demandCount[(int)s], answeredCount[(int)s], bySource[(int)s], people[(int)s]))
            .ToArray();
    }

    private static IReadOnlyList<TalkerActivity> ByTalker(RosterIndex index, TalkerCounts talkers)
    {
        var distinct = talkers.DistinctSubjects(index.People.Length);
        var rows = new TalkerActivity[talkers.Count];
        for (var slot = 0; slot < rows.Length; slot++)
        {
            var id = index.ActorId(talkers.ActorOf(slot));
            var counts = talkers.BySource(slot);
            var total = 0;
            foreach (var c in counts)
            {
                total += c;
            }

            var leader = index.Organization.FindLeader(id);
            rows[slot] = new TalkerActivity(
                id,
                index.NameOfActor(id),
                leader?.Roles ?? Array.Empty<LeaderRole>(),
                total,
                distinct[slot],
                SourceCounts(counts));
        }

        Array.Sort(rows, static (a, b) => string.CompareOrdinal(a.TalkerId, b.TalkerId));
        return rows;
    }

    private readonly record struct KindRow(UnitKind Kind, int Required, int Covered, int PersonTimes);

    /// <summary>
    /// Per-talker counts in flat arrays: each talker met gets a dense slot; every (talker, subject) pair
    /// is kept in two int arrays so distinct subjects are counted at the end, grouping by subject with
    /// a counting sort, instead of a hash set per talker.
    /// </summary>
    private sealed class TalkerCounts
    {
        private readonly int[] _slotOfActor;
        private readonly List<int> _actorOfSlot = [];
        private int[] _bySource = new int[16 * Sources.Length];
        private int[] _pairSubject;
        private int[] _pairSlot;
        private int _pairs;

        public TalkerCounts(int actors, int records)
        {
            _slotOfActor = new int[actors];
            Array.Fill(_slotOfActor, -1);
            _pairSubject = new int[records];
            _pairSlot = new int[records];
        }

        public int Count => _actorOfSlot.Count;

        public int ActorOf(int slot) => _actorOfSlot[slot];

        public ReadOnlySpan<int> BySource(int slot) => _bySource.AsSpan(slot * Sources.Length, Sources.Length);

        public void Add(int actor, int subject, int source)
        {
            var slot = _slotOfActor[actor];
            if (slot < 0)
            {
                slot = _slotOfActor[actor] = _actorOfSlot.Count;
                _actorOfSlot.Add(actor);
                if ((slot + 1) * Sources.Length > _bySource.Length)
                {
                    Array.Resize(ref _bySource, _bySource.Length * 2);
                }
            }

            _bySource[(slot * Sources.Length) + source]++;
            if (_pairs == _pairSlot.Length)
            {
                Array.Resize(ref _pairSlot, Math.Max(16, _pairs * 2));
                Array.Resize(ref _pairSubject, _pairSlot.Length);
            }

            _pairSubject[_pairs] = subject;
            _pairSlot[_pairs] = slot;
            _pairs++;
        }

        public int[] DistinctSubjects(int people)
        {
            // Counting sort of the pairs by subject, then per subject a talker counts once (stamp).
            var start = new int[people + 1];
            for (var i = 0; i < _pairs; i++)
            {
                start[_pairSubject[i] + 1]++;
            }

            for (var p = 0; p < people; p++)
            {
                start[p + 1] += start[p];
            }

            var sorted = new int[_pairs];
            var next = start.AsSpan(0, people).ToArray();
            for (var i = 0; i < _pairs; i++)
            {
                sorted[next[_pairSubject[i]]++] = _pairSlot[i];
            }

            var distinct = new int[Count];
            var stamp = new int[Count];
            Array.Fill(stamp, -1);
            for (var p = 0; p < people; p++)
            {
                for (var i = start[p]; i < start[p + 1]; i++)
                {
                    var slot = sorted[i];
                    if (stamp[slot] != p)
                    {
                        stamp[slot] = p;
                        distinct[slot]++;
                    }
                }
            }

            return distinct;
        }
    }
}
