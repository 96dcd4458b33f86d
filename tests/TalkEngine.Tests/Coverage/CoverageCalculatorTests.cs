using TalkEngine.Balancing;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Coverage;

public sealed class CoverageCalculatorTests
{
    private readonly CoverageCalculator _calculator = new();

    [Fact]
    public void Compute_PersonWithTwoPostsAndSeveralTalks_CountedOnce()
    {
        var demands = new DemandSet([Demand("P2", "EC1", id: "annual-2017-P2-admin"), Demand("P2", "EC1", id: "annual-2017-P2-party")]);
        var records = new[] { Record("R1", "P2", 10, 9), Record("R2", "P2", 11, 9, DemandSource.Inspection) };

        var report = _calculator.Compute(Create(), demands, records, Year2017);

        report.Required.Should().ContainSingle();
        report.Required[0].DemandIds.Should().Equal("annual-2017-P2-admin", "annual-2017-P2-party");
        report.Required[0].QualifyingTalks.Should().Be(2);
        report.Required[0].FirstRecordId.Should().Be("R1");
        report.Rate.Should().Be(new CoverageRate(1, 1));
        report.PersonTimes.Total.Should().Be(2);
        report.PeopleTalkedTo.Should().Be(1);
    }

    [Fact]
    public void Compute_Fixture_RequiredExcludedCoveredAndRate()
    {
        var records = new[]
        {
            Record("R1", "P1", 10, 9, demandId: "annual-2017-P1"),
            Record("R2", "P2", 10, 10, talkers: ["L2"]),
            Record("R3", "P2", 5, 10, DemandSource.SatisfactionSurvey, talkers: ["L2"]),
            Record("R4", "P3", 10, 11),                      // seconded: rejected
            Record("R5", "P1", 2, 1, DemandSource.Inspection, talkers: ["L1", "L2"]),
            Record("R6", "P1", 1, 5, DemandSource.Annual).WithDate2016(),
        };

        var report = _calculator.Compute(Create(), AnnualDemands(), records, Year2017);

        report.HeadsInScope.Should().Be(5);
        report.Required.Select(p => p.PersonId).Should().Equal("P1", "P2", "P4", "P5");
        report.Excluded.Should().ContainSingle().Which.Should().Match<ExcludedPerson>(e =>
            e.PersonId == "P3" && e.Name == "王三" && e.Status == PersonStatusKind.Seconded && e.Reason.Code == "test.seconded" && e.Reason["to"] == "股份公司");
        report.Covered.Should().Equal("P1", "P2");
        report.NotCovered.Should().Equal("P4", "P5");
        report.Rate.Numerator.Should().Be(2);
        report.Rate.Denominator.Should().Be(4);
        report.Rate.Percentage.Should().Be(50m);
        report.PersonTimes.Total.Should().Be(4);
        report.PersonTimes.BySource.Should().Equal(
            new SourceCount(DemandSource.Annual, 2), new SourceCount(DemandSource.Inspection, 1), new SourceCount(DemandSource.SatisfactionSurvey, 1));
        report.Validation.Rejected.Select(r => r.Id).Should().Equal("R4");
        report.Validation.Findings.Single().Kind.Should().Be(RecordFindingKind.SubjectNotActive);
    }

    [Fact]
    public void Compute_Breakdowns_ByUnitKindUnitSourceAndLeader()
    {
        var records = new[]
        {
            Record("R1", "P1", 10, 9),
            Record("R2", "P2", 10, 10, talkers: ["L2"]),
            Record("R3", "P2", 5, 10, DemandSource.SatisfactionSurvey, talkers: ["L2"]),
            Record("R5", "P1", 2, 1, DemandSource.Inspection, talkers: ["L1", "L2"]),
        };

        var report = _calculator.Compute(Create(), AnnualDemands(), records, Year2017);

        report.ByUnitKind.Select(k => (k.Kind.Code, k.Required, k.Covered, k.PersonTimes)).Should().Equal(
            ("engineering-company", 1, 1, 2), ("hq-department", 2, 1, 2), ("subsidiary", 1, 0, 0));
        report.ByUnit.Select(u => (u.UnitId, u.Required, u.Covered, u.Rate.Percentage, u.PersonTimes)).Should().Equal(
            ("EC1", 1, 1, 100m, 2), ("HQ1", 2, 1, 50m, 2), ("SUB1", 1, 0, 0m, 0));
        report.BySource.Should().Equal(
            new SourceActivity(DemandSource.Annual, 4, 2, 2, 2),
            new SourceActivity(DemandSource.Inspection, 0, 0, 1, 1),
            new SourceActivity(DemandSource.SatisfactionSurvey, 0, 0, 1, 1));
        report.ByLeader.Select(t => (t.LeaderId, t.Name, t.PersonTimes, t.PeopleTalkedTo)).Should().Equal(
            ("L1", "孙书记", 2, 1), ("L2", "周纪委", 3, 2));
        report.ByLeader[1].Roles.Should().Equal(LeaderRole.DisciplineSecretary);
        report.ByLeader[1].BySource.Should().Equal(
            new SourceCount(DemandSource.Annual, 1), new SourceCount(DemandSource.Inspection, 1), new SourceCount(DemandSource.SatisfactionSurvey, 1));
        report.PersonTimesWithoutUnit.Should().Be(0);
    }

