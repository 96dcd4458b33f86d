using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Coverage;

/// <summary>
/// Figures that say what they leave out: records dated outside the period are counted and named, and the projection
/// counts only the talks still possible on its as-of date that would change the rate.
/// </summary>
public sealed class CoverageHonestyTests
{
    private readonly CoverageCalculator _calculator = new();

    private static TalkRecord[] RecordsAroundTheYear()
        =>
        [
            Record("R1", "P1", 3, 1),
            new TalkRecord("R-2016", new LocalDate(2016, 12, 30), "P2", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson),
            new TalkRecord("R-2071", new LocalDate(2071, 3, 1), "P5", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson), // a mistyped year
            new TalkRecord("R-bad", new LocalDate(2018, 1, 5), "NOBODY", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson), // rejected and outside
        ];

    [Fact]
    public void Compute_RecordsOutsidePeriod_CountedAndNamedOnBothPaths()
    {
        var records = RecordsAroundTheYear();
        var store = new TalkRecordStore(Create(), AnnualDemands());
        store.AddRange(records);

        foreach (var report in new[] { _calculator.Compute(Create(), AnnualDemands(), records, Year2017), _calculator.Compute(store, Year2017) })
        {
            report.PersonTimes.Total.Should().Be(1);
            report.RecordsOutsidePeriod.Should().Be(3);
            report.RecordIdsOutsidePeriod.Should().BeEquivalentTo(["R-2016", "R-2071", "R-bad"]);
            report.Validation.Rejected.Should().BeEmpty("the rejected record lies outside the period too");
        }
    }

    [Fact]
    public void Compute_ManyRecordsOutsidePeriod_QuotesTheFirstTen()
    {
        var records = Enumerable.Range(0, 25)
            .Select(i => new TalkRecord($"R{i:00}", new LocalDate(2018, 1, 1).PlusDays(i), "P1", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson))
            .ToArray();

        var report = _calculator.Compute(Create(), AnnualDemands(), records, Year2017);

        report.RecordsOutsidePeriod.Should().Be(25);
        report.RecordIdsOutsidePeriod.Should().Equal(records.Take(10).Select(r => r.Id));
        var summary = YearSummaryBuilder.Build(report);
        summary.Render(TextRenderer.English).Should().Contain("25 talk records (R00, R01, R02, R03, R04, R05, R06, R07, R08, R09, …) fall outside the period 2017-01-01..2017-12-31 and were not counted");
    }

    [Fact]
    public void Summary_RecordsOutsidePeriod_SaysSoInBothLanguages()
    {
        var report = _calculator.Compute(Create(), AnnualDemands(), RecordsAroundTheYear(), Year2017);
        var summary = YearSummaryBuilder.Build(report);

        summary.Paragraphs.SelectMany(p => p).Should().ContainSingle(r => r.Code == "coverage.summary.outside-period")
            .Which["records"].Should().Be("3");
        summary.Render(TextRenderer.SimplifiedChinese).Should().Contain("另有3条约谈记录（R-2016、R-2071、R-bad）不在2017-01-01..2017-12-31期间，未计入");
        summary.Render(TextRenderer.English).Should().Contain("3 talk records (R-2016, R-2071, R-bad) fall outside the period 2017-01-01..2017-12-31 and were not counted");
    }

