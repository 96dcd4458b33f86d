using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>
/// Measures coverage: the people the required demands name, against the valid records of a period.
/// Records are first checked against the roster (<see cref="TalkRecordValidator"/>); rejected ones do
/// not count. A person is counted once however many posts, demands or talks. Stateless apart from its
/// options; thread-safe.
/// </summary>
public sealed class CoverageCalculator
{
    /// <summary>The error code of the <see cref="TalkEngineValidationException"/> thrown when the demands do not belong to the roster.</summary>
    public const string InputErrorCode = "coverage.input";

    private static readonly DemandSource[] Sources = Enum.GetValues<DemandSource>();

    // Sources as bit masks by source value, taken from the options once: a demand is required (and an
    // exclusion counts) when its sources meet the first; a record qualifies when its source is in the second.
    private readonly int _requiredMask;
    private readonly int _qualifyingMask;
    private readonly TalkRecordValidator _validator;

    /// <summary>Creates a calculator with the default <see cref="CoverageOptions"/>.</summary>
    public CoverageCalculator()
        : this(new CoverageOptions())
    {
    }

    /// <summary>Creates a calculator with the given options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">A setting is invalid (code <c>options.coverage</c>, the problems DI reports when the host starts); every problem is listed.</exception>
    public CoverageCalculator(CoverageOptions options)
    {
        Guard.NotNull(options);
        CoverageOptionsValidator.Instance.ThrowIfInvalid(options);
        var required = options.RequiredSources ?? new HashSet<DemandSource>();
        var qualifying = options.QualifyingSources ?? new HashSet<DemandSource>();

        foreach (var source in Sources)
        {
            _requiredMask |= required.Contains(source) ? 1 << (int)source : 0;

            // Empty means every source qualifies.
            _qualifyingMask |= qualifying.Count == 0 || qualifying.Contains(source) ? 1 << (int)source : 0;
        }

        _validator = new TalkRecordValidator(options.Validation ?? new RecordValidationOptions());
    }

    /// <summary>Measures the coverage of <paramref name="period"/>.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="demands">The demands (and exclusions) generated for the period, usually from the same roster.</param>
    /// <param name="records">The talk records; those dated outside the period are ignored.</param>
    /// <param name="period">The period measured, usually a year.</param>
    /// <param name="scheduledTalks">Talks planned but not yet recorded, for the projection; unanswered demands count as scheduled anyway.</param>
    /// <param name="asOf">
    /// The day the projection looks forward from (usually today, from the host's clock): talks whose window ends before it
    /// are no longer possible and do not count. <see langword="null"/> for the period's first day (no window has closed yet).
    /// </param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a record is null.</exception>
    /// <exception cref="TalkEngineValidationException">A demand or exclusion names a person the roster does not have (the demands come from another roster): code <see cref="InputErrorCode"/>, problems <see cref="RosterProblems.UnknownPerson"/>.</exception>
    public CoverageReport Compute(
        Roster roster,
        DemandSet demands,
        IEnumerable<TalkRecord> records,
        DateInterval period,
        IEnumerable<ScheduledTalk>? scheduledTalks = null,
        LocalDate? asOf = null)
    {
        Guard.NotNull(roster);
        Guard.NotNull(demands);
        Guard.NotNull(records);
        Guard.NotNull(period);

        return Compute(new RosterIndex(roster, demands), demands, records, period, scheduledTalks, null, asOf ?? period.Start);
    }

    /// <summary>The list path over an index built once elsewhere (a <c>YearPlan</c>'s), with the planner's pending filter.</summary>
    internal CoverageReport Compute(RosterIndex index, DemandSet demands, IEnumerable<TalkRecord> records, DateInterval period, IEnumerable<ScheduledTalk>? scheduledTalks, bool[]? pending, LocalDate asOf)
    {
        index.ThrowIfDemandsNameUnknownPeople(InputErrorCode);
        var validation = _validator.Validate(index, records, period);
        var columns = RecordColumns.From(validation.Resolved);
        return Compute(index, demands, validation, columns, period, scheduledTalks, pending, asOf);
    }

    /// <summary>The store path with the planner's pending filter.</summary>
    internal CoverageReport Compute(TalkRecordStore store, DateInterval period, IEnumerable<ScheduledTalk>? scheduledTalks, bool[]? pending, LocalDate asOf)
    {
        var (validation, columns) = store.Capture(period);
        return Compute(store.Index, store.Demands ?? DemandSet.Empty, validation, columns, period, scheduledTalks, pending, asOf);
    }

