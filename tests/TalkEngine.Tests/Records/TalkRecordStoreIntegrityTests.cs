using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Records;

/// <summary>The store keeps a record whole or not at all, and loses nothing under concurrent writers and readers.</summary>
public sealed class TalkRecordStoreIntegrityTests
{
    private static readonly CalendarSystem Julian = CalendarSystem.Julian;

    [Fact]
    public void Add_RecordDatedInAnotherCalendar_CountsOnItsIsoDateAndItsIdIsTakenOnce()
    {
        // P4 answers a demand (its window is compared with the date) and has a status (its period too):
        // a Julian date used to throw there, after the id had been registered, so the valid record below
        // was refused as a duplicate of a record that was never stored.
        var store = new TalkRecordStore(Create(), AnnualDemands());
        var julian = new LocalDate(2017, 3, 1, Julian);
        var record = new TalkRecord("R1", julian, "P4", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson, "annual-2017-P4",
            commitments: [new Commitment("整改", new LocalDate(2017, 4, 1, Julian))]);

        store.Add(record).Should().BeTrue();
        store.Valid.Should().ContainSingle().Which.Date.Should().Be(new LocalDate(2017, 3, 14));
        record.Commitments[0].DueDate.Should().Be(new LocalDate(2017, 4, 14));

        store.Add(Record("R1", "P1", 5, 1)).Should().BeFalse();
        store.Findings.Should().ContainSingle(f => f.Kind == RecordFindingKind.DuplicateRecordId);
        store.Count.Should().Be(2);
        new CoverageCalculator().Compute(store, Year2017).Covered.Should().Equal("P4");
    }

    [Fact]
    public void Add_ValidatorThrows_NothingKeptAndTheIdStaysFree()
    {
        var store = new TalkRecordStore(Create(), AnnualDemands());
        store.ThrowAfterValidationForTesting = true;
        var act = () => store.Add(Record("R1", "P1", 3, 1));
        act.Should().Throw<InvalidOperationException>();
        store.ThrowAfterValidationForTesting = false;

        store.Count.Should().Be(0);
        store.Findings.Should().BeEmpty();
        store.Add(Record("R1", "P1", 3, 1)).Should().BeTrue();
        store.Findings.Should().BeEmpty();
        store.Valid.Should().ContainSingle();
    }

    [Fact]
    public void AddRange_NullItem_AddsNothing()
    {
        var store = new TalkRecordStore(Create(), AnnualDemands());
        var act = () => store.AddRange([Record("R1", "P1", 3, 1), null!, Record("R2", "P2", 3, 1)]);

        act.Should().Throw<ArgumentException>().WithParameterName("records").WithMessage("Record 1 is null*");
        store.Count.Should().Be(0);
        store.AddRange([Record("R1", "P1", 3, 1)]).Should().Be(1);
    }

    [Fact]
    public async Task Add_FourWritersAndAReader_EveryRecordStoredAndTheReportAgrees()
    {
        const int Writers = 4;
        const int PerWriter = 50_000;
        var roster = Create();
        var store = new TalkRecordStore(roster, AnnualDemands());
        var subjects = new[] { "P1", "P2", "P5" };
        var calculator = new CoverageCalculator();
        using var done = new CancellationTokenSource();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    for (var i = 0; i < PerWriter; i++)
                    {
                        var date = new LocalDate(2017, 1, 1).PlusDays(i % 365);
                        store.Add(new TalkRecord($"W{w}-{i}", date, subjects[i % subjects.Length], ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson));
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();

        var readsChecked = 0;
        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    while (!done.IsCancellationRequested)
                    {
                        var report = calculator.Compute(store, Year2017);
                        report.PersonTimes.Total.Should().Be(report.Validation.Valid.Count);
                        report.PersonTimes.Total.Should().BeLessThanOrEqualTo(Writers * PerWriter);
                        _ = store.Findings;
                        _ = store.Valid.Count;
                        readsChecked++;
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            },
            TaskCreationOptions.LongRunning);

        // Bounded: a lost wake-up or a deadlock fails the test with a TimeoutException instead of hanging the run.
        try
        {
            await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(120));
        }
        finally
        {
            done.Cancel();
        }

        await reader.WaitAsync(TimeSpan.FromSeconds(60));

        failures.Should().BeEmpty();
        readsChecked.Should().BePositive();
        store.Count.Should().Be(Writers * PerWriter);
        store.ValidCount.Should().Be(Writers * PerWriter);
        store.Valid.Select(r => r.Id).Distinct().Should().HaveCount(Writers * PerWriter);
        var final = calculator.Compute(store, Year2017);
        final.PersonTimes.Total.Should().Be(Writers * PerWriter);
        final.Covered.Should().Equal("P1", "P2", "P5");
    }
}
