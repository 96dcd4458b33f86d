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
    private readonly HashSet<DemandSource> _qualifying;
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
        _qualifying = new HashSet<DemandSource>(options.QualifyingSources ?? new HashSet<DemandSource>());
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
        var people = index.People.Length;

        // Required people: subjects of the required sources' demands meeting the period, once each.
        var demandMeets = new bool[index.Demands.Length];
        var requiredPosition = new int[people];
        Array.Fill(requiredPosition, -1);
        var requiredPeople = new List<int>();
        var requiredDemands = new List<List<string>>();
        var requiredUnit = new List<int>();
        for (var d = 0; d < index.Demands.Length; d++)
        {
            var demand = index.Demands[d];
            demandMeets[d] = demand.Window.Start <= period.End && demand.Window.End >= period.Start;
            if (!demandMeets[d] || !IsRequired(demand))
            {
                continue;
            }

            var subject = PersonOf(index, demand.SubjectId, $"demand '{demand.Id}'");
            if (requiredPosition[subject] < 0)
            {
                requiredPosition[subject] = requiredPeople.Count;
                requiredPeople.Add(subject);
                requiredDemands.Add([]);
                var unit = index.UnitOf(demand.UnitId);
                requiredUnit.Add(unit >= 0 ? unit : index.HomeUnit[subject]);
            }

            requiredDemands[requiredPosition[subject]].Add(demand.Id);
        }

        // One pass over the valid records: person-times, coverage, breakdowns.
        var valid = validation.ValidArray;
        var validCount = validation.Valid.Count;
        var info = validation.ValidInfo;
        var qualifyingTalks = new int[requiredPeople.Count];
        var firstRecord = new int[requiredPeople.Count];
        var bySource = new int[Sources.Length];
        var sourceMask = new int[people];
        var unitPersonTimes = new int[index.Units.Length];
        var answered = new bool[index.Demands.Length];
        var withoutDemandHead = new int[people];
        var withoutDemandNext = new int[validCount];
        Array.Fill(withoutDemandHead, -1);
        var talkers = new Dictionary<string, TalkerAccumulator>(StringComparer.Ordinal);
        var personTimesWithoutUnit = 0;
        var anyQualifies = _qualifying.Count == 0;
        for (var i = 0; i < validCount; i++)
        {
            var record = valid[i];
            var (subject, unit, demand) = info[i];
            var source = (int)record.Source;
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

            var at = requiredPosition[subject];
            if (at >= 0 && (anyQualifies || _qualifying.Contains(record.Source)))
            {
                if (qualifyingTalks[at]++ == 0 || Earlier(record, valid[firstRecord[at]]))
                {
                    firstRecord[at] = i;
                }
            }

            var talkerIds = record.TalkerIds;
            for (var t = 0; t < talkerIds.Count; t++)
            {
                var talkerId = talkerIds[t];
                if (!talkers.TryGetValue(talkerId, out var talker))
                {
                    talker = new TalkerAccumulator();
                    talkers.Add(talkerId, talker);
                }

                talker.BySource[source]++;
                talker.Subjects.Add(subject);
            }
        }

        // A demand without a record naming it is still answered by a talk of its source with its
        // subject inside its window (hosts do not always link records to demands).
        for (var d = 0; d < index.Demands.Length; d++)
        {
            if (!demandMeets[d] || answered[d])
            {
                continue;
            }

            var demand = index.Demands[d];
            if (!index.PersonIndex.TryGetValue(demand.SubjectId, out var subject))
            {
                continue;
            }

            for (var i = withoutDemandHead[subject]; i >= 0; i = withoutDemandNext[i])
            {
                if (RosterIndex.HasSource(demand, valid[i].Source) && demand.Window.Contains(valid[i].Date))
                {
                    answered[d] = true;
                    break;
                }
            }
        }

        var required = new RequiredPerson[requiredPeople.Count];
        for (var r = 0; r < required.Length; r++)
        {
            var person = index.People[requiredPeople[r]];
            var unit = requiredUnit[r];
            var first = qualifyingTalks[r] > 0 ? valid[firstRecord[r]] : null;
            required[r] = new RequiredPerson(
                person.Id,
                person.Name,
                unit >= 0 ? index.Units[unit].Id : null,
                requiredDemands[r].AsReadOnly(),
                qualifyingTalks[r],
                first?.Id,
                first?.Date);
        }

        Array.Sort(required, (a, b) => string.CompareOrdinal(a.PersonId, b.PersonId));
        var excluded = Excluded(index, demands, requiredPosition);
        var personTimes = new PersonTimes(validCount, SourceCounts(bySource));
        var peopleTalkedTo = sourceMask.Count(m => m != 0);
        var projection = Project(index, demandMeets, answered, requiredPosition, qualifyingTalks, requiredPeople, validCount, period, scheduledTalks);

        return new CoverageReport(
            period,
            Array.AsReadOnly(required),
            excluded,
            personTimes,
            peopleTalkedTo,
            ByUnitKind(index, required, unitPersonTimes),
            ByUnit(index, required, unitPersonTimes),
            BySourceActivity(index, demandMeets, answered, bySource, sourceMask),
            ByTalker(index, talkers),
            personTimesWithoutUnit,
            projection,
            validation);
    }

    private bool IsRequired(TalkDemand demand)
    {
        if (_required.Contains(demand.Source))
        {
            return true;
        }

        foreach (var reason in demand.Reasons)
        {
            if (_required.Contains(reason))
            {
                return true;
            }
        }

        return false;
    }

    private static int PersonOf(RosterIndex index, string personId, string what)
        => index.PersonIndex.TryGetValue(personId, out var p)
            ? p
            : throw new ArgumentException(
                $"The {what} names person '{personId}', who is not in the roster; generate the demands from the same roster.", "demands");

    private static bool Earlier(TalkRecord a, TalkRecord b)
        => a.Date < b.Date || (a.Date == b.Date && string.CompareOrdinal(a.Id, b.Id) < 0);

    private IReadOnlyList<ExcludedPerson> Excluded(RosterIndex index, DemandSet demands, int[] requiredPosition)
    {
        // Exclusions from the required sources, one entry per person; a person required through
        // another post or demand is required, not excluded.
        return demands.Exclusions
            .Where(e => _required.Contains(e.Source))
            .Where(e => !index.PersonIndex.TryGetValue(e.PersonId, out var p) || requiredPosition[p] < 0)
            .GroupBy(e => e.PersonId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                var name = index.PersonIndex.TryGetValue(g.Key, out var p) ? index.People[p].Name : g.Key;
                return new ExcludedPerson(g.Key, name, first.Status, first.Reason, g.ToArray());
            })
            .ToArray();
    }

    private CoverageProjection Project(
        RosterIndex index,
        bool[] demandMeets,
        bool[] answered,
        int[] requiredPosition,
        int[] qualifyingTalks,
        List<int> requiredPeople,
        int personTimes,
        DateInterval period,
        IEnumerable<ScheduledTalk>? scheduledTalks)
    {
        var pending = 0;
        var newlyCovered = new HashSet<int>();
        void Pending(string subjectId, DemandSource source)
        {
            pending++;
            if (index.PersonIndex.TryGetValue(subjectId, out var p)
                && requiredPosition[p] >= 0
                && qualifyingTalks[requiredPosition[p]] == 0
                && (_qualifying.Count == 0 || _qualifying.Contains(source)))
            {
                newlyCovered.Add(p);
            }
        }

        for (var d = 0; d < index.Demands.Length; d++)
        {
            if (demandMeets[d] && !answered[d])
            {
                Pending(index.Demands[d].SubjectId, index.Demands[d].Source);
            }
        }

        foreach (var talk in scheduledTalks ?? [])
        {
            Guard.NotNull(talk, nameof(scheduledTalks));
            if (period.Contains(talk.Date) && (talk.DemandId is null || !index.DemandIndex.ContainsKey(talk.DemandId)))
            {
                Pending(talk.SubjectId, talk.Source);
            }
        }

        var covered = qualifyingTalks.Count(q => q > 0) + newlyCovered.Count;
        var ids = newlyCovered.Select(p => index.People[p].Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        return new CoverageProjection(new CoverageRate(covered, requiredPeople.Count), pending, ids, personTimes + pending);
    }

    private static IReadOnlyList<SourceCount> SourceCounts(int[] counts)
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

    private static IReadOnlyList<UnitKindCoverage> ByUnitKind(RosterIndex index, RequiredPerson[] required, int[] unitPersonTimes)
    {
        var rows = new SortedDictionary<string, KindRow>(StringComparer.Ordinal);
        foreach (var person in required)
        {
            if (person.UnitId is null)
            {
                continue;
            }

            var kind = index.Units[index.UnitIndex[person.UnitId]].Kind;
            var row = rows.GetValueOrDefault(kind.Code, new KindRow(kind, 0, 0, 0));
            rows[kind.Code] = row with { Required = row.Required + 1, Covered = row.Covered + (person.IsCovered ? 1 : 0) };
        }

        for (var u = 0; u < unitPersonTimes.Length; u++)
        {
            if (unitPersonTimes[u] > 0)
            {
                var kind = index.Units[u].Kind;
                var row = rows.GetValueOrDefault(kind.Code, new KindRow(kind, 0, 0, 0));
                rows[kind.Code] = row with { PersonTimes = row.PersonTimes + unitPersonTimes[u] };
            }
        }

        return rows.Values.Select(r => new UnitKindCoverage(r.Kind, r.Required, r.Covered, new CoverageRate(r.Covered, r.Required), r.PersonTimes)).ToArray();
    }

    private static IReadOnlyList<UnitCoverage> ByUnit(RosterIndex index, RequiredPerson[] required, int[] unitPersonTimes)
    {
        var requiredCount = new int[index.Units.Length];
        var coveredCount = new int[index.Units.Length];
        foreach (var person in required)
        {
            if (person.UnitId is not null)
            {
                var u = index.UnitIndex[person.UnitId];
                requiredCount[u]++;
                coveredCount[u] += person.IsCovered ? 1 : 0;
            }
        }

        var rows = new List<UnitCoverage>();
        for (var u = 0; u < index.Units.Length; u++)
        {
            if (requiredCount[u] > 0 || unitPersonTimes[u] > 0)
            {
                var unit = index.Units[u];
                rows.Add(new UnitCoverage(unit.Id, unit.Name, unit.Kind, requiredCount[u], coveredCount[u], new CoverageRate(coveredCount[u], requiredCount[u]), unitPersonTimes[u]));
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.UnitId, b.UnitId));
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

            var demand = index.Demands[d];
            foreach (var source in Sources)
            {
                if (RosterIndex.HasSource(demand, source))
                {
                    demandCount[(int)source]++;
                    answeredCount[(int)source] += answered[d] ? 1 : 0;
                }
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

    private static IReadOnlyList<TalkerActivity> ByTalker(RosterIndex index, Dictionary<string, TalkerAccumulator> talkers)
        => talkers
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t =>
            {
                var leader = index.Organization.FindLeader(t.Key);
                return new TalkerActivity(
                    t.Key,
                    index.NameOfActor(t.Key),
                    leader?.Roles ?? Array.Empty<LeaderRole>(),
                    t.Value.BySource.Sum(),
                    t.Value.Subjects.Count,
                    SourceCounts(t.Value.BySource));
            })
            .ToArray();

    private readonly record struct KindRow(UnitKind Kind, int Required, int Covered, int PersonTimes);

    private sealed class TalkerAccumulator
    {
        public int[] BySource { get; } = new int[Sources.Length];

        public HashSet<int> Subjects { get; } = [];
    }
}
