using CsCheck;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Records;
using static TalkEngine.Tests.Coverage.CoverageReferencePropertyTests;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Coverage;

/// <summary>
/// Coverage over a <see cref="TalkRecordStore"/> (records resolved once, when added) against coverage
/// computed from the record list, on the generators of <see cref="CoverageReferencePropertyTests"/>.
/// </summary>
public sealed class TalkRecordStoreCoverageTests
{
    [Fact]
    public void ComputeFromStore_EqualsComputeFromRecords()
    {
        var roster = Create();
        var demands = GeneratedDemands();

        Gen.Select(RecordGen.Array[0, 30], ScheduledGen.Array[0, 4], Gen.Bool, Gen.Bool).Sample(
            (raw, rawScheduled, annualOnly, uniqueIds) =>
            {
                // Duplicate ids stay on one side of the period: the store finds duplicates across the
                // whole store by design, the list path only among the period's records.
                var records = GeneratedRecords(raw, (i, date) => Year2017.Contains(date) ? $"R{i % 23}" : $"R{i % 7}-out");
                var scheduled = GeneratedScheduled(rawScheduled);
                var validation = new RecordValidationOptions { RecordIdsAreUnique = uniqueIds };
                var options = new CoverageOptions { Validation = validation };
                if (annualOnly)
                {
                    options.QualifyingSources = new HashSet<DemandSource> { DemandSource.Annual };
                }

                var calculator = new CoverageCalculator(options);
                var store = new TalkRecordStore(roster, demands, validation);
                store.AddRange(records);

                var expected = calculator.Compute(roster, demands, records, Year2017, scheduled);
                var actual = calculator.Compute(store, Year2017, scheduled);

                AssertSameReport(actual, expected);
            },
            iter: 300);
    }

    [Fact]
    public void AddRange_RecordsAddedOneByOne_SameFindingsAsValidator()
    {
        var roster = Create();
        var demands = GeneratedDemands();
        Gen.Select(RecordGen.Array[0, 30], Gen.Bool).Sample(
            (raw, uniqueIds) =>
            {
                var records = GeneratedRecords(raw, (i, _) => $"R{i % 11}");
                var options = new RecordValidationOptions { RecordIdsAreUnique = uniqueIds };
                var store = new TalkRecordStore(roster, demands, options);
                foreach (var record in records)
                {
                    store.Add(record);
                }

                var expected = new TalkRecordValidator(options).Validate(roster, records, demands);
                store.Valid.Should().Equal(expected.Valid);
                store.Rejected.Should().Equal(expected.Rejected);
                store.Findings.Should().BeEquivalentTo(expected.Findings, o => o.WithStrictOrdering());
                store.Count.Should().Be(records.Length);
                store.ValidCount.Should().Be(expected.Valid.Count);
                store.RejectedCount.Should().Be(expected.Rejected.Count);
            },
            iter: 200);
    }

    [Fact]
    public void Compute_DuplicateOfRecordOutsidePeriod_IsRejected()
    {
        var roster = Create();
        var store = new TalkRecordStore(roster, AnnualDemands());
        store.Add(Record("R1", new LocalDate(2016, 12, 30), "P1")).Should().BeTrue();
        store.Add(Record("R1", new LocalDate(2017, 3, 1), "P1")).Should().BeFalse();

        var report = new CoverageCalculator().Compute(store, Year2017);

        report.PersonTimes.Total.Should().Be(0);
        report.Validation.Rejected.Should().ContainSingle().Which.Date.Should().Be(new LocalDate(2017, 3, 1));
        report.Validation.Findings.Should().ContainSingle().Which.Kind.Should().Be(RecordFindingKind.DuplicateRecordId);
    }

