using System;
using System.Collections.Generic;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Records;

namespace TalkEngine.Content;

/// <summary>
/// The records an outline looks back on, indexed once: by subject (in date, then id order), by id, and when each
/// commitment was first reviewed. Immutable after construction; thread-safe.
/// </summary>
internal sealed class RecordHistory
{
    public static readonly RecordHistory Empty = new(Array.Empty<TalkRecord>());

    private readonly Dictionary<string, List<TalkRecord>> _bySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TalkRecord> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string RecordId, int Number), LocalDate> _firstReview = new();

    private RecordHistory(IEnumerable<TalkRecord> records)
    {
        foreach (var record in records)
        {
            Guard.NotNull(record, nameof(records));
            if (!_bySubject.TryGetValue(record.SubjectId, out var list))
            {
                _bySubject.Add(record.SubjectId, list = new List<TalkRecord>());
            }

            list.Add(record);
            _byId.TryAdd(record.Id, record);
            foreach (var review in record.Reviews)
            {
                var key = (review.RecordId, review.CommitmentNumber);
                if (!_firstReview.TryGetValue(key, out var date) || record.Date < date)
                {
                    _firstReview[key] = record.Date;
                }
            }
        }

        foreach (var list in _bySubject.Values)
        {
            list.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
        }
    }

    /// <summary>Whether some record is about <paramref name="subjectId"/>.</summary>
    public bool Knows(string subjectId) => _bySubject.ContainsKey(subjectId);

    public static RecordHistory Of(IEnumerable<TalkRecord>? records) => records is null ? Empty : new RecordHistory(records);

    /// <summary>Adds the problems of the subject's last talk before the window to <paramref name="problems"/> and the open commitments to <paramref name="followUp"/>.</summary>
    public void Collect(TalkDemand demand, List<OutlineItem> problems, List<OutlineItem> followUp)
    {
        if (!_bySubject.TryGetValue(demand.SubjectId, out var records))
        {
            return;
        }

        var window = demand.Window;
        TalkRecord? last = null;
        var open = new List<(LocalDate Due, TalkRecord Record, int Number, Commitment Commitment)>();
        foreach (var record in records)
        {
            if (record.Date >= window.Start || string.Equals(record.DemandId, demand.Id, StringComparison.Ordinal))
            {
                continue;
            }

            last = record;
            for (var k = 0; k < record.Commitments.Count; k++)
            {
                var commitment = record.Commitments[k];
                if (commitment.DueDate <= window.End
                    && !(_firstReview.TryGetValue((record.Id, k + 1), out var reviewed) && reviewed < window.Start))
                {
                    open.Add((commitment.DueDate, record, k + 1, commitment));
                }
            }
        }

        if (last is not null)
        {
            var date = IsoText.Date(last.Date);
            var why = Reason.Of(ContentTexts.WhyLastTalk, "date", date, "record", last.Id);
            for (var i = 0; i < last.ProblemsFound.Count; i++)
            {
                problems.Add(new OutlineItem(
                    $"previous-problem.{last.Id}.{IsoText.Number(i + 1)}",
                    ContentItemKind.PreviousProblem,
                    null,
                    Reason.Of(ContentTexts.FactPreviousProblem, "problem", last.ProblemsFound[i]),
                    why));
            }

            foreach (var review in last.Reviews)
            {
                if (review.Outcome != CommitmentOutcome.Fulfilled
                    && _byId.TryGetValue(review.RecordId, out var made)
                    && review.CommitmentNumber <= made.Commitments.Count)
                {
                    problems.Add(new OutlineItem(
                        $"unfulfilled.{review.RecordId}.{IsoText.Number(review.CommitmentNumber)}",
                        ContentItemKind.PreviousProblem,
                        null,
                        Reason.Of(review.Outcome == CommitmentOutcome.Partly ? ContentTexts.FactPartlyFulfilled : ContentTexts.FactNotFulfilled, "commitment", made.Commitments[review.CommitmentNumber - 1].Description),
                        why));
                }
            }
        }

        open.Sort((a, b) =>
        {
            var c = a.Due.CompareTo(b.Due);
            if (c == 0)
            {
                c = a.Record.Date.CompareTo(b.Record.Date);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Record.Id, b.Record.Id);
            }

            return c == 0 ? a.Number.CompareTo(b.Number) : c;
        });
        foreach (var (due, record, number, commitment) in open)
        {
            followUp.Add(new OutlineItem(
                $"follow-up.{record.Id}.{IsoText.Number(number)}",
                ContentItemKind.FollowUp,
                null,
                Reason.Of(ContentTexts.FactFollowUp, "commitment", commitment.Description, "due", IsoText.Date(due)),
                Reason.Of(ContentTexts.WhyOpenCommitment, "date", IsoText.Date(record.Date), "record", record.Id, "due", IsoText.Date(due))));
        }
    }
}
