using System;
using System.Runtime.CompilerServices;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using TalkEngine.Balancing.Solver;

namespace TalkEngine.Samples.ConsoleApp.Balancing;

/// <summary>
/// Reads the bench instance format into an <see cref="AssignmentProblem"/> (talkers are its workers, subjects its jobs) (<c>{"name", "talkers":[{"id","capacity"}], "subjects":[{"id","eligible","preferred"}]}</c>,
/// see the bench README) with <see cref="Utf8JsonReader"/>, token by token, without building a
/// document; talker ids are looked up by their UTF-8 bytes, so the millions of eligible entries of a
/// large file allocate nothing. Extensions accepted: a talker's <c>weight</c> and <c>fixedLoad</c>,
/// a subject's <c>previous</c>. Unknown properties are skipped. Every problem in the file (unknown
/// talker ids, preferred talkers that are not eligible, duplicate ids, malformed JSON) is reported
/// at once in a <see cref="TalkEngineValidationException"/> with code <c>balancing.instance</c>. Thread-safe.
/// </summary>
public static class BalancingInstanceReader
{
    /// <summary>Reads an instance file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The validated instance.</returns>
    /// <exception cref="TalkEngineValidationException">The file has problems.</exception>
    public static AssignmentProblem ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream);
    }

    /// <summary>Reads an instance from a stream (read to its end; not closed).</summary>
    /// <param name="stream">The UTF-8 JSON stream.</param>
    /// <returns>The validated instance.</returns>
    /// <exception cref="TalkEngineValidationException">The content has problems.</exception>
    public static AssignmentProblem Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(stream.CanSeek ? (int)Math.Min(int.MaxValue - 64, Math.Max(16, stream.Length - stream.Position + 1)) : 1 << 16);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
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
            }

            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads an instance from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The content.</param>
    /// <returns>The validated instance.</returns>
    /// <exception cref="TalkEngineValidationException">The content has problems.</exception>
    public static AssignmentProblem Read(ReadOnlySpan<byte> utf8Json)
    {
        var parser = new Parser();
        return parser.Parse(utf8Json);
    }

    private sealed class Parser
    {
        private readonly TalkerTable _table = new();
        private AssignmentProblemBuilder _builder = new(null);
        private int[] _eligible = new int[64];
        private int[] _preferred = new int[16];
        private byte[] _unescape = new byte[256];
        private long _base;               // offset of the current reader's slice in the whole buffer
        private long _lastEligibleStart = -1;
        private int _lastEligibleLength;
        private int _lastEligibleCount;
        private JsonReaderState _afterLastEligible;

        public AssignmentProblem Parse(ReadOnlySpan<byte> json)
        {
            var options = default(JsonReaderOptions);
            var reader = new Utf8JsonReader(json, options);
            string? name = null;
            var sawTalkers = false;
            var subjectsAt = -1L;
            try
            {
                Expect(ref reader, reader.Read() && reader.TokenType == JsonTokenType.StartObject, "the file must hold one JSON object");
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("name"u8))
                    {
                        reader.Read();
                        name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        reader.Skip();
                        _builder = new AssignmentProblemBuilder(name);
                    }
                    else if (reader.ValueTextEquals("talkers"u8))
                    {
                        reader.Read();
                        ReadTalkers(ref reader);
                        sawTalkers = true;
                    }
                    else if (reader.ValueTextEquals("subjects"u8))
                    {
                        reader.Read();
                        if (sawTalkers)
                        {
                            ReadSubjects(ref reader, json);
                            subjectsAt = -2;
                        }
                        else
                        {
                            subjectsAt = _base + reader.TokenStartIndex; // read once the talkers are known
                            reader.Skip();
                        }
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                if (!sawTalkers)
                {
                    _builder.AddProblem("balancing.missing-talkers", "The file has no \"talkers\" array; add one.", "talkers");
                }

                if (subjectsAt == -1)
                {
                    _builder.AddProblem("balancing.missing-subjects", "The file has no \"subjects\" array; add one.", "subjects");
                }
                else if (subjectsAt >= 0)
                {
                    var rest = new Utf8JsonReader(json[(int)subjectsAt..], options);
                    _base = subjectsAt;
                    rest.Read();
                    ReadSubjects(ref rest, json);
                }
            }
            catch (JsonException e)
            {
                _builder.AddProblem(
                    "balancing.malformed-json",
                    $"The file is not valid JSON near byte {(_base + (e.BytePositionInLine ?? 0)).ToString(CultureInfo.InvariantCulture)}: {e.Message}",
                    null);
            }
            catch (InvalidOperationException e)
            {
                _builder.AddProblem("balancing.malformed-json", $"The file does not have the expected shape: {e.Message}", null);
            }

            return _builder.Build();
        }

        private static void Expect(ref Utf8JsonReader reader, bool condition, string what)
        {
            if (!condition)
            {
                throw new JsonException($"Expected {what} (found {reader.TokenType}).", null, 0, reader.TokenStartIndex);
            }
        }

        private void ReadTalkers(ref Utf8JsonReader reader)
        {
            Expect(ref reader, reader.TokenType == JsonTokenType.StartArray, "\"talkers\" to be an array");
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var path = "talkers[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                Expect(ref reader, reader.TokenType == JsonTokenType.StartObject, "a talker object");
                string? id = null;
                byte[]? idBytes = null;
                var capacity = -1;
                var weight = 1;
                var fixedLoad = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("id"u8))
                    {
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            idBytes = ValueBytes(ref reader).ToArray();
                            id = Encoding.UTF8.GetString(idBytes);
                        }
                    }
                    else if (reader.ValueTextEquals("capacity"u8))
                    {
                        reader.Read();
                        capacity = ReadOptionalInt(ref reader, path + ".capacity", -1, "capacity");
                    }
                    else if (reader.ValueTextEquals("weight"u8))
                    {
                        reader.Read();
                        weight = ReadOptionalInt(ref reader, path + ".weight", 1, "weight");
                    }
                    else if (reader.ValueTextEquals("fixedLoad"u8))
                    {
                        reader.Read();
                        fixedLoad = ReadOptionalInt(ref reader, path + ".fixedLoad", 0, "fixedLoad");
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                var before = _builder.WorkerCount;
                _builder.AddWorker(id ?? string.Empty, capacity, weight, fixedLoad, path);
                if (_builder.WorkerCount > before)
                {
                    _table.Add(idBytes!, before);
                }

                index++;
            }
        }

        private int ReadOptionalInt(ref Utf8JsonReader reader, string path, int whenNull, string what)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return whenNull;
            }

            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) && value >= 0)
            {
                return value;
            }

            _builder.AddProblem("balancing.bad-number", $"The {what} must be a non-negative integer or null.", path);
            reader.Skip();
            return whenNull;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
        private void ReadSubjects(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            Expect(ref reader, reader.TokenType == JsonTokenType.StartArray, "\"subjects\" to be an array");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Expect(ref reader, reader.TokenType == JsonTokenType.StartObject, "a subject object");
                string? id = null;
                string? previous = null;
                var eligibleCount = 0;
                var preferredCount = 0;
                var subjectIndex = _builder.JobCount;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("id"u8))
                    {
                        reader.Read();
                        id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }
                    else if (reader.ValueTextEquals("eligible"u8))
                    {
                        reader.Read();
                        var start = _base + reader.TokenStartIndex;

                        // Fast path: consecutive subjects usually carry byte-identical eligible lists (a
                        // region's talkers); compare the raw bytes and resume the reader after them in the
                        // state it had after the previous, identical list.
                        if (reader.TokenType == JsonTokenType.StartArray
                            && _lastEligibleStart >= 0
                            && start + _lastEligibleLength <= json.Length
                            && json.Slice((int)start, _lastEligibleLength).SequenceEqual(json.Slice((int)_lastEligibleStart, _lastEligibleLength)))
                        {
                            _base = start + _lastEligibleLength;
                            reader = new Utf8JsonReader(json[(int)_base..], isFinalBlock: true, _afterLastEligible);
                            eligibleCount = _lastEligibleCount;
                            continue;
                        }

                        var problemsBefore = _builder.ProblemCount;
                        eligibleCount = ReadIdList(ref reader, ref _eligible, subjectIndex, "eligible", id);
                        var end = _base + reader.TokenStartIndex + 1;
                        var raw = json.Slice((int)start, (int)(end - start));
                        if (reader.TokenType == JsonTokenType.EndArray && _builder.ProblemCount == problemsBefore && raw.IndexOfAny((byte)'\n', (byte)'\r') < 0)
                        {
                            _lastEligibleStart = start;
                            _lastEligibleLength = raw.Length;
                            _lastEligibleCount = eligibleCount;
                            _afterLastEligible = reader.CurrentState;
                        }
                        else
                        {
                            _lastEligibleStart = -1;
                        }
                    }
                    else if (reader.ValueTextEquals("preferred"u8))
                    {
                        reader.Read();
                        preferredCount = ReadIdList(ref reader, ref _preferred, subjectIndex, "preferred", id);
                    }
                    else if (reader.ValueTextEquals("previous"u8))
                    {
                        reader.Read();
                        previous = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                _builder.AddJob(
                    id ?? string.Empty,
                    _eligible.AsSpan(0, eligibleCount),
                    _preferred.AsSpan(0, preferredCount),
                    _builder.ResolvePrevious(previous),
                    previous);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
        private int ReadIdList(ref Utf8JsonReader reader, ref int[] into, int subjectIndex, string what, string? subjectId)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return 0;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Expect(ref reader, false, $"\"{what}\" to be an array of talker ids");
            }

            var n = 0;
            var position = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    Expect(ref reader, false, "a talker id string");
                }

                var index = _table.Find(ValueBytes(ref reader));
                if (index < 0)
                {
                    var talkerId = reader.GetString() ?? string.Empty;
                    var sid = subjectId ?? "#" + subjectIndex.ToString(CultureInfo.InvariantCulture);
                    _builder.AddProblem(
                        "balancing.unknown-talker",
                        $"Subject '{sid}' names talker '{talkerId}' in its {what} list, which is not in the talkers list; add the talker or remove it.",
                        $"subjects[{subjectIndex.ToString(CultureInfo.InvariantCulture)}].{what}[{position.ToString(CultureInfo.InvariantCulture)}]",
                        sid,
                        talkerId);
                }
                else
                {
                    if (n == into.Length)
                    {
                        Array.Resize(ref into, n * 2);
                    }

                    into[n++] = index;
                }

                position++;
            }

            return n;
        }

        private ReadOnlySpan<byte> ValueBytes(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                return reader.ValueSpan;
            }

            var max = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (_unescape.Length < max)
            {
                _unescape = new byte[max];
            }

            var written = reader.CopyString(_unescape);
            return _unescape.AsSpan(0, written);
        }
    }

    /// <summary>Talker ids by their UTF-8 bytes (open addressing), so that lookups allocate nothing.</summary>
    private sealed class TalkerTable
    {
        private readonly List<byte[]> _keys = [];
        private int[] _slots = new int[64]; // index + 1

        public void Add(byte[] key, int index)
        {
            while (_keys.Count < index)
            {
                _keys.Add([]);
            }

            _keys.Add(key);
            if (_keys.Count * 2 > _slots.Length)
            {
                _slots = new int[_slots.Length * 4];
                for (var i = 0; i < _keys.Count - 1; i++)
                {
                    Insert(_keys[i], i);
                }
            }

            Insert(key, index);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
        public int Find(ReadOnlySpan<byte> key)
        {
            var mask = _slots.Length - 1;
            var slot = Hash(key) & mask;
            while (_slots[slot] != 0)
            {
                var index = _slots[slot] - 1;
                if (key.SequenceEqual(_keys[index]))
                {
                    return index;
                }

                slot = (slot + 1) & mask;
            }

            return -1;
        }

        private static int Hash(ReadOnlySpan<byte> key)
        {
            var h = 2166136261u;
            foreach (var b in key)
            {
                h = (h ^ b) * 16777619u;
            }

            return (int)(h & int.MaxValue);
        }

        private void Insert(byte[] key, int index)
        {
            var mask = _slots.Length - 1;
            var slot = Hash(key) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = index + 1;
        }
    }
}
