using BenchmarkDotNet.Attributes;
using NodaTime;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Benchmarks;

/// <summary>
/// Coverage of a year's records: 10 records per person on average (1,000,000 records over 100,000
/// people at the largest size). Target: under 100 ms on one core, measured by
/// <see cref="CoverageFromStore"/> (records checked and resolved once, as they arrive, by
/// <see cref="FillStore"/>); the list path (<see cref="Coverage"/>) checks and resolves every record on
/// every call. The baseline is the least any string-keyed coverage must do: the distinct subjects of the
/// records. Records reference the roster's own id strings (as a host that interns ids on load would),
/// each has its own record id string, and none names its demand, so every record is matched to its
/// subject's demands by source and window.
/// </summary>
[MemoryDiagnoser]
public class CoverageBenchmark
{
    private static readonly DateInterval Year = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    private Roster _roster = null!;
    private DemandSet _demands = null!;
    private TalkRecord[] _records = null!;
    private CoverageCalculator _calculator = null!;
    private CoverageCalculator _uniqueIdsCalculator = null!;
    private TalkRecordStore _store = null!;

    /// <summary>The number of records; people are a tenth of it.</summary>
    [Params(100_000, 1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var people = Records / 10;
        var random = new Random(2017);
        var kinds = new[] { UnitKind.HqDepartment, UnitKind.EngineeringCompany, UnitKind.Subsidiary, UnitKind.SpecializedCompany };
        var units = Enumerable.Range(0, people / 2).Select(u => new Unit($"U{u:D5}", $"单位{u}", kinds[u % kinds.Length], null, IntegrityRiskLevel.Medium)).ToArray();
        var persons = Enumerable.Range(0, people).Select(p => p % 97 == 0
            ? new Person($"P{p:D6}", $"人员{p}", [new PersonStatus(PersonStatusKind.Seconded, new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 12, 31)))])
            : new Person($"P{p:D6}", $"人员{p}")).ToArray();
        // Two heads per unit: the administrative head and the party secretary.
        var posts = Enumerable.Range(0, people).Select(p => new Post(units[p / 2].Id, p % 2 == 0 ? PostRole.AdministrativeHead : PostRole.PartySecretary, persons[p].Id)).ToArray();
        var leaders = Enumerable.Range(0, 40).Select(l => new Leader($"L{l:D2}", $"领导{l}", [LeaderRole.Deputy], [])).ToArray();
        _roster = Roster.Create(units, persons, posts, leaders);
        var annualReason = new Reason("bench.annual");
        var inPersonReason = new Reason("bench.in-person");
        _demands = new DemandSet(persons.Select((p, i) => new TalkDemand(
            $"annual-2017-{p.Id}", p.Id, units[i / 2].Id, DemandSource.Annual, Year, TalkStyle.Reminder, annualReason, TalkMode.InPerson, inPersonReason)));
        var sources = new[] { DemandSource.Annual, DemandSource.Annual, DemandSource.Inspection, DemandSource.SatisfactionSurvey, DemandSource.PreHoliday };
        _records = Enumerable.Range(0, Records).Select(r => new TalkRecord(
            $"R{r:D7}",
            Year.Start.PlusDays(random.Next(365)),
            persons[random.Next(people)].Id,
            [leaders[random.Next(leaders.Length)].Id],
            sources[random.Next(sources.Length)],
            TalkStyle.Reminder,
            TalkMode.InPerson)).ToArray();
        _calculator = new CoverageCalculator();
        _uniqueIdsCalculator = new CoverageCalculator(new CoverageOptions { Validation = new RecordValidationOptions { RecordIdsAreUnique = true } });
        _store = new TalkRecordStore(_roster, _demands);
        _store.AddRange(_records);
    }

    [Benchmark(Baseline = true)]
    public int DistinctSubjects()
    {
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in _records)
        {
            subjects.Add(record.SubjectId);
        }

        return subjects.Count;
    }

    [Benchmark]
    public int Validate() => new TalkRecordValidator().Validate(_roster, _records, _demands).Valid.Count;

    [Benchmark]
    public int Coverage() => _calculator.Compute(_roster, _demands, _records, Year).Covered.Count;

    /// <summary>The same, for a host whose store guarantees unique record ids (no set of every id).</summary>
    [Benchmark]
    public int CoverageUniqueIds() => _uniqueIdsCalculator.Compute(_roster, _demands, _records, Year).Covered.Count;

    /// <summary>Coverage over a store filled once in setup: the records' ids were resolved when added.</summary>
    [Benchmark]
    public int CoverageFromStore() => _calculator.Compute(_store, Year).Covered.Count;

    /// <summary>The same, then every required-person and unit row of the report read (rows are built when first read).</summary>
    [Benchmark]
    public int CoverageFromStoreReadingRows()
    {
        var report = _calculator.Compute(_store, Year);
        var sum = 0;
        foreach (var person in report.Required)
        {
            sum += person.QualifyingTalks + person.DemandIds.Count;
        }

        foreach (var unit in report.ByUnit)
        {
            sum += unit.PersonTimes;
        }

        return sum;
    }

    /// <summary>The insertion cost the store moves out of coverage: check and resolve every record once (the roster index included).</summary>
    [Benchmark]
    public int FillStore()
    {
        var store = new TalkRecordStore(_roster, _demands);
        return store.AddRange(_records);
    }
}
