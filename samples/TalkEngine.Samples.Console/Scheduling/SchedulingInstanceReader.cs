using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using TalkEngine.Scheduling;

namespace TalkEngine.Samples.ConsoleApp.Scheduling;

/// <summary>A scheduling bench instance: its name and year, and the request it makes.</summary>
/// <param name="Name">The instance's name.</param>
/// <param name="Year">Its year, or null.</param>
/// <param name="Request">The talks to place.</param>
public sealed record SchedulingInstance(string? Name, int? Year, DaySchedulingRequest Request);

/// <summary>
/// Reads the scheduling bench format (<c>{"name", "seed", "year", "talkers":[{"id","dailyCap","weeklyCap","busy"}],
/// "subjects":[{"id","busy"}], "talks":[{"id","talker","subject","source","from","to"}]}</c>, dates <c>yyyy-MM-dd</c>;
/// see the bench README) with <see cref="Utf8JsonReader"/>, token by token. Strict: one JSON object and nothing after
/// it (a UTF-8 byte order mark is allowed), each property once, every value of its documented type, no property the
/// format does not define, <c>from</c> not after <c>to</c>, ids unique, every talk naming a known talker and subject.
/// Every problem is reported at once in a <see cref="TalkEngineValidationException"/> with code
/// <c>scheduling.instance</c>, each with its JSON path and its line and column. At most
/// <see cref="MaxInputBytes"/> bytes. Thread-safe.
/// </summary>
public static class SchedulingInstanceReader
{
    /// <summary>The largest input read: 256 MiB (group-100k is about 38 MB).</summary>
    public const long MaxInputBytes = 256L * 1024 * 1024;

    private const int MaxProblems = 100;