    /// <summary>Measures the coverage of <paramref name="period"/> over the records of a store, without scheduled talks.</summary>
    /// <param name="store">The records, with their roster and demands.</param>
    /// <param name="period">The period measured, usually a year; records dated outside it are ignored.</param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="period"/> is null.</exception>
    public CoverageReport Compute(TalkRecordStore store, DateInterval period) => Compute(store, period, null);

    /// <summary>
    /// Measures the coverage of <paramref name="period"/> over the records of a store, which were checked
    /// and resolved when added: no id is looked up per record here, so measuring again is cheap.
    /// The report equals <see cref="Compute(Roster, DemandSet, IEnumerable{TalkRecord}, DateInterval, IEnumerable{ScheduledTalk}?, LocalDate?)"/>
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
    /// <exception cref="TalkEngineValidationException">A demand or exclusion names a person the roster does not have (the demands come from another roster): code <see cref="InputErrorCode"/>, problems <see cref="RosterProblems.UnknownPerson"/>.</exception>
    public CoverageReport Compute(TalkRecordStore store, DateInterval period, IEnumerable<ScheduledTalk>? scheduledTalks)
    {
        Guard.NotNull(period);
        return Compute(store, period, scheduledTalks, period.Start);
    }

    /// <summary>
    /// Measures the coverage of <paramref name="period"/> over the records of a store, as
    /// <see cref="Compute(TalkRecordStore, DateInterval, IEnumerable{ScheduledTalk})"/>, with the projection looking
    /// forward from <paramref name="asOf"/>: talks whose window ends before it are no longer possible and do not count.
    /// </summary>
    /// <param name="store">The records, with their roster and demands.</param>
    /// <param name="period">The period measured, usually a year; records dated outside it are not counted (see <see cref="CoverageReport.RecordsOutsidePeriod"/>).</param>
    /// <param name="scheduledTalks">Talks planned but not yet recorded, for the projection; unanswered demands count as scheduled anyway.</param>
    /// <param name="asOf">The day the projection looks forward from, usually today from the host's clock.</param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">A demand or exclusion names a person the roster does not have (the demands come from another roster): code <see cref="InputErrorCode"/>, problems <see cref="RosterProblems.UnknownPerson"/>.</exception>
    public CoverageReport Compute(TalkRecordStore store, DateInterval period, IEnumerable<ScheduledTalk>? scheduledTalks, LocalDate asOf)
    {
        Guard.NotNull(store);
        Guard.NotNull(period);
        return Compute(store, period, scheduledTalks, null, asOf);
    }

