using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Records;

public sealed class TalkRecordValidatorTests
{
    private readonly TalkRecordValidator _validator = new();

    [Fact]
    public void Validate_CleanRecord_IsValidWithoutFindings()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P1", 10, 9, demandId: "annual-2017-P1")], AnnualDemands());

        result.Valid.Select(r => r.Id).Should().Equal("R1");
        result.Rejected.Should().BeEmpty();
        result.Findings.Should().BeEmpty();
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Validate_UnknownSubject_RejectsAndNamesThePerson()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P404", 10, 9)]);

        result.Valid.Should().BeEmpty();
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(RecordFindingKind.UnknownSubject);
        finding.Severity.Should().Be(RecordFindingSeverity.Error);
        finding.Ids.Should().Equal("P404");
        finding.Reason.Should().Be(Reason.Of("records.unknown-subject", "subject", "P404"));
        TextRenderer.English.Render(finding.Reason).Should().Contain("P404").And.Contain("roster");
        TextRenderer.SimplifiedChinese.Render(finding.Reason).Should().Contain("P404").And.Contain("名册");
    }

    [Fact]
    public void Validate_TalkWhileSeconded_RejectsWithTheStatusPeriod()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P3", 10, 9), Record("R2", "P3", 2, 20)]);

        result.Valid.Select(r => r.Id).Should().Equal("R2");
        var finding = result.FindingsFor("R1").Should().ContainSingle().Subject;
        finding.Kind.Should().Be(RecordFindingKind.SubjectNotActive);
        finding.Ids.Should().Equal("P3", "Seconded");
        finding.Reason.Code.Should().Be("records.subject-not-active");
        finding.Reason["period"].Should().Be("2017-03-01/2017-12-31");
        finding.Reason["status"].Should().Be("seconded");
        TextRenderer.English.Render(finding.Reason).Should().Contain("2017-03-01 to 2017-12-31").And.Contain("seconded");
        TextRenderer.SimplifiedChinese.Render(finding.Reason).Should().Contain("2017-03-01至2017-12-31").And.Contain("借调");
    }

    [Fact]
    public void Validate_TalkAfterLeaving_Rejects()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P4", 7, 1), Record("R2", "P4", 6, 30)]);

        result.Rejected.Select(r => r.Id).Should().Equal("R1");
        result.Valid.Select(r => r.Id).Should().Equal("R2");
    }

    [Fact]
    public void Validate_InactiveStatusesConfigured_OnlyThoseReject()
    {
        var validator = new TalkRecordValidator(new RecordValidationOptions { InactiveStatuses = new HashSet<PersonStatusKind> { PersonStatusKind.Left } });

        var result = validator.Validate(Create(), [Record("R1", "P3", 10, 9), Record("R2", "P4", 8, 1)]);

        result.Valid.Select(r => r.Id).Should().Equal("R1");
        result.Rejected.Select(r => r.Id).Should().Equal("R2");
    }

    [Fact]
    public void Validate_SeveralProblemsInOneRecord_ReportsAllAtOnce()
    {
        var record = Record("R1", "P404", 10, 9, talkers: ["L9", "P404"], recorder: "S9", unitId: "U9");

        var result = _validator.Validate(Create(), [record]);

        result.Findings.Select(f => f.Kind).Should().Equal(
            RecordFindingKind.UnknownSubject,
            RecordFindingKind.UnknownLeader,
            RecordFindingKind.LeaderIsSubject,
            RecordFindingKind.UnknownUnit,
            RecordFindingKind.UnknownRecorder);
        result.Rejected.Should().ContainSingle();
    }

    [Fact]
    public void Validate_LeaderWhoIsAPersonNotALeader_IsAccepted()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P1", 10, 9, talkers: ["P5"])]);

        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_UnknownRecorder_WarnsButCounts()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P1", 10, 9, recorder: "S9")]);

        result.Valid.Should().ContainSingle();
        result.Findings.Should().ContainSingle().Which.Severity.Should().Be(RecordFindingSeverity.Warning);
    }

    [Fact]
    public void Validate_DuplicateId_KeepsTheFirst()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P1", 10, 9), Record("R1", "P2", 10, 10)]);

        result.Valid.Single().SubjectId.Should().Be("P1");
        result.Rejected.Single().SubjectId.Should().Be("P2");
        result.Findings.Single().Kind.Should().Be(RecordFindingKind.DuplicateRecordId);
    }

    [Fact]
    public void Validate_DemandForAnotherPerson_Rejects()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P1", 10, 9, demandId: "annual-2017-P2")], AnnualDemands());

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(RecordFindingKind.DemandSubjectMismatch);
        finding.Ids.Should().Equal("annual-2017-P2", "P2", "P1");
        result.Valid.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DemandDoubts_WarnButCount()
    {
        var window = new DateInterval(new LocalDate(2017, 5, 1), new LocalDate(2017, 5, 31));
        var demands = new DemandSet([Demand("P2", "EC1", DemandSource.SatisfactionSurvey, window, requiredLeader: "L2")]);
        var record = Record("R1", "P2", 6, 2, DemandSource.Annual, demandId: "satisfactionsurvey-2017-P2",
            commitments: [new Commitment("整改", new LocalDate(2017, 6, 1))]);

        var result = _validator.Validate(Create(), [record, Record("R2", "P1", 6, 2, demandId: "nope")], demands);

        result.Valid.Should().HaveCount(2);
        result.Findings.Select(f => (f.RecordId, f.Kind)).Should().Equal(
            ("R1", RecordFindingKind.OutsideDemandWindow),
            ("R1", RecordFindingKind.SourceMismatch),
            ("R1", RecordFindingKind.RequiredLeaderAbsent),
            ("R1", RecordFindingKind.CommitmentDueBeforeTalk),
            ("R2", RecordFindingKind.UnknownDemand));
        result.Findings.Should().OnlyContain(f => f.Severity == RecordFindingSeverity.Warning);
    }

    [Fact]
    public void Validate_WithoutDemands_SkipsDemandChecks()
    {
        var result = _validator.Validate(Create(), [Record("R1", "P1", 10, 9, demandId: "whatever")]);

        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_NullRecord_ThrowsNamingRecords()
    {
        var act = () => _validator.Validate(Create(), [Record("R1", "P1", 10, 9), null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("records").WithMessage("Record 1 is null*");
    }
}