    [Fact]
    public void Compute_QualifyingSourcesAnnualOnly_OtherTalksDoNotCover()
    {
        var calculator = new CoverageCalculator(new CoverageOptions { QualifyingSources = new HashSet<DemandSource> { DemandSource.Annual } });
        var records = new[] { Record("R1", "P1", 10, 9), Record("R2", "P2", 10, 10, DemandSource.Inspection) };

        var report = calculator.Compute(Create(), AnnualDemands(), records, Year2017);

        report.Covered.Should().Equal("P1");
        report.PersonTimes.Total.Should().Be(2);
    }

    [Fact]
    public void Compute_NoOneRequired_RateNotApplicable()
    {
        var report = _calculator.Compute(Create(), DemandSet.Empty, [Record("R1", "P1", 10, 9)], Year2017);

        report.Required.Should().BeEmpty();
        report.Rate.IsApplicable.Should().BeFalse();
        report.Rate.Percentage.Should().BeNull();
        report.Projection.Rate.IsApplicable.Should().BeFalse();
        report.PersonTimes.Total.Should().Be(1);
    }

    [Fact]
    public void Compute_RecordsOutsidePeriod_Ignored()
    {
        var firstHalf = new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 6, 30));

        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9), Record("R2", "P2", 3, 9)], firstHalf);

        report.Covered.Should().Equal("P2");
        report.PersonTimes.Total.Should().Be(1);
    }

    [Fact]
    public void Compute_Projection_CountsUnansweredDemandsAndScheduledTalks()
    {
        var demands = new DemandSet(
            [Demand("P1", "HQ1"), Demand("P2", "EC1"), Demand("P4", "SUB1"), Demand("P5", "HQ1"), Demand("P2", "EC1", DemandSource.Inspection)]);
        var records = new[] { Record("R1", "P1", 10, 9, demandId: "annual-2017-P1"), Record("R2", "P2", 10, 9) };
        var scheduled = new[]
        {
            new ScheduledTalk("P5", DemandSource.Annual, new LocalDate(2017, 12, 1), "annual-2017-P5"), // already a demand: not twice
            new ScheduledTalk("P1", DemandSource.PreHoliday, new LocalDate(2017, 12, 28)),
            new ScheduledTalk("P2", DemandSource.PreHoliday, new LocalDate(2018, 1, 28)),              // outside the period
        };

        var report = _calculator.Compute(Create(), demands, records, Year2017, scheduled);

        // R2 answers annual-2017-P2 without naming it (same subject, source and window).
        report.BySource.Single(s => s.Source == DemandSource.Annual).DemandsAnswered.Should().Be(2);
        // Still possible from the period's first day: annual P4, annual P5, inspection P2, pre-holiday P1; only the first
        // two change the rate (P1 and P2 are covered already).
        report.Projection.AsOf.Should().Be(Year2017.Start);
        report.Projection.PendingTalks.Should().Be(2);
        report.Projection.NewlyCovered.Should().Equal("P4", "P5");
        report.Projection.Rate.Should().Be(new CoverageRate(4, 4));
        report.Projection.PersonTimes.Should().Be(6);
        report.Rate.Should().Be(new CoverageRate(2, 4));
    }

    [Fact]
    public void Compute_OneRecordAnswersEveryMatchingDemandOfItsSubject()
    {
        // Two petition demands about P1 with overlapping windows: an unlinked petition talk inside both
        // answers both; an annual talk answers neither.
        var demands = new DemandSet(
        [
            Demand("P1", "HQ1", DemandSource.Petition, id: "petition-A", window: new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2017, 5, 31))),
            Demand("P1", "HQ1", DemandSource.Petition, id: "petition-B", window: new DateInterval(new LocalDate(2017, 4, 1), new LocalDate(2017, 6, 30))),
            Demand("P1", "HQ1", DemandSource.Petition, id: "petition-C", window: new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 9, 30))),
        ]);
        var records = new[] { Record("R1", "P1", 4, 10, DemandSource.Petition), Record("R2", "P1", 9, 10) };

        var report = _calculator.Compute(Create(), demands, records, Year2017);

        var petition = report.BySource.Single(s => s.Source == DemandSource.Petition);
        petition.Demands.Should().Be(3);
        petition.DemandsAnswered.Should().Be(2);

        // petition-C is still possible but P1 is not required (no annual demand): it adds a person-time, not a rate change.
        report.Projection.PendingTalks.Should().Be(0);
        report.Projection.PersonTimes.Should().Be(3);
    }

    [Fact]
    public void Required_RowsAreBuiltOnceAndIndexedSafely()
    {
        var report = _calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9)], Year2017);

        report.Required[0].Should().BeSameAs(report.Required[0]);
        report.Required.ToArray().Should().Equal(Enumerable.Range(0, report.Required.Count).Select(i => report.Required[i]));
        var act = () => report.Required[report.Required.Count];
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*between 0 and {report.Required.Count - 1}*");
    }

    [Fact]
    public void Compute_DemandForUnknownPerson_ThrowsNamingDemands()
    {
        var act = () => _calculator.Compute(Create(), new DemandSet([Demand("P404", "HQ1")]), [], Year2017);
        var e = act.Should().Throw<TalkEngineValidationException>().Which;
        e.ErrorCode.Should().Be(CoverageCalculator.InputErrorCode);
        e.Problems.Should().ContainSingle().Which.Code.Should().Be(RosterProblems.UnknownPerson);
        e.Problems[0].Ids.Should().Contain("P404");
    }

    [Fact]
    public void UnknownPerson_IsTheSameProblemCodeInEveryCapability()
    {
        var roster = Create();
        var demands = new DemandSet([Demand("P404", "HQ1")]);
        var codes = new List<string>();
        void Catch(Action act)
        {
            try
            {
                act();
            }
            catch (TalkEngineValidationException e)
            {
                codes.Add(e.Problems.Single(p => p.Ids.Contains("P404")).Code);
            }
        }

        Catch(() => _calculator.Compute(roster, demands, [], Year2017));
        Catch(() => _ = new TalkRecordStore(roster, demands));
        Catch(() => new LeaderBalancer().Balance(roster, demands));
        Catch(() => new DemandGenerator().Generate(new DemandRequest(roster, Year2017) { Petitions = [new PetitionCase("X-1", "P404", new NodaTime.LocalDate(2017, 3, 1), PetitionFinding.MinorProblems, "summary")] }));
        codes.Should().Equal(Enumerable.Repeat(RosterProblems.UnknownPerson, 4));
    }

    [Fact]
    public void Compute_NullArguments_ThrowNamingThem()
    {
        var roster = Create();
        FluentActions.Invoking(() => _calculator.Compute(null!, DemandSet.Empty, [], Year2017)).Should().Throw<ArgumentNullException>().WithParameterName("roster");
        FluentActions.Invoking(() => _calculator.Compute(roster, null!, [], Year2017)).Should().Throw<ArgumentNullException>().WithParameterName("demands");
        FluentActions.Invoking(() => _calculator.Compute(roster, DemandSet.Empty, null!, Year2017)).Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => _calculator.Compute(roster, DemandSet.Empty, [], null!)).Should().Throw<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void Compute_SameInputShuffled_SameReport()
    {
        var records = new[]
        {
            Record("R1", "P1", 10, 9), Record("R2", "P2", 10, 10, talkers: ["L2"]), Record("R3", "P2", 5, 10, DemandSource.SatisfactionSurvey, talkers: ["L2"]),
            Record("R4", "P3", 10, 11), Record("R5", "P1", 2, 1, DemandSource.Inspection, talkers: ["L1", "L2"]),
        };

        var a = _calculator.Compute(Create(), AnnualDemands(), records, Year2017);
        var b = _calculator.Compute(Create(), AnnualDemands(), records.Reverse(), Year2017);

        b.Required.Should().BeEquivalentTo(a.Required, o => o.WithStrictOrdering());
        b.ByLeader.Should().BeEquivalentTo(a.ByLeader, o => o.WithStrictOrdering());
        b.ByUnit.Should().Equal(a.ByUnit);
        b.Validation.Findings.Should().Equal(a.Validation.Findings.ToArray(), (x, y) => x.Reason.Equals(y.Reason));
        YearSummaryBuilder.Build(b).Should().Be(YearSummaryBuilder.Build(a));
    }
}

internal static class RecordTestExtensions
{
    public static TalkRecord WithDate2016(this TalkRecord record)
        => new(record.Id, record.Date.PlusYears(-1), record.SubjectId, record.LeaderIds, record.Source, record.Style, record.Mode);
}