    /// <summary>Reads an instance file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="TalkEngineValidationException">The file has problems.</exception>
    public static SchedulingInstance ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, MaxInputBytes);
    }

    /// <summary>Reads an instance from a stream (read to its end; not closed).</summary>
    /// <param name="stream">The UTF-8 JSON stream.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="TalkEngineValidationException">The content has problems.</exception>
    public static SchedulingInstance Read(Stream stream) => Read(stream, MaxInputBytes);

    internal static SchedulingInstance Read(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(stream.CanSeek ? (int)Math.Min(maxBytes + 1, Math.Max(16, stream.Length - stream.Position + 1)) : 1 << 16);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var size = (int)Math.Min((long)buffer.Length * 2, maxBytes + 1);
                    if (size <= buffer.Length)
                    {
                        throw Fail([new ValidationProblem("scheduling.input-too-large", $"The input is larger than {maxBytes} bytes.", "$")]);
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(size);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    throw Fail([new ValidationProblem("scheduling.input-too-large", $"The input is larger than {maxBytes} bytes.", "$")]);
                }
            }

            return new Parser(buffer.AsSpan(0, length)).Parse();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static TalkEngineValidationException Fail(List<ValidationProblem> problems) => new("scheduling.instance", problems);

    private ref struct Parser
    {
        private readonly ReadOnlySpan<byte> _bytes;
        private readonly List<ValidationProblem> _problems = [];
        private Utf8JsonReader _reader;

        public Parser(ReadOnlySpan<byte> bytes)
        {
            var offset = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            _bytes = bytes;
            _reader = new Utf8JsonReader(bytes[offset..], new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
            _offset = offset;
            _strings = new Utf8Interner(bytes.Length / 512);
        }

        private readonly int _offset;

        public SchedulingInstance Parse()
        {
            string? name = null;
            int? year = null;
            var leaders = new List<SchedulingLeader>();
            var subjects = new List<SchedulingSubject>();
            // Sized from the input (a talk takes some 150 bytes of JSON in the bench files), so the list rarely grows.
            var talks = new List<(SchedulingTalk? Talk, long Position)>(Math.Min(_bytes.Length / 256, 1 << 22));
            try
            {
                Next();
                if (_reader.TokenType != JsonTokenType.StartObject)
                {
                    Problem("$", "The file is not one JSON object.");
                    throw Fail(_problems);
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (Next() && _reader.TokenType == JsonTokenType.PropertyName)
                {
                    var property = _reader.GetString()!;
                    var path = "$." + property;
                    if (!seen.Add(property))
                    {
                        Problem(path, $"The property '{property}' appears more than once.");
                    }

                    Next();
                    switch (property)
                    {
                        case "name": name = String("", 0, "name"); break;
                        case "seed": Int(path, int.MinValue); break;
                        case "year": year = Int(path, 1); break;
                        case "talkers": Array(path, (ref Parser p, string array, int i) => p.Leader(array, i, leaders)); break;
                        case "subjects": Array(path, (ref Parser p, string array, int i) => p.Subject(array, i, subjects)); break;
                        case "talks": Array(path, (ref Parser p, string array, int i) => p.Talk(array, i, talks)); break;
                        default:
                            Problem(path, $"The format has no property '{property}' here.");
                            _reader.Skip();
                            break;
                    }
                }

                foreach (var required in (string[])["talkers", "subjects", "talks"])
                {
                    if (!seen.Contains(required))
                    {
                        Problem("$", $"The property '{required}' is missing.");
                    }
                }

                if (_reader.Read())
                {
                    Problem("$", "There is content after the JSON object.");
                }
            }
            catch (JsonException e)
            {
                _problems.Add(new ValidationProblem("scheduling.malformed-json", $"Malformed JSON at line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}: {e.Message}", "$"));
                throw Fail(_problems);
            }

            if (_problems.Count > 0)
            {
                throw Fail(_problems);
            }

            var list = new SchedulingTalk[talks.Count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = talks[i].Talk!;
            }

            // The request checks ids and references once; only when it finds a problem are they checked again here,
            // to say where in the file each one is.
            try
            {
                return new SchedulingInstance(name, year, new DaySchedulingRequest(leaders, subjects, list, WorkingCalendar()));
            }
            catch (TalkEngineValidationException)
            {
                CrossCheck(leaders, subjects, talks);
                if (_problems.Count > 0)
                {
                    throw Fail(_problems);
                }

                throw;
            }
        }

        private static TalkEngine.Calendar.WorkingCalendar WorkingCalendar() => TalkEngine.Calendar.WorkingCalendar.MainlandChina;

        private void CrossCheck(List<SchedulingLeader> leaders, List<SchedulingSubject> subjects, List<(SchedulingTalk? Talk, long Position)> talks)
        {
            var leaderIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < leaders.Count; i++)
            {
                if (!leaderIds.Add(leaders[i].Id))
                {
                    Problem($"$.talkers[{i}].id", $"The talker id '{leaders[i].Id}' appears more than once.");
                }
            }

            var subjectIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < subjects.Count; i++)
            {
                if (!subjectIds.Add(subjects[i].Id))
                {
                    Problem($"$.subjects[{i}].id", $"The subject id '{subjects[i].Id}' appears more than once.");
                }
            }

            var talkIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < talks.Count; i++)
            {
                var (talk, position) = talks[i];
                if (talk is null)
                {
                    continue;
                }

                if (!talkIds.Add(talk.Id))
                {
                    ProblemAt($"$.talks[{i}].id", $"The talk id '{talk.Id}' appears more than once.", position);
                }

                if (!leaderIds.Contains(talk.LeaderId))
                {
                    ProblemAt($"$.talks[{i}].talker", $"Talk '{talk.Id}' names talker '{talk.LeaderId}', who is not among the talkers.", position);
                }

                if (!subjectIds.Contains(talk.SubjectId))
                {
                    ProblemAt($"$.talks[{i}].subject", $"Talk '{talk.Id}' names subject '{talk.SubjectId}', who is not among the subjects.", position);
                }

                if (talk.Window.Length > DaySchedulingRequest.MaxWindowDays)
                {
                    ProblemAt($"$.talks[{i}].to", $"Talk '{talk.Id}' has a window of {talk.Window.Length} days; at most {DaySchedulingRequest.MaxWindowDays}.", position);
                }
            }
        }

        private delegate void ItemReader(ref Parser parser, string array, int index);

        // Paths are built only when a problem is reported: a large file has millions of values.
        private static string At(string array, int index, string? property = null)
            => array.Length == 0 ? $"$.{property}" : property is null ? $"$.{array}[{index}]" : $"$.{array}[{index}].{property}";

        private void Array(string path, ItemReader item)
        {
            if (_reader.TokenType != JsonTokenType.StartArray)
            {
                Problem(path, "Expected an array.");
                _reader.Skip();
                return;
            }

            var name = path[2..];
            var i = 0;
            while (Next() && _reader.TokenType != JsonTokenType.EndArray)
            {
                item(ref this, name, i++);
            }
        }

        /// <summary>Reads an object's properties: <paramref name="names"/> are the format's, each read by <paramref name="read"/>; false when the object had a problem.</summary>
        private bool Object(string array, int index, ReadOnlySpan<string> names, PropertyReader read)
        {
            if (_reader.TokenType != JsonTokenType.StartObject)
            {
                Problem(At(array, index), "Expected an object.");
                _reader.Skip();
                return false;
            }

            var problems = _problems.Count;
            var seen = 0;
            var utf8 = Utf8Names(names);
            var expected = 0;
            while (Next() && _reader.TokenType == JsonTokenType.PropertyName)
            {
                // The bench files write the properties in the format's order: try the one after the last first.
                var known = -1;
                if (expected < utf8.Length && _reader.ValueTextEquals(utf8[expected]))
                {
                    known = expected;
                }
                else
                {
                    for (var k = 0; k < utf8.Length; k++)
                    {
                        if (_reader.ValueTextEquals(utf8[k]))
                        {
                            known = k;
                            break;
                        }
                    }
                }

                if (known < 0)
                {
                    var name = _reader.GetString()!;
                    Problem(At(array, index, name), $"The format has no property '{name}' here.");
                    Next();
                    _reader.Skip();
                    continue;
                }

                if ((seen & (1 << known)) != 0)
                {
                    Problem(At(array, index, names[known]), $"The property '{names[known]}' appears more than once.");
                }

                seen |= 1 << known;
                expected = known + 1;
                Next();
                read(ref this, known, array, index);
            }

            return _problems.Count == problems;
        }

        private delegate void PropertyReader(ref Parser parser, int property, string array, int index);

        private static readonly string[] LeaderNames = ["id", "dailyCap", "weeklyCap", "busy"];
        private static readonly string[] SubjectNames = ["id", "busy"];
        private static readonly string[] TalkNames = ["id", "talker", "subject", "source", "from", "to"];

        // The same names in UTF-8, compared with the raw bytes of a property name (no transcoding per property).
        private static readonly byte[][] LeaderNamesUtf8 = [.. LeaderNames.Select(System.Text.Encoding.UTF8.GetBytes)];
        private static readonly byte[][] SubjectNamesUtf8 = [.. SubjectNames.Select(System.Text.Encoding.UTF8.GetBytes)];
        private static readonly byte[][] TalkNamesUtf8 = [.. TalkNames.Select(System.Text.Encoding.UTF8.GetBytes)];

        private static byte[][] Utf8Names(ReadOnlySpan<string> names)
            => names == LeaderNames.AsSpan() ? LeaderNamesUtf8 : names == SubjectNames.AsSpan() ? SubjectNamesUtf8 : TalkNamesUtf8;

        private string? _id;
        private string? _leader;
        private string? _subject;
        private string? _source;
        private int? _daily;
        private int? _weekly;
        private LocalDate? _from;
        private LocalDate? _to;
        private List<LocalDate>? _busy;

        // Talker and subject ids, read once: a talk's talker and subject are the same string instances.
        // Sized from the input (group-100k: 66,000 ids in 38 MB), so that it rarely grows.
        private readonly Utf8Interner _strings;

        // One list for every busy array (the leader and subject copy what they keep).
        private readonly List<LocalDate> _dates = [];

        private void Leader(string array, int index, List<SchedulingLeader> leaders)
        {
            (_id, _daily, _weekly, _busy) = (null, null, null, null);
            if (!Object(array, index, LeaderNames, static (ref Parser p, int property, string array, int index) =>
            {
                switch (property)
                {
                    case 0: p._id = p.String(array, index, "id", intern: true); break;
                    case 1: p._daily = p.Int(array, index, "dailyCap", 1); break;
                    case 2: p._weekly = p.Int(array, index, "weeklyCap", 1); break;
                    default: p._busy = p.Dates(array, index, "busy"); break;
                }
            }))
            {
                return;
            }

            if (Require(array, index, "id", _id) & Require(array, index, "dailyCap", _daily) & Require(array, index, "weeklyCap", _weekly))
            {
                leaders.Add(new SchedulingLeader(_id!, _daily!.Value, _weekly!.Value, _busy));
            }
        }

        private void Subject(string array, int index, List<SchedulingSubject> subjects)
        {
            (_id, _busy) = (null, null);
            if (!Object(array, index, SubjectNames, static (ref Parser p, int property, string array, int index) =>
            {
                if (property == 0)
                {
                    p._id = p.String(array, index, "id", intern: true);
                }
                else
                {
                    p._busy = p.Dates(array, index, "busy");
                }
            }))
            {
                return;
            }

            if (Require(array, index, "id", _id))
            {
                subjects.Add(new SchedulingSubject(_id!, _busy));
            }
        }

        private void Talk(string array, int index, List<(SchedulingTalk? Talk, long Position)> talks)
        {
            var position = _reader.TokenStartIndex;
            (_id, _leader, _subject, _source, _from, _to) = (null, null, null, null, null, null);
            if (!Object(array, index, TalkNames, static (ref Parser p, int property, string array, int index) =>
            {
                switch (property)
                {
                    case 0: p._id = p.String(array, index, "id"); break;
                    case 1: p._leader = p.String(array, index, "talker", intern: true); break;
                    case 2: p._subject = p.String(array, index, "subject", intern: true); break;
                    case 3: p._source = p.String(array, index, "source", intern: true); break;
                    case 4: p._from = p.Date(array, index, "from"); break;
                    default: p._to = p.Date(array, index, "to"); break;
                }
            }))
            {
                talks.Add((null, position));
                return;
            }

            if (Require(array, index, "id", _id) & Require(array, index, "talker", _leader) & Require(array, index, "subject", _subject) & Require(array, index, "from", _from) & Require(array, index, "to", _to))
            {
                if (_from > _to)
                {
                    ProblemAt(At(array, index, "to"), $"Talk '{_id}' ends ({_to:yyyy-MM-dd}) before it starts ({_from:yyyy-MM-dd}).", position);
                    talks.Add((null, position));
                    return;
                }

                talks.Add((new SchedulingTalk(_id!, _leader!, _subject!, new DateInterval(_from!.Value, _to!.Value), _source), position));
            }
            else
            {
                talks.Add((null, position));
            }
        }

        private bool Require<T>(string array, int index, string name, T? value)
        {
            if (value is null)
            {
                Problem(At(array, index), $"The property '{name}' is missing.");
                return false;
            }

            return true;
        }

        private string? String(string array, int index, string property, bool intern = false)
        {
            if (_reader.TokenType == JsonTokenType.String && !_reader.ValueIsEscaped && _reader.ValueSpan.Length > 0 && _reader.ValueSpan[0] > (byte)' ')
            {
                return intern ? _strings.Intern(_reader.ValueSpan) : _reader.GetString();
            }

            var path = At(array, index, property);
            if (_reader.TokenType != JsonTokenType.String)
            {
                Problem(path, "Expected a string.");
                _reader.Skip();
                return null;
            }

            var value = _reader.GetString();
            if (string.IsNullOrWhiteSpace(value))
            {
                Problem(path, "Expected a non-empty string.");
                return null;
            }

            return value;
        }

        private int? Int(string array, int index, string property, int min)
            => _reader.TokenType == JsonTokenType.Number && _reader.TryGetInt32(out var value) && value >= min ? value : Int(At(array, index, property), min);

        private int? Int(string path, int min)
        {
            if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt32(out var value) || value < min)
            {
                Problem(path, min == int.MinValue ? "Expected an integer." : $"Expected an integer of at least {min}.");
                _reader.Skip();
                return null;
            }

            return value;
        }

        private LocalDate? Date(string array, int index, string property, int item = -1)
        {
            if (_reader.TokenType != JsonTokenType.String || _reader.HasValueSequence || _reader.ValueIsEscaped)
            {
                Problem(DatePath(array, index, property, item), "Expected a date string yyyy-MM-dd.");
                _reader.Skip();
                return null;
            }

            var s = _reader.ValueSpan;
            if (s.Length == 10 && s[4] == '-' && s[7] == '-' && Digits(s, 0, 4, out var y) && Digits(s, 5, 2, out var m) && Digits(s, 8, 2, out var d)
                && y >= 1 && m is >= 1 and <= 12 && d >= 1 && (d <= 28 || d <= CalendarSystem.Iso.GetDaysInMonth(y, m)))
            {
                return new LocalDate(y, m, d);
            }

            Problem(DatePath(array, index, property, item), $"'{_reader.GetString()}' is not a date yyyy-MM-dd.");
            return null;
        }

        private static string DatePath(string array, int index, string property, int item)
            => item < 0 ? At(array, index, property) : $"{At(array, index, property)}[{item}]";

        private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var c = s[i] - (byte)'0';
                if ((uint)c > 9)
                {
                    return false;
                }

                value = (value * 10) + c;
            }

            return true;
        }

        private List<LocalDate>? Dates(string array, int index, string property)
        {
            if (_reader.TokenType != JsonTokenType.StartArray)
            {
                Problem(At(array, index, property), "Expected an array of dates.");
                _reader.Skip();
                return null;
            }

            var dates = _dates;
            dates.Clear();
            var i = 0;
            while (Next() && _reader.TokenType != JsonTokenType.EndArray)
            {
                if (Date(array, index, property, i++) is { } date)
                {
                    dates.Add(date);
                }
            }

            return dates;
        }

        private bool Next()
        {
            if (!_reader.Read())
            {
                throw new JsonException("Unexpected end of the input.", null, Line(_reader.BytesConsumed).Line - 1, Line(_reader.BytesConsumed).Column - 1);
            }

            return true;
        }

        private void Problem(string path, string message) => ProblemAt(path, message, _reader.TokenStartIndex);

        private void ProblemAt(string path, string message, long position)
        {
            if (_problems.Count >= MaxProblems)
            {
                throw Fail(_problems);
            }

            var (line, column) = Line(position);
            _problems.Add(new ValidationProblem("scheduling.instance", $"{message} (line {line}, column {column})", path));
        }

        private readonly (long Line, long Column) Line(long position)
        {
            position += _offset;
            var before = _bytes[..(int)Math.Min(position, _bytes.Length)];
            var line = before.Count((byte)'\n') + 1;
            var column = position - (before.LastIndexOf((byte)'\n') + 1) + 1;
            return (line, column);
        }
    }
}