    [Fact]
    public void Summary_NoRecordOutsidePeriod_NoClause()
    {
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 3, 1)], Year2017);

        report.RecordsOutsidePeriod.Should().Be(0);
        report.RecordIdsOutsidePeriod.Should().BeEmpty();
        YearSummaryBuilder.Build(report).Paragraphs.SelectMany(p => p).Should().NotContain(r => r.Code == "coverage.summary.outside-period");
    }

    // Required (annual): P1, P2, P4, P5; P3 excluded. P1 covered by R1 in March.
    // Open on 2017-07-01: annual P2, P4, P5 (change the rate), survey P3 (P3 is not required), pre-holiday P1 (P1 is covered).
    // Closed by then: inspection P2 (window March to June).
    private static DemandSet ProjectionDemands()
        => new(
            [
                .. AnnualDemands().Demands,
                Demand("P2", "EC1", DemandSource.Inspection, new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2017, 6, 30))),
                Demand("P3", "SUB1", DemandSource.SatisfactionSurvey),
                Demand("P1", "HQ1", DemandSource.PreHoliday, new DateInterval(new LocalDate(2017, 9, 20), new LocalDate(2017, 9, 29))),
            ],
            AnnualDemands().Exclusions);

    [Fact]
    public void Projection_AsOfMidYear_CountsOnlyOpenTalksThatChangeTheRate()
    {
        var asOf = new LocalDate(2017, 7, 1);
        var store = new TalkRecordStore(Create(), ProjectionDemands());
        store.Add(Record("R1", "P1", 3, 1));
        var scheduled = new[]
        {
            new ScheduledTalk("P5", DemandSource.Annual, new LocalDate(2017, 6, 15)), // before the as-of date: no longer possible
            new ScheduledTalk("P4", DemandSource.Petition, new LocalDate(2017, 8, 1)), // possible, covers P4 (every source qualifies)
        };

        var fromList = _calculator.Compute(Create(), ProjectionDemands(), [Record("R1", "P1", 3, 1)], Year2017, scheduled, asOf);
        var fromStore = _calculator.Compute(store, Year2017, scheduled, asOf);

        foreach (var report in new[] { fromList, fromStore })
        {
            report.Rate.Should().Be(new CoverageRate(1, 4));
            report.Projection.AsOf.Should().Be(asOf);
            report.Projection.PendingTalks.Should().Be(4); // annual P2, P4, P5 and the scheduled talk with P4
            report.Projection.NewlyCovered.Should().Equal("P2", "P4", "P5");
            report.Projection.Rate.Should().Be(new CoverageRate(4, 4));
            report.Projection.PersonTimes.Should().Be(1 + 6); // R1, then the 5 open demands and the scheduled talk
        }

        var summary = YearSummaryBuilder.Build(fromList).Render(TextRenderer.SimplifiedChinese);
        summary.Should().Contain("2017-07-01起尚可进行的4次约谈如期完成后，约谈涵盖率将达到100%");
    }

    [Fact]
    public void Projection_AsOfAfterThePeriod_NothingIsPending()
    {
        var report = _calculator.Compute(Create(), ProjectionDemands(), [Record("R1", "P1", 3, 1)], Year2017, asOf: new LocalDate(2018, 1, 2));

        report.Projection.PendingTalks.Should().Be(0);
        report.Projection.NewlyCovered.Should().BeEmpty();
        report.Projection.Rate.Should().Be(new CoverageRate(1, 4));
        report.Projection.PersonTimes.Should().Be(1);
        YearSummaryBuilder.Build(report).Paragraphs.SelectMany(p => p).Should().NotContain(r => r.Code == "coverage.summary.projection");
    }

    [Fact]
    public void Projection_AsOfInSeptember_TheClosedAnnualWindowNoLongerCounts()
    {
        // P5's annual demand closes on 2017-08-31 here: on 2017-09-01 only P2's and P4's annual talks can change the rate.
        var demands = new DemandSet(
            [
                Demand("P1", "HQ1"), Demand("P2", "EC1"), Demand("P4", "SUB1"),
                Demand("P5", "HQ1", window: new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 8, 31))),
            ]);

        var report = _calculator.Compute(Create(), demands, [Record("R1", "P1", 3, 1)], Year2017, asOf: new LocalDate(2017, 9, 1));

        report.Projection.PendingTalks.Should().Be(2);
        report.Projection.NewlyCovered.Should().Equal("P2", "P4");
        report.Projection.Rate.Should().Be(new CoverageRate(3, 4));
    }
}