    [Fact]
    public void Compute_PeriodCuttingTheStore_KeepsOtherLeadersAndEveryDemandAnswered()
    {
        // Records with several talkers and records answering several demands, on both sides of a
        // half-year: the store's copy of the period's rows must carry each record's extras along.
        var roster = Create();
        var demands = new DemandSet(
        [
            Demand("P1", "HQ1", DemandSource.Petition, id: "petition-A", window: new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31))),
            Demand("P1", "HQ1", DemandSource.Petition, id: "petition-B", window: new DateInterval(new LocalDate(2017, 2, 1), new LocalDate(2017, 3, 31))),
            Demand("P1", "HQ1", DemandSource.Petition, id: "petition-C", window: new DateInterval(new LocalDate(2017, 8, 1), new LocalDate(2017, 8, 31))),
            Demand("P2", "EC1", DemandSource.Petition, id: "petition-D", window: new DateInterval(new LocalDate(2017, 8, 1), new LocalDate(2017, 9, 30))),
        ]);
        var records = new[]
        {
            new TalkRecord("R1", new LocalDate(2017, 8, 10), "P1", ["L1", "L2"], DemandSource.Petition, TalkStyle.Warning, TalkMode.InPerson),
            new TalkRecord("R2", new LocalDate(2017, 2, 10), "P1", ["L2", "L1"], DemandSource.Petition, TalkStyle.Warning, TalkMode.InPerson),
            new TalkRecord("R3", new LocalDate(2017, 9, 1), "P2", ["L2", "L1"], DemandSource.Petition, TalkStyle.Warning, TalkMode.InPerson),
        };
        var secondHalf = new DateInterval(new LocalDate(2017, 7, 1), new LocalDate(2017, 12, 31));
        var calculator = new CoverageCalculator();
        var store = new TalkRecordStore(roster, demands);
        store.AddRange(records);

        var report = calculator.Compute(store, secondHalf);

        AssertSameReport(report, calculator.Compute(roster, demands, records, secondHalf));
        var petition = report.BySource.Single(s => s.Source == DemandSource.Petition);
        petition.Demands.Should().Be(3, "petition-B's window ends before the period");
        petition.DemandsAnswered.Should().Be(3, "R1 answers petition-A and petition-C, R3 petition-D");
        report.ByLeader.Select(t => (t.LeaderId, t.PersonTimes, t.PeopleTalkedTo)).Should().Equal(("L1", 2, 2), ("L2", 2, 2));
    }

    [Fact]
    public void Compute_StoreWithoutDemands_NothingRequired()
    {
        var store = new TalkRecordStore(Create());
        store.Add(Record("R1", new LocalDate(2017, 3, 1), "P1")).Should().BeTrue();

        var report = new CoverageCalculator().Compute(store, Year2017);

        report.Required.Should().BeEmpty();
        report.PersonTimes.Total.Should().Be(1);
    }

    [Fact]
    public void Add_Null_Throws()
    {
        var store = new TalkRecordStore(Create());
        store.Invoking(s => s.Add(null!)).Should().Throw<ArgumentNullException>().WithParameterName("record");
        store.Invoking(s => s.AddRange([null!])).Should().Throw<ArgumentException>().WithParameterName("records");
        new CoverageCalculator().Invoking(c => c.Compute((TalkRecordStore)null!, Year2017)).Should().Throw<ArgumentNullException>().WithParameterName("store");
    }

    private static TalkRecord Record(string id, LocalDate date, string subject)
        => new(id, date, subject, ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson);

    private static void AssertSameReport(CoverageReport actual, CoverageReport expected)
    {
        actual.Period.Equals(expected.Period).Should().BeTrue();
        actual.Required.Should().BeEquivalentTo(expected.Required, o => o.WithStrictOrdering());
        actual.Excluded.Should().BeEquivalentTo(expected.Excluded, o => o.WithStrictOrdering());
        actual.Covered.Should().Equal(expected.Covered);
        actual.NotCovered.Should().Equal(expected.NotCovered);
        actual.Rate.Should().Be(expected.Rate);
        actual.PersonTimes.Should().BeEquivalentTo(expected.PersonTimes, o => o.WithStrictOrdering());
        actual.PeopleTalkedTo.Should().Be(expected.PeopleTalkedTo);
        actual.ByUnitKind.Should().BeEquivalentTo(expected.ByUnitKind, o => o.WithStrictOrdering());
        actual.ByUnit.Should().BeEquivalentTo(expected.ByUnit, o => o.WithStrictOrdering());
        actual.BySource.Should().BeEquivalentTo(expected.BySource, o => o.WithStrictOrdering());
        actual.ByLeader.Should().BeEquivalentTo(expected.ByLeader, o => o.WithStrictOrdering());
        actual.PersonTimesWithoutUnit.Should().Be(expected.PersonTimesWithoutUnit);
        actual.Projection.Should().BeEquivalentTo(expected.Projection, o => o.WithStrictOrdering());
        actual.Validation.Valid.Should().Equal(expected.Validation.Valid);
        actual.Validation.Rejected.Should().Equal(expected.Validation.Rejected);
        actual.Validation.Findings.Should().BeEquivalentTo(expected.Validation.Findings, o => o.WithStrictOrdering());
    }
}