    // pending: by demand index, which unanswered demands the projection may count (null: all of them).
    private CoverageReport Compute(RosterIndex index, DemandSet demands, RecordValidationResult validation, RecordColumns columns, DateInterval period, IEnumerable<ScheduledTalk>? scheduledTalks, bool[]? pending, LocalDate asOf)
    {
        var people = index.People.Length;
        var periodFirst = DayNumbers.Of(period.Start);
        var periodLast = DayNumbers.Of(period.End);

        // Required people: subjects of the required sources' demands meeting the period, once each.
        // Everything below is indexed by person (the roster sorts people by id, so person order is id order)
        // and reads the demands' fields the roster index resolved once.
        var demandCount = index.Demands.Length;
        var demandMeets = new bool[demandCount];
        var demandRequired = new bool[demandCount];
        var tally = new PersonTally[people];
        var requiredUnit = new int[people];
        var requiredCount = 0;
        for (var d = 0; d < demandCount; d++)
        {
            demandMeets[d] = index.DemandFirstDay[d] <= periodLast && index.DemandLastDay[d] >= periodFirst;
            if (!demandMeets[d] || (index.DemandMask[d] & _requiredMask) == 0)
            {
                continue;
            }

            // Every subject is known: the list path and the store checked the demands against the roster.
            var subject = index.DemandSubject[d];
            demandRequired[d] = true;
            if (!tally[subject].IsRequired)
            {
                tally[subject].Flags |= PersonTally.RequiredFlag;
                requiredCount++;
                var unit = index.DemandUnit[d];
                requiredUnit[subject] = unit >= 0 ? unit : index.HomeUnit[subject];
            }
        }

        // One pass over the valid records: person-times, coverage, breakdowns, answered demands; one
        // compact row per record (record ids are compared only when two qualifying talks share a
        // subject's first day). Answered demands are kept one slot up, so a row answering none marks
        // slot 0 instead of taking a branch.
        var ids = columns.Ids;
        var validCount = columns.Count;
        var rows = columns.Rows.AsSpan(0, validCount);
        var extras = columns.Extras;
        var bySource = new int[Sources.Length];
        var unitPersonTimes = new int[index.Units.Length + 1];
        var answeredShifted = new bool[demandCount + 1];
        var talkers = new LeaderCounts(index.ActorCount, people);
        var qualifyingMask = _qualifyingMask;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            var subject = row.Subject;
            var source = row.Source;
            ref var person = ref tally[subject];
            bySource[source]++;
            person.Flags |= 1 << source;
            unitPersonTimes[row.Unit + 1]++;
            answeredShifted[row.Answer + 1] = true;
            if (person.IsRequired && ((qualifyingMask >> source) & 1) != 0)
            {
                // The earliest qualifying talk (by date, then record id). Selects rather than branches,
                // since whether a talk is earlier is a coin toss the processor cannot predict.
                var day = row.Day;
                var earlier = (person.QualifyingTalks == 0) | (day < person.FirstDay);
                if (day == person.FirstDay && person.QualifyingTalks != 0)
                {
                    earlier = string.CompareOrdinal(ids[i], ids[person.FirstRecord]) < 0;
                }

                person.QualifyingTalks++;
                person.FirstRecord = earlier ? i : person.FirstRecord;
                person.FirstDay = earlier ? day : person.FirstDay;
            }

            talkers.Add(row.Leader, subject, source);
            if (row.Extra >= 0)
            {
                // Other talkers, then further demands answered (see RecordColumns.Extras).
                var e = row.Extra;
                for (var end = e + 1 + extras[e++]; e < end; e++)
                {
                    talkers.Add(extras[e], subject, source);
                }

                for (var end = e + 1 + extras[e++]; e < end; e++)
                {
                    answeredShifted[extras[e] + 1] = true;
                }
            }
        }

        // Unit -1 (unknown) was counted in slot 0 likewise.
        var personTimesWithoutUnit = unitPersonTimes[0];
        unitPersonTimes = unitPersonTimes[1..];
        var answered = answeredShifted.AsSpan(1).ToArray();

        var excluded = Excluded(index, demands, tally);
        var personTimes = new PersonTimes(validCount, SourceCounts(bySource));
        var peopleTalkedTo = 0;
        var coveredCount = 0;
        var requiredPeople = new int[requiredCount];
        for (int p = 0, r = 0; p < people; p++)
        {
            peopleTalkedTo += (tally[p].Flags & PersonTally.SourceBits) != 0 ? 1 : 0;
            if (tally[p].IsRequired)
            {
                requiredPeople[r++] = p;
                coveredCount += tally[p].QualifyingTalks > 0 ? 1 : 0;
            }
        }

        var covered = new string[coveredCount];
        var notCovered = new string[requiredCount - coveredCount];
        for (int r = 0, c = 0, n = 0; r < requiredPeople.Length; r++)
        {
            var p = requiredPeople[r];
            if (tally[p].QualifyingTalks > 0)
            {
                covered[c++] = index.PersonIds[p];
            }
            else
            {
                notCovered[n++] = index.PersonIds[p];
            }
        }

        var required = new RequiredPeople(index, requiredPeople, tally, requiredUnit, demandRequired, columns.Ids).AsList();
        var projection = Project(index, demandMeets, answered, tally, coveredCount, requiredCount, validCount, period, scheduledTalks, pending, asOf);
        var (requiredByUnit, coveredByUnit) = RequiredByUnit(index, tally, requiredUnit);

