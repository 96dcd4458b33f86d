using System;
using NodaTime;

namespace TalkEngine.Records;

/// <summary>
/// Everything coverage counting reads of the valid records, as flat arrays (one entry per record,
/// in record order): counting then walks contiguous ints instead of dereferencing each record.
/// The other talkers (after the lead) of record i are <c>Others[OtherStart[i]..OtherStart[i + 1]]</c>.
/// Only the first <see cref="Count"/> entries are used; entries below it are never written again.
/// </summary>
internal sealed class RecordColumns
{
    public RecordColumns(int capacity)
    {
        capacity = Math.Max(capacity, 1);
        Records = new TalkRecord[capacity];
        Day = new int[capacity];
        Source = new byte[capacity];
        Subject = new int[capacity];
        Unit = new int[capacity];
        AnswerStart = new int[capacity + 1];
        Answers = new int[capacity];
        Talker = new int[capacity];
        OtherStart = new int[capacity + 1];
        Others = new int[Math.Max(capacity / 8, 4)];
    }

    public int Count { get; private set; }

    public int OtherCount => OtherStart[Count];

    /// <summary>The records themselves, read only for a tie on the first date and for report rows.</summary>
    public TalkRecord[] Records { get; private set; }

    /// <summary>The record's date as a day number (<see cref="DayNumber"/>).</summary>
    public int[] Day { get; private set; }

    public byte[] Source { get; private set; }

    public int[] Subject { get; private set; }

    public int[] Unit { get; private set; }

    /// <summary>The demands record i answers are <c>Answers[AnswerStart[i]..AnswerStart[i + 1]]</c> (see <see cref="Add"/>).</summary>
    public int[] AnswerStart { get; private set; }

    /// <summary>The demand indexes answered, record after record.</summary>
    public int[] Answers { get; private set; }

    /// <summary>The lead talker's actor index.</summary>
    public int[] Talker { get; private set; }

    public int[] OtherStart { get; private set; }

    /// <summary>The other talkers' actor indexes, record after record.</summary>
    public int[] Others { get; private set; }

    /// <summary>A date as a day number: days are compared as ints, in the same order as dates.</summary>
    public static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The columns of the valid records of a validation result, other talkers resolved here.</summary>
    public static RecordColumns From(RosterIndex index, TalkRecord[] valid, ValidRecordInfo[] info, int count)
    {
        var columns = new RecordColumns(count);
        for (var i = 0; i < count; i++)
        {
            columns.Add(index, valid[i], info[i]);
        }

        return columns;
    }

    /// <summary>
    /// Appends a valid record, resolving its other talkers to actor indexes and the demands it answers:
    /// the one it names, else every demand of its subject whose sources include the record's and whose
    /// window holds its date (hosts do not always link records to demands). Resolving this once here
    /// keeps the per-measurement loop free of searches.
    /// </summary>
    public void Add(RosterIndex index, TalkRecord record, ValidRecordInfo info)
    {
        EnsureCapacity(Count + 1);
        var i = Count;
        var talkerIds = record.TalkerIds;
        var others = OtherStart[i];
        if (others + talkerIds.Count > Others.Length)
        {
            Others = Resized(Others, Math.Max(Others.Length * 2, others + talkerIds.Count));
        }

        for (var t = 1; t < talkerIds.Count; t++)
        {
            Others[others++] = index.ActorOf(talkerIds[t]);
        }

        var day = DayNumber(record.Date);
        var source = (int)record.Source;
        var answers = AnswerStart[i];
        if (info.Demand >= 0)
        {
            AppendAnswer(ref answers, info.Demand);
        }
        else
        {
            for (var k = index.SubjectDemandStart[info.Subject]; k < index.SubjectDemandStart[info.Subject + 1]; k++)
            {
                var d = index.SubjectDemands[k];
                if (index.AnswersImplicitly(d, day, source))
                {
                    AppendAnswer(ref answers, d);
                }
            }
        }

        Records[i] = record;
        Day[i] = day;
        Source[i] = (byte)source;
        Subject[i] = info.Subject;
        Unit[i] = info.Unit;
        Talker[i] = info.Talker;
        OtherStart[i + 1] = others;
        AnswerStart[i + 1] = answers;
        Count = i + 1;
    }

    private void AppendAnswer(ref int position, int demand)
    {
        if (position == Answers.Length)
        {
            Answers = Resized(Answers, Math.Max(Answers.Length * 2, 4));
        }

        Answers[position++] = demand;
    }

    /// <summary>The columns of the records whose day lies in [<paramref name="first"/>, <paramref name="last"/>] (a copy).</summary>
    public RecordColumns Within(int first, int last)
    {
        var result = new RecordColumns(Count);
        var others = 0;
        var answers = 0;
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            if (Day[i] < first || Day[i] > last)
            {
                continue;
            }

            result.Records[n] = Records[i];
            result.Day[n] = Day[i];
            result.Source[n] = Source[i];
            result.Subject[n] = Subject[i];
            result.Unit[n] = Unit[i];
            result.Talker[n] = Talker[i];
            var length = OtherStart[i + 1] - OtherStart[i];
            if (others + length > result.Others.Length)
            {
                result.Others = Resized(result.Others, Math.Max(result.Others.Length * 2, others + length));
            }

            Array.Copy(Others, OtherStart[i], result.Others, others, length);
            others += length;
            length = AnswerStart[i + 1] - AnswerStart[i];
            if (answers + length > result.Answers.Length)
            {
                result.Answers = Resized(result.Answers, Math.Max(result.Answers.Length * 2, answers + length));
            }

            Array.Copy(Answers, AnswerStart[i], result.Answers, answers, length);
            answers += length;
            n++;
            result.OtherStart[n] = others;
            result.AnswerStart[n] = answers;
        }

        result.Count = n;
        return result;
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity <= Records.Length)
        {
            return;
        }

        var size = Math.Max(capacity, Records.Length * 2);
        Records = Resized(Records, size);
        Day = Resized(Day, size);
        Source = Resized(Source, size);
        Subject = Resized(Subject, size);
        Unit = Resized(Unit, size);
        Talker = Resized(Talker, size);
        OtherStart = Resized(OtherStart, size + 1);
        AnswerStart = Resized(AnswerStart, size + 1);
    }

    private static T[] Resized<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
