using CsCheck;
using TalkEngine.Demands;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Records;

/// <summary>A review that names nothing is reported (and ignored), the same way by the validator and the store.</summary>
public sealed class CommitmentReviewValidationTests
{
    private static readonly Commitment[] TwoCommitments =
    [
        new("整改财务报销问题", new LocalDate(2017, 6, 30)),
        new("开展警示教育", new LocalDate(2017, 9, 30)),
    ];

    [Fact]
    public void Validate_ReviewOfAKnownCommitment_NoFinding()
    {
        var records = new[] { Record("R1", "P1", 3, 1, commitments: TwoCommitments), Reviewing("R2", "P1", 9, 1, ("R1", 2)) };

        var result = new TalkRecordValidator().Validate(Create(), records);

        result.Findings.Should().BeEmpty();
        result.Valid.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("R9", 1, "P1", 9, RecordFindingKind.UnknownReviewedRecord, "R9")]
    [InlineData("R0", 1, "P1", 9, RecordFindingKind.UnknownReviewedRecord, "R0")]
    [InlineData("R1", 3, "P1", 9, RecordFindingKind.UnknownReviewedCommitment, "R1|3")]
    [InlineData("R1", 1, "P2", 9, RecordFindingKind.ReviewOfAnotherSubject, "R1|P1|P2")]
    [InlineData("R1", 1, "P1", 3, RecordFindingKind.ReviewNotAfterReviewedTalk, "R1")]
    [InlineData("R1", 1, "P1", 2, RecordFindingKind.ReviewNotAfterReviewedTalk, "R1")]
    public void Validate_ReviewNamingNothing_WarnsAndTheRecordStillCounts(string reviewed, int number, string subject, int month, RecordFindingKind kind, string ids)
    {
        // R0 made no commitment: there is nothing in it to review.
        var records = new[]
        {
            Record("R0", "P1", 2, 1),
            Record("R1", "P1", 3, 1, commitments: TwoCommitments),
            Reviewing("R2", subject, month, 1, (reviewed, number)),
        };

        var result = new TalkRecordValidator().Validate(Create(), records);

        var finding = result.FindingsFor("R2").Should().ContainSingle().Subject;
        finding.Kind.Should().Be(kind);
        finding.Severity.Should().Be(RecordFindingSeverity.Warning);
        string.Join("|", finding.Ids).Should().Be(ids);
        result.Valid.Select(r => r.Id).Should().Contain("R2");
        TextRenderer.English.Render(finding.Reason).Should().Contain(reviewed).And.Contain("ignored");
        TextRenderer.SimplifiedChinese.Render(finding.Reason).Should().Contain(reviewed).And.Contain("不予采用");
    }

    [Fact]
    public void Store_ReviewsAddedInOneCallOrInDateOrder_SameFindingsAsTheValidator()
    {
        // The review comes first in the list: one call sees the whole batch, as the validator sees the whole list.
        var records = new[]
        {
            Reviewing("R2", "P1", 9, 1, ("R1", 1), ("R1", 5), ("R7", 1)),
            Record("R1", "P1", 3, 1, commitments: TwoCommitments),
        };
        var expected = new TalkRecordValidator().Validate(Create(), records).Findings;

        var oneCall = new TalkRecordStore(Create());
        oneCall.AddRange(records);
        var inDateOrder = new TalkRecordStore(Create());
        foreach (var record in records.OrderBy(r => r.Date))
        {
            inDateOrder.Add(record);
        }

        expected.Select(f => f.Kind).Should().Equal(RecordFindingKind.UnknownReviewedRecord, RecordFindingKind.UnknownReviewedCommitment);
        oneCall.Findings.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        inDateOrder.Findings.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Store_ReviewOfARecordAddedLater_IsUnknownWhenChecked()
    {
        // Documented: the store checks a review against what it holds when the record comes in.
        var store = new TalkRecordStore(Create());
        store.Add(Reviewing("R2", "P1", 9, 1, ("R1", 1)));
        store.Add(Record("R1", "P1", 3, 1, commitments: TwoCommitments));

        store.Findings.Should().ContainSingle().Which.Kind.Should().Be(RecordFindingKind.UnknownReviewedRecord);
    }

    [Fact]
    public void Store_DuplicateIdWithCommitments_TheFirstRecordIsTheOneReviewed()
    {
        var records = new[]
        {
            Record("R1", "P1", 3, 1),
            Record("R1", "P1", 4, 1, commitments: TwoCommitments),
            Reviewing("R2", "P1", 9, 1, ("R1", 1)),
        };
        var expected = new TalkRecordValidator().Validate(Create(), records).FindingsFor("R2");

        var store = new TalkRecordStore(Create());
        foreach (var record in records)
        {
            store.Add(record);
        }

        expected.Should().ContainSingle().Which.Kind.Should().Be(RecordFindingKind.UnknownReviewedRecord);
        store.Findings.Where(f => f.RecordId == "R2").Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Property_AnyReviews_StoreInOneCallAgreesWithTheValidator()
    {
        var subjects = new[] { "P1", "P2", "P5" };
        var genReview = Gen.Select(Gen.Int[0, 5], Gen.Int[1, 3]);
        var genRecord = Gen.Select(Gen.Int[0, 2], Gen.Int[1, 12], Gen.Int[0, 2], genReview.Array[0, 3]);
        genRecord.Array[1, 6].Sample(specs =>
        {
            var records = specs.Select((spec, i) =>
            {
                var (subject, month, commitments, reviews) = spec;
                return new TalkRecord(
                    $"R{i}",
                    new LocalDate(2017, month, 1),
                    subjects[subject],
                    ["L1"],
                    DemandSource.Annual,
                    TalkStyle.Reminder,
                    TalkMode.InPerson,
                    commitments: TwoCommitments.Take(commitments).Select(c => new Commitment(c.Description, new LocalDate(2017, 12, 31))).ToArray())
                {
                    Reviews = reviews.Select(r => new CommitmentReview($"R{r.Item1}", r.Item2, CommitmentOutcome.Fulfilled)).ToArray(),
                };
            }).ToArray();

            var expected = new TalkRecordValidator().Validate(Create(), records).Findings;
            var store = new TalkRecordStore(Create());
            store.AddRange(records);

            store.Findings.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
            expected.Where(f => f.Kind == RecordFindingKind.ReviewNotAfterReviewedTalk)
                .All(f => records.Single(r => r.Id == f.Ids[0]).Date >= records.Single(r => r.Id == f.RecordId).Date)
                .Should().BeTrue();
        });
    }

    private static TalkRecord Reviewing(string id, string subject, int month, int day, params (string Record, int Number)[] reviews)
        => Record(id, subject, month, day) with
        {
            Reviews = reviews.Select(r => new CommitmentReview(r.Record, r.Number, CommitmentOutcome.Partly)).ToArray(),
        };
}