        return new CoverageReport(
            period,
            required,
            excluded,
            Array.AsReadOnly(covered),
            Array.AsReadOnly(notCovered),
            personTimes,
            peopleTalkedTo,
            ByUnitKind(index, requiredByUnit, coveredByUnit, unitPersonTimes),
            ByUnit(index, requiredByUnit, coveredByUnit, unitPersonTimes),
            BySourceActivity(index, demandMeets, answered, bySource, tally),
            ByLeader(index, talkers),
            personTimesWithoutUnit,
            projection,
            validation);
    }

    private IReadOnlyList<ExcludedPerson> Excluded(RosterIndex index, DemandSet demands, PersonTally[] tally)
    {
        // Exclusions from the required sources, one entry per person; a person required through
        // another post or demand is required, not excluded. Exclusions are sorted by person id.
        var rows = new List<ExcludedPerson>();
        var group = new List<DemandExclusion>();
        foreach (var exclusion in demands.Exclusions)
        {
            if (((_requiredMask >> (int)exclusion.Source) & 1) == 0
                || (index.TryGetPerson(exclusion.PersonId, out var p) && tally[p].IsRequired))
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

        return rows.AsReadOnly();
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
        bool[] answered,
        PersonTally[] tally,
        int covered,
        int requiredCount,
        int personTimes,
        DateInterval period,
        IEnumerable<ScheduledTalk>? scheduledTalks,
        bool[]? pendingFilter,
        LocalDate asOf)
    {
        // A talk is still possible when it can be held in the period on or after asOf: its window (or date) ends then or
        // later. It changes the rate only when it would cover a required person not yet covered.
        var asOfDay = DayNumbers.Of(asOf.WithCalendar(CalendarSystem.Iso));
        var lastDay = DayNumbers.Of(period.End);
        var pending = 0;
        var possible = 0;
        var newlyCovered = new bool[index.People.Length];
        var newlyCoveredCount = 0;
        for (var d = 0; d < demandMeets.Length; d++)
        {
            if (demandMeets[d] && !answered[d] && (pendingFilter is null || pendingFilter[d]) && index.DemandLastDay[d] >= asOfDay && asOfDay <= lastDay)
            {
                possible++;
                pending += Covers(index.DemandSubject[d], index.DemandMask[d]);
            }
        }

        foreach (var talk in scheduledTalks ?? [])
        {
            Guard.NotNull(talk, nameof(scheduledTalks));
            var day = DayNumbers.Of(talk.Date.WithCalendar(CalendarSystem.Iso));
            if (day >= asOfDay && period.Contains(talk.Date.WithCalendar(CalendarSystem.Iso)) && (talk.DemandId is null || !index.DemandIndex.ContainsKey(talk.DemandId)))
            {
                possible++;
                pending += Covers(index.TryGetPerson(talk.SubjectId, out var p) ? p : -1, 1 << (int)talk.Source);
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

        return new CoverageProjection(new CoverageRate(covered + newlyCoveredCount, requiredCount), pending, ids, personTimes + possible, asOf);

        // 1 when the talk would cover a required person not yet covered (another pending talk for the same person
        // counts too: either would cover him); the person is counted once in NewlyCovered.
        int Covers(int p, int sourceMask)
        {
            if (p < 0 || !tally[p].IsRequired || tally[p].QualifyingTalks > 0 || (sourceMask & _qualifyingMask) == 0)
            {
                return 0;
            }

            if (!newlyCovered[p])
            {
                newlyCovered[p] = true;
                newlyCoveredCount++;
            }

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

    private static IReadOnlyList<UnitKindCoverage> ByUnitKind(RosterIndex index, int[] requiredCount, int[] coveredCount, int[] unitPersonTimes)
    {
        // Summed per kind index; the roster index orders kinds by code.
        var kinds = index.Kinds.Length;
        var required = new int[kinds];
        var covered = new int[kinds];
        var personTimes = new int[kinds];
        var present = new bool[kinds];
        for (var u = 0; u < requiredCount.Length; u++)
        {
            if (requiredCount[u] > 0 || unitPersonTimes[u] > 0)
            {
                var k = index.UnitKindOf[u];
                present[k] = true;
                required[k] += requiredCount[u];
                covered[k] += coveredCount[u];
                personTimes[k] += unitPersonTimes[u];
            }
        }

        var rows = new List<UnitKindCoverage>();
        for (var k = 0; k < kinds; k++)
        {
            if (present[k])
            {
                rows.Add(new UnitKindCoverage(index.Kinds[k], required[k], covered[k], new CoverageRate(covered[k], required[k]), personTimes[k]));
            }
        }

        return rows.AsReadOnly();
    }

    private static (int[] Required, int[] Covered) RequiredByUnit(RosterIndex index, PersonTally[] tally, int[] requiredUnit)
    {
        var requiredCount = new int[index.Units.Length];
        var coveredCount = new int[index.Units.Length];
        for (var p = 0; p < tally.Length; p++)
        {
            var u = requiredUnit[p];
            if (tally[p].IsRequired && u >= 0)
            {
                requiredCount[u]++;
                coveredCount[u] += tally[p].QualifyingTalks > 0 ? 1 : 0;
            }
        }

        return (requiredCount, coveredCount);
    }

    private static IReadOnlyList<UnitCoverage> ByUnit(RosterIndex index, int[] requiredCount, int[] coveredCount, int[] unitPersonTimes)
    {
        // Units are sorted by id in the roster, so the rows come out in id order; each row is built when read.
        var count = 0;
        for (var u = 0; u < requiredCount.Length; u++)
        {
            count += requiredCount[u] > 0 || unitPersonTimes[u] > 0 ? 1 : 0;
        }

        var units = new int[count];
        for (int u = 0, r = 0; u < requiredCount.Length; u++)
        {
            if (requiredCount[u] > 0 || unitPersonTimes[u] > 0)
            {
                units[r++] = u;
            }
        }

        return new LazyRows<UnitCoverage>(count, r =>
        {
            var u = units[r];
            var unit = index.Units[u];
            return new UnitCoverage(unit.Id, unit.Name, unit.Kind, requiredCount[u], coveredCount[u], new CoverageRate(coveredCount[u], requiredCount[u]), unitPersonTimes[u]);
        });
    }

    private static IReadOnlyList<SourceActivity> BySourceActivity(RosterIndex index, bool[] demandMeets, bool[] answered, int[] bySource, PersonTally[] tally)
    {
        var demandCount = new int[Sources.Length];
        var answeredCount = new int[Sources.Length];
        for (var d = 0; d < demandMeets.Length; d++)
        {
            if (!demandMeets[d])
            {
                continue;
            }

            // One mask per demand: each of its sources counts once.
            for (var m = index.DemandMask[d]; m != 0; m &= m - 1)
            {
                var source = BitOperations.TrailingZeroCount(m);
                demandCount[source]++;
                answeredCount[source] += answered[d] ? 1 : 0;
            }
        }

        var people = new int[Sources.Length];
        foreach (var person in tally)
        {
            for (var m = person.Flags & PersonTally.SourceBits; m != 0; m &= m - 1)
            {
                people[BitOperations.TrailingZeroCount(m)]++;
            }
        }

        var rows = new List<SourceActivity>();
        foreach (var s in Sources)
        {
            if (demandCount[(int)s] > 0 || bySource[(int)s] > 0)
            {
                rows.Add(new SourceActivity(s, demandCount[(int)s], answeredCount[(int)s], bySource[(int)s], people[(int)s]));
            }
        }

        return rows.AsReadOnly();
    }

    private static IReadOnlyList<LeaderActivity> ByLeader(RosterIndex index, LeaderCounts talkers)
    {
        var distinct = talkers.DistinctSubjects();
        var rows = new LeaderActivity[talkers.Count];
        for (var slot = 0; slot < rows.Length; slot++)
        {
            var id = index.ActorId(talkers.ActorOf(slot));
            var counts = talkers.BySource(slot);
            var total = 0;
            foreach (var c in counts)
            {
                total += c;
            }

            var leader = index.Roster.FindLeader(id);
            rows[slot] = new LeaderActivity(
                id,
                index.NameOfActor(id),
                leader?.Roles ?? Array.Empty<LeaderRole>(),
                total,
                distinct[slot],
                SourceCounts(counts));
        }

        Array.Sort(rows, static (a, b) => string.CompareOrdinal(a.LeaderId, b.LeaderId));
        return Array.AsReadOnly(rows);
    }

    /// <summary>
    /// What the record pass learns about one person, in 16 bytes so that the random access per record
    /// touches one cache line: the sources of his records (bits by source value) and whether he is
    /// required (the top bit), his qualifying talks and the earliest of them.
    /// </summary>
    internal struct PersonTally
    {
        public const int RequiredFlag = 1 << 31;
        public const int SourceBits = ~RequiredFlag;

        public int Flags;
        public int QualifyingTalks;
        public int FirstRecord;
        public int FirstDay;

        public readonly bool IsRequired => Flags < 0;
    }
}