/// <summary>
/// Strings by their UTF-8 bytes (ASCII ids in practice): the same bytes give the same string instance, without
/// decoding or allocating again. Open addressing over a table of entry numbers (4 bytes a slot, so growing it copies
/// little), the entries in order of arrival, the keys' bytes in one growing buffer. Not thread-safe (one per read).
/// </summary>
internal sealed class Utf8Interner
{
    // Slot: 0 when empty, else the entry's number + 1.
    private int[] _slots;
    private (int Start, int Length, uint Hash)[] _keys;
    private string[] _values;
    private byte[] _bytes;
    private int _used;
    private int _count;

    /// <summary>Creates an interner with room for about <paramref name="expected"/> strings before it grows.</summary>
    /// <param name="expected">How many distinct strings are expected (at least 512 are made room for, at most 1 << 22).</param>
    public Utf8Interner(int expected = 512)
    {
        var entries = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)System.Math.Clamp(expected, 512, 1 << 22));
        _slots = new int[entries * 2];
        _keys = new (int, int, uint)[entries];
        _values = new string[entries];
        _bytes = new byte[entries * 8];
    }

    public string Intern(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (int)(hash & (uint)mask); ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                return Add(utf8, hash, i);
            }

            var key = _keys[slot - 1];
            if (key.Hash == hash && utf8.SequenceEqual(_bytes.AsSpan(key.Start, key.Length)))
            {
                return _values[slot - 1];
            }
        }
    }

    private string Add(ReadOnlySpan<byte> utf8, uint hash, int slot)
    {
        var value = System.Text.Encoding.UTF8.GetString(utf8);
        if (_used + utf8.Length > _bytes.Length)
        {
            System.Array.Resize(ref _bytes, System.Math.Max(_bytes.Length * 2, _used + utf8.Length));
        }

        if (_count == _keys.Length)
        {
            System.Array.Resize(ref _keys, _count * 2);
            System.Array.Resize(ref _values, _count * 2);
        }

        utf8.CopyTo(_bytes.AsSpan(_used));
        _keys[_count] = (_used, utf8.Length, hash);
        _values[_count] = value;
        _slots[slot] = ++_count;
        _used += utf8.Length;
        if (_count * 2 > _slots.Length)
        {
            Grow();
        }

        return value;
    }

    /// <summary>A multiply-rotate hash over 8 bytes at a time (ids are short).</summary>
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var h = 0x9E3779B97F4A7C15ul ^ (ulong)utf8.Length;
        while (utf8.Length >= 8)
        {
            h = (System.Numerics.BitOperations.RotateLeft(h ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(utf8), 29) * 0xBF58476D1CE4E5B9ul) + 0x94D049BB133111EBul;
            utf8 = utf8[8..];
        }

        var tail = 0ul;
        for (var i = 0; i < utf8.Length; i++)
        {
            tail |= (ulong)utf8[i] << (8 * i);
        }

        h = (System.Numerics.BitOperations.RotateLeft(h ^ tail, 29) * 0xBF58476D1CE4E5B9ul) + 0x94D049BB133111EBul;
        h ^= h >> 31;
        return (uint)h ^ (uint)(h >> 32);
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var e = 0; e < _count; e++)
        {
            var i = (int)(_keys[e].Hash & (uint)mask);
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = e + 1;
        }

        _slots = slots;
    }
}
