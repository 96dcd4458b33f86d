using System;
using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Records;

/// <summary>
/// Everything coverage counting reads of the valid records, one compact row per record in record
/// order: counting then walks one contiguous array instead of dereferencing each record. The rare
/// extras (leaders after the lead, a record answering several demands) live in <see cref="Extras"/>.
/// Only the first <see cref="Count"/> rows are used; rows below it are never written again.
/// </summary>
internal sealed class RecordColumns
{
    // Scratch for the further demands one record answers, reused across records.
    private readonly List<int> _further = [];

    public RecordColumns(int capacity)
    {
        capacity = Math.Max(capacity, 1);
        Records = new TalkRecord[capacity];
        Ids = new string[capacity];
        Rows = new RecordRow[capacity];
        Extras = new int[16];
    }

    private RecordColumns(RecordColumns of)
    {
        Records = of.Records;
        Ids = of.Ids;
        Rows = of.Rows;
        Extras = of.Extras;
        Count = of.Count;
        ExtraCount = of.ExtraCount;
    }

    public int Count { get; private set; }

    /// <summary>The records themselves, read only for a tie on the first date and for report rows.</summary>
    public TalkRecord[] Records { get; private set; }

    /// <summary>
    /// The records' ids, for the earliest talk of each person: read from here, an id costs no visit to
    /// its record (one random read less per person in a heap of a million records).
    /// </summary>
    public string[] Ids { get; private set; }

    /// <summary>The rows, one per record.</summary>
    public RecordRow[] Rows { get; private set; }

    /// <summary>
    /// For a row with <see cref="RecordRow.Extra"/> ≥ 0, from that position: the number of other
    /// leaders, their actor indexes, the number of further demands answered, their indexes.
    /// </summary>
    public int[] Extras { get; private set; }

    /// <summary>The number of <see cref="Extras"/> entries used.</summary>
    public int ExtraCount { get; private set; }

    /// <summary>The columns of the valid records of a validation result.</summary>
    public static RecordColumns From(ResolvedRecords resolved)
    {
        var columns = new RecordColumns(resolved.Count);
        for (var i = 0; i < resolved.Count; i++)
        {
            columns.Add(resolved.Index, resolved.Records[i], resolved.Info[i]);
        }

        return columns;
    }

    /// <summary>
    /// Appends a valid record, resolving its other leaders to actor indexes and the demands it answers:
    /// the one it names, else every demand of its subject whose sources include the record's and whose
    /// window holds its date (hosts do not always link records to demands). Resolving this once here
    /// keeps the per-measurement loop free of searches.
    /// </summary>
    public void Add(RosterIndex index, TalkRecord record, ValidRecordInfo info)
    {
        EnsureCapacity(Count + 1);
        var day = DayNumbers.Of(record.Date);
        var source = (int)record.Source;

        // The demands answered: the first in the row, any further ones (rare) in the extras.
        var first = info.Demand;
        _further.Clear();
        if (first < 0)
        {
            for (var k = index.SubjectDemandStart[info.Subject]; k < index.SubjectDemandStart[info.Subject + 1]; k++)
            {
                var d = index.SubjectDemands[k];
                if (!index.AnswersImplicitly(d, day, source))
                {
                    continue;
                }

                if (first < 0)
                {
                    first = d;
                }
                else
                {
                    _further.Add(d);
                }
            }
        }

        var leaderIds = record.LeaderIds;
        var extra = -1;
        if (leaderIds.Count > 1 || _further.Count > 0)
        {
            extra = ExtraCount;
            AppendExtra(leaderIds.Count - 1);
            for (var t = 1; t < leaderIds.Count; t++)
            {
                AppendExtra(index.ActorOf(leaderIds[t]));
            }

            AppendExtra(_further.Count);
            foreach (var d in _further)
            {
                AppendExtra(d);
            }
        }

        Records[Count] = record;
        Ids[Count] = record.Id;
        Rows[Count] = new RecordRow(day, info.Subject, info.Unit, info.Leader, first, extra, (byte)source);
        Count++;
    }

    /// <summary>
    /// The columns as they are now, sharing the arrays: later additions write past this view's counts (or into new
    /// arrays once they grow), so the view never changes. Taken under the store's lock; read without it.
    /// </summary>
    public RecordColumns View() => new(this);

    /// <summary>The columns of the records whose day lies in [<paramref name="first"/>, <paramref name="last"/>] (a copy).</summary>
    public RecordColumns Within(int first, int last)
    {
        var result = new RecordColumns(Count);
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            var row = Rows[i];
            if (row.Day < first || row.Day > last)
            {
                continue;
            }

            if (row.Extra >= 0)
            {
                var start = row.Extra;
                var end = start + 1 + Extras[start];
                end += 1 + Extras[end];
                row = row with { Extra = result.ExtraCount };
                for (var e = start; e < end; e++)
                {
                    result.AppendExtra(Extras[e]);
                }
            }

            result.Records[n] = Records[i];
            result.Ids[n] = Ids[i];
            result.Rows[n] = row;
            n++;
        }

        result.Count = n;
        return result;
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity <= Rows.Length)
        {
            return;
        }

        var size = Math.Max(capacity, Rows.Length * 2);
        var records = Records;
        var ids = Ids;
        var rows = Rows;
        Array.Resize(ref records, size);
        Array.Resize(ref ids, size);
        Array.Resize(ref rows, size);
        Records = records;
        Ids = ids;
        Rows = rows;
    }

    private void AppendExtra(int value)
    {
        if (ExtraCount == Extras.Length)
        {
            var extras = Extras;
            Array.Resize(ref extras, extras.Length * 2);
            Extras = extras;
        }

        Extras[ExtraCount++] = value;
    }
}

/// <summary>What counting reads of one valid record, as indexes of the roster index.</summary>
/// <param name="Day">The date as a day number (<see cref="DayNumbers.Of"/>).</param>
/// <param name="Subject">The subject's person index.</param>
/// <param name="Unit">The unit's index; -1 when unknown.</param>
/// <param name="Leader">The lead leader's actor index.</param>
/// <param name="Answer">The first demand the record answers; -1 when none.</param>
/// <param name="Extra">Where the record's other talkers and further demands start in <see cref="RecordColumns.Extras"/>; -1 when it has neither.</param>
/// <param name="Source">The record's source.</param>
internal readonly record struct RecordRow(int Day, int Subject, int Unit, int Leader, int Answer, int Extra, byte Source);
