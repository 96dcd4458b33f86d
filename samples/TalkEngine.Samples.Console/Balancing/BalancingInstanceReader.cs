using System;
using System.Runtime.CompilerServices;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using TalkEngine.Balancing.Solver;

namespace TalkEngine.Samples.ConsoleApp.Balancing;

/// <summary>
/// Reads the bench instance format into an <see cref="AssignmentProblem"/> (talkers are its workers, subjects its jobs) (<c>{"name", "talkers":[{"id","capacity"}], "subjects":[{"id","eligible","preferred"}]}</c>,
/// see the bench README) with <see cref="Utf8JsonReader"/>, token by token, without building a
/// document; talker ids are looked up by their UTF-8 bytes, so the millions of eligible entries of a
/// large file allocate nothing. Extensions accepted: a talker's <c>weight</c> and <c>fixedLoad</c>,
/// a subject's <c>previous</c> (one talker id, or null). Strict: the file is one JSON object and nothing after it
/// (a UTF-8 byte order mark is allowed), each property appears once, every value has the documented type, and a
/// property the format does not define is an error (the root's <c>seed</c> and <c>expectFeasible</c>, which the generator
/// writes, excepted), so that no part of the file is silently dropped. At most <see cref="MaxInputBytes"/> bytes.
/// Every problem in the file (unknown talker ids, preferred talkers that are not eligible, duplicate ids, wrong types,
/// malformed JSON) is reported at once in a <see cref="TalkEngineValidationException"/> with code
/// <c>balancing.instance</c>, each with its JSON path and, for what the reader finds, its line and column. Thread-safe.
/// </summary>
public static class BalancingInstanceReader
{
    /// <summary>The largest input read: 256 MiB (the largest bench file, group-100k, is 46 MB). A larger or endless stream is refused.</summary>
    public const long MaxInputBytes = 256L * 1024 * 1024;

    private const string TooLargeCode = "balancing.input-too-large";

    /// <summary>Reads an instance file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="language">The language of the reader's own problem messages (the solver's are English; the console renders them).</param>
    /// <returns>The validated instance.</returns>
    /// <exception cref="TalkEngineValidationException">The file has problems.</exception>
    public static AssignmentProblem ReadFile(string path, OutputLanguage language = OutputLanguage.English)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, MaxInputBytes, language);
    }

    /// <summary>Reads an instance from a stream (read to its end, at most <see cref="MaxInputBytes"/>; not closed).</summary>
    /// <param name="stream">The UTF-8 JSON stream.</param>
    /// <returns>The validated instance.</returns>
    /// <exception cref="TalkEngineValidationException">The content has problems, or is larger than <see cref="MaxInputBytes"/>.</exception>
    public static AssignmentProblem Read(Stream stream) => Read(stream, MaxInputBytes, OutputLanguage.English);

    /// <summary>Reads a stream of at most <paramref name="maxBytes"/> (tests use a small limit).</summary>
    internal static AssignmentProblem Read(Stream stream, long maxBytes, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw TooLarge(maxBytes, language);
        }

        var initial = stream.CanSeek ? (int)Math.Max(16, stream.Length - stream.Position + 1) : 1 << 16;
        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    // Grow to at most one byte past the limit: reading that byte proves the input too large.
                    var size = (int)Math.Min((long)buffer.Length * 2, maxBytes + 1);
                    if (size <= buffer.Length)
                    {
                        throw TooLarge(maxBytes, language);
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(size);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = stream.Read(buffer, length, (int)Math.Min(buffer.Length - length, maxBytes + 1 - length));
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    throw TooLarge(maxBytes, language);
                }
            }

            return Read(buffer.AsSpan(0, length), language);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads an instance from UTF-8 JSON (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The content.</param>
    /// <returns>The validated instance.</returns>
    /// <exception cref="TalkEngineValidationException">The content has problems.</exception>
    public static AssignmentProblem Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, OutputLanguage.English);

    /// <summary>Reads an instance from UTF-8 JSON, the reader's messages in <paramref name="language"/>.</summary>
    /// <param name="utf8Json">The content.</param>
    /// <param name="language">The language of the reader's own problem messages.</param>
    /// <returns>The validated instance.</returns>
    /// <exception cref="TalkEngineValidationException">The content has problems.</exception>
    public static AssignmentProblem Read(ReadOnlySpan<byte> utf8Json, OutputLanguage language)
    {
        if (utf8Json.Length > MaxInputBytes)
        {
            throw TooLarge(MaxInputBytes, language);
        }

        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var parser = new Parser(language);
        return parser.Parse(utf8Json);
    }

    private static TalkEngineValidationException TooLarge(long maxBytes, OutputLanguage language)
    {
        var builder = new AssignmentProblemBuilder(null);
        var limit = maxBytes.ToString(CultureInfo.InvariantCulture);
        builder.AddProblem(
            TooLargeCode,
            language == OutputLanguage.English
                ? $"The input is larger than {limit} bytes, the reader's limit; split the problem into smaller files (by region or unit)."
                : $"输入超过读取上限 {limit} 字节；请把问题拆成较小的文件（按地区或单位）。",
            null);
        try
        {
            builder.Build();
        }
        catch (TalkEngineValidationException e)
        {
            return e;
        }

        throw new InvalidOperationException("A builder with a problem must not build.");
    }

    /// <summary>A structural problem that ends the reading (the root is not an object, the JSON is broken).</summary>
    private sealed class MalformedException(string message, long offset, string? path) : Exception(message)
    {
        public long Offset { get; } = offset;

        public string? Path { get; } = path;
    }

    private sealed class Parser(OutputLanguage language)
    {
        private static readonly string[] RootProperties = ["name", "talkers", "subjects", "seed", "expectFeasible"];
        private static readonly string[] TalkerProperties = ["id", "capacity", "weight", "fixedLoad"];
        private static readonly string[] SubjectProperties = ["id", "eligible", "preferred", "previous"];
        private static readonly byte[][] RootUtf8 = Array.ConvertAll(RootProperties, Encoding.UTF8.GetBytes);
        private static readonly byte[][] TalkerUtf8 = Array.ConvertAll(TalkerProperties, Encoding.UTF8.GetBytes);
        private static readonly byte[][] SubjectUtf8 = Array.ConvertAll(SubjectProperties, Encoding.UTF8.GetBytes);

        private readonly TalkerTable _table = new();
        private readonly AssignmentProblemBuilder _builder = new(null);
        private int[] _eligible = new int[64];
        private int[] _preferred = new int[16];
        private byte[] _unescape = new byte[256];
        private int[]? _lineStarts;
        private long _base;               // offset of the current reader's slice in the whole buffer
        private long _lastEligibleStart = -1;
        private int _lastEligibleLength;
        private int _lastEligibleCount;
        private JsonReaderState _afterLastEligible;

        private bool English => language == OutputLanguage.English;

        private string T(string chinese, string english) => English ? english : chinese;

        public AssignmentProblem Parse(ReadOnlySpan<byte> json)
        {
            var options = default(JsonReaderOptions);
            var sawTalkers = false;
            var subjectsAt = -1L;
            try
            {
                if (!Utf8.IsValid(json))
                {
                    Utf8.ToUtf16(json, new char[json.Length], out var valid, out _, replaceInvalidSequences: false);
                    throw new MalformedException(T("文件不是有效的 UTF-8 文本；请以 UTF-8 编码保存。", "The file is not valid UTF-8 text; save it as UTF-8."), valid, null);
                }

                var reader = new Utf8JsonReader(json, options);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new MalformedException(T("文件必须是一个 JSON 对象（{\"talkers\": […], \"subjects\": […]}）。", "The file must hold one JSON object ({\"talkers\": […], \"subjects\": […]})."), reader.TokenStartIndex, "$");
                }

                var seen = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var property = Property(ref reader, json, RootProperties, RootUtf8, ref seen, null, -1);
                    reader.Read();
                    switch (property)
                    {
                        case 0:
                            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
                            {
                                _builder.Name = TextOrNull(ref reader, json, null, -1, "name");
                            }
                            else
                            {
                                WrongType(ref reader, json, "name", T("字符串", "a string"));
                            }

                            break;
                        case 1:
                            if (reader.TokenType == JsonTokenType.StartArray)
                            {
                                ReadTalkers(ref reader, json);
                                sawTalkers = true;
                            }
                            else
                            {
                                WrongType(ref reader, json, "talkers", T("谈话人数组", "an array of talkers"));
                                sawTalkers = true; // reported; do not also say it is missing
                            }

                            break;
                        case 2:
                            if (reader.TokenType != JsonTokenType.StartArray)
                            {
                                WrongType(ref reader, json, "subjects", T("谈话对象数组", "an array of subjects"));
                                subjectsAt = -2;
                            }
                            else if (sawTalkers)
                            {
                                ReadSubjects(ref reader, json);
                                subjectsAt = -2;
                            }
                            else
                            {
                                subjectsAt = _base + reader.TokenStartIndex; // read once the talkers are known
                                reader.Skip();
                            }

                            break;
                        default:
                            reader.Skip(); // seed, expectFeasible (extras of the generator), or an unknown property already reported
                            break;
                    }
                }

                if (reader.TokenType != JsonTokenType.EndObject)
                {
                    throw new MalformedException(T("根对象没有以 '}' 结束。", "The root object is not closed with '}'."), _base + reader.TokenStartIndex, "$");
                }

                var end = _base + reader.BytesConsumed;
                if (end < json.Length && json[(int)end..].TrimStart(" \t\r\n"u8).Length > 0)
                {
                    var at = end + (json.Length - end - json[(int)end..].TrimStart(" \t\r\n"u8).Length);
                    throw new MalformedException(T("根对象之后还有内容；文件只能包含一个 JSON 对象。", "There is content after the root object; the file must hold exactly one JSON object."), at, "$");
                }

                if (!sawTalkers)
                {
                    _builder.AddProblem("balancing.missing-talkers", T("文件没有 \"talkers\" 数组；请添加。", "The file has no \"talkers\" array; add one."), "talkers");
                }

                if (subjectsAt == -1)
                {
                    _builder.AddProblem("balancing.missing-subjects", T("文件没有 \"subjects\" 数组；请添加。", "The file has no \"subjects\" array; add one."), "subjects");
                }
                else if (subjectsAt >= 0)
                {
                    var rest = new Utf8JsonReader(json[(int)subjectsAt..], options);
                    _base = subjectsAt;
                    rest.Read();
                    ReadSubjects(ref rest, json);
                }
            }
            catch (MalformedException e)
            {
                _builder.AddProblem("balancing.malformed-json", e.Message + At(json, e.Offset), e.Path);
            }
            catch (JsonException)
            {
                // The reader may have been resumed mid-file; locate the error with a fresh reader from the start.
                var (message, offset, path) = LocateSyntaxError(json);
                _builder.AddProblem("balancing.malformed-json", T("文件不是有效的 JSON：", "The file is not valid JSON: ") + message + At(json, offset), path);
            }
            catch (InvalidOperationException e)
            {
                _builder.AddProblem("balancing.malformed-json", T("文件结构不符合格式：", "The file does not have the expected shape: ") + e.Message, null);
            }

            return _builder.Build();
        }

        /// <summary>
        /// Which of <paramref name="known"/> the property at the reader is (-1, reported, when unknown or repeated). The
        /// object's path (<paramref name="array"/>[<paramref name="index"/>], or the root when <paramref name="array"/> is
        /// null) is only built for a problem: this runs for every property of a 46 MB file.
        /// </summary>
        private int Property(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string[] known, byte[][] utf8, ref int seen, string? array, int index)
        {
            for (var i = 0; i < known.Length; i++)
            {
                if (reader.ValueTextEquals(utf8[i]))
                {
                    if ((seen & (1 << i)) != 0)
                    {
                        var path = Join(array, index, known[i]);
                        Problem(json, "balancing.duplicate-property", T($"属性 \"{known[i]}\" 在同一对象中出现两次；请只保留一个。", $"The property \"{known[i]}\" appears twice in one object; keep one."), path, reader.TokenStartIndex);
                        return -1;
                    }

                    seen |= 1 << i;
                    return i;
                }
            }

            string name;
            try
            {
                name = reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                name = "?";
            }

            var expected = string.Join(", ", known);
            var nearest = NearestName.Find(name, known);
            Problem(
                json,
                "balancing.unknown-property",
                nearest is null
                    ? T($"格式中没有属性 \"{name}\"（此处可用：{expected}）；请删除。", $"The property \"{name}\" is not part of the format (known here: {expected}); remove it.")
                    : T($"格式中没有属性 \"{name}\"；是否应为 \"{nearest}\"？（此处可用：{expected}）", $"The property \"{name}\" is not part of the format; did you mean \"{nearest}\"? (known here: {expected})"),
                Join(array, index, name),
                reader.TokenStartIndex);
            return -1;
        }

        private static string Join(string? array, int index, string name)
            => array is null ? name : array + "[" + index.ToString(CultureInfo.InvariantCulture) + "]." + name;

        /// <summary>Reports a value of the wrong type at the reader and skips it.</summary>
        private void WrongType(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path, string expected)
        {
            Problem(json, "balancing.wrong-type", T($"\"{path}\" 的值类型不对：应为{expected}，实为{Describe(reader.TokenType)}。", $"The value of \"{path}\" must be {expected}, not {Describe(reader.TokenType)}."), path, reader.TokenStartIndex);
            reader.Skip();
        }

        private string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => T("对象", "an object"),
            JsonTokenType.StartArray => T("数组", "an array"),
            JsonTokenType.String => T("字符串", "a string"),
            JsonTokenType.Number => T("数字", "a number"),
            JsonTokenType.True or JsonTokenType.False => "true/false",
            JsonTokenType.Null => "null",
            _ => token.ToString(),
        };

        private void Problem(ReadOnlySpan<byte> json, string code, string message, string path, long relativeOffset, params string[] ids)
            => _builder.AddProblem(code, message + At(json, _base + relativeOffset), path, ids);

        /// <summary>" (line L, column C)": 1-based, the column in characters, clamped inside the file.</summary>
        private string At(ReadOnlySpan<byte> json, long offset)
        {
            if (json.IsEmpty)
            {
                return T("（文件为空）", " (the file is empty)");
            }

            var at = (int)Math.Clamp(offset, 0, json.Length - 1);
            if (_lineStarts is null)
            {
                var starts = new List<int> { 0 };
                var from = 0;
                int next;
                while ((next = json[from..].IndexOf((byte)'\n')) >= 0)
                {
                    from += next + 1;
                    starts.Add(from);
                }

                _lineStarts = starts.ToArray();
            }

            var line = Array.BinarySearch(_lineStarts, at);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var column = Encoding.UTF8.GetCharCount(json[_lineStarts[line]..at]) + 1;
            return English
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, column {column})")
                : string.Create(CultureInfo.InvariantCulture, $"（第 {line + 1} 行第 {column} 列）");
        }

        /// <summary>Reads the document again from its start to find where the JSON breaks and the path to it.</summary>
        private (string Message, long Offset, string Path) LocateSyntaxError(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json);
            var names = new List<string?>();   // per open container: the current property (objects)
            var indices = new List<int>();     // per open container: the current index (arrays), -1 for objects
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            names[^1] = reader.ValueIsEscaped ? "?" : Encoding.UTF8.GetString(reader.ValueSpan);
                            break;
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            NextValue(indices);
                            names.Add(null);
                            indices.Add(reader.TokenType == JsonTokenType.StartArray ? -1 : -2);
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            names.RemoveAt(names.Count - 1);
                            indices.RemoveAt(indices.Count - 1);
                            break;
                        default:
                            NextValue(indices);
                            break;
                    }
                }

                return (T("内容提前结束。", "the content ends early."), json.Length, PathOf(names, indices));
            }
            catch (JsonException e)
            {
                long lineStart = 0;
                for (var line = 0L; line < (e.LineNumber ?? 0); line++)
                {
                    var next = json[(int)lineStart..].IndexOf((byte)'\n');
                    if (next < 0)
                    {
                        break;
                    }

                    lineStart += next + 1;
                }

                // System.Text.Json's own message names its line and byte; ours gives line and column. It is English only.
                var message = e.Message;
                var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                if (cut > 0)
                {
                    message = message[..cut];
                }

                message = English ? message : "该处的括号、逗号或引号有误";

                return (message, lineStart + (e.BytePositionInLine ?? 0), PathOf(names, indices));
            }

            static void NextValue(List<int> indices)
            {
                if (indices.Count > 0 && indices[^1] >= -1)
                {
                    indices[^1]++;
                }
            }

            static string PathOf(List<string?> names, List<int> indices)
            {
                var path = new StringBuilder();
                for (var i = 0; i < indices.Count; i++)
                {
                    if (indices[i] >= 0)
                    {
                        path.Append('[').Append(indices[i].ToString(CultureInfo.InvariantCulture)).Append(']');
                    }
                    else if (names[i] is { } name)
                    {
                        if (path.Length > 0)
                        {
                            path.Append('.');
                        }

                        path.Append(name);
                    }
                }

                return path.Length == 0 ? "$" : path.ToString();
            }
        }

        private string? TextOrNull(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string? array, int index, string name)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException)
            {
                Problem(json, "balancing.bad-text", T("文本含无效的转义（如单独的 \\uD800）；请直接写 UTF-8 文字。", "The text has an invalid escape (such as a lone \\uD800); write the id as plain UTF-8."), Join(array, index, name), reader.TokenStartIndex);
                return null;
            }
        }

        private void ReadTalkers(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var path = "talkers[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                index++;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    WrongType(ref reader, json, path, T("一个谈话人（JSON 对象）", "a talker object"));
                    continue;
                }

                string? id = null;
                byte[]? idBytes = null;
                var capacity = -1;
                var weight = 1;
                var fixedLoad = 0;
                var seen = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var property = Property(ref reader, json, TalkerProperties, TalkerUtf8, ref seen, "talkers", index - 1);
                    reader.Read();
                    switch (property)
                    {
                        case 0:
                            if (reader.TokenType == JsonTokenType.String)
                            {
                                var bytes = ValueBytes(ref reader);
                                if (bytes.IsEmpty && reader.ValueIsEscaped)
                                {
                                    Problem(json, "balancing.bad-text", T("id 含无效的转义（如单独的 \\uD800）；请直接写 UTF-8 文字。", "The id has an invalid escape (such as a lone \\uD800); write it as plain UTF-8."), path + ".id", reader.TokenStartIndex);
                                }
                                else
                                {
                                    idBytes = bytes.ToArray();
                                    id = Encoding.UTF8.GetString(idBytes);
                                }
                            }
                            else
                            {
                                WrongType(ref reader, json, path + ".id", T("字符串", "a string"));
                            }

                            break;
                        case 1:
                            capacity = ReadOptionalInt(ref reader, json, path + ".capacity", -1, "capacity", 0, AssignmentProblem.MaxLoad);
                            break;
                        case 2:
                            weight = ReadOptionalInt(ref reader, json, path + ".weight", 1, "weight", 1, AssignmentProblem.MaxWeight);
                            break;
                        case 3:
                            fixedLoad = ReadOptionalInt(ref reader, json, path + ".fixedLoad", 0, "fixedLoad", 0, AssignmentProblem.MaxLoad);
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }

                var before = _builder.WorkerCount;
                _builder.AddWorker(id ?? string.Empty, capacity, weight, fixedLoad, path);
                if (_builder.WorkerCount > before)
                {
                    _table.Add(idBytes!, before);
                }
            }
        }

        /// <summary>A non-negative 32-bit integer or null; the range is the builder's to check, quoted here when the value is not even an integer.</summary>
        private int ReadOptionalInt(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path, int whenNull, string what, int min, int max)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return whenNull;
            }

            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) && value >= 0)
            {
                return value;
            }

            Problem(
                json,
                "balancing.bad-number",
                T($"{what} 必须是 {min.ToString(CultureInfo.InvariantCulture)} 到 {max.ToString(CultureInfo.InvariantCulture)} 之间的整数，或 null。", $"The {what} must be a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, or null."),
                path,
                reader.TokenStartIndex);
            reader.Skip();
            return whenNull;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
        private void ReadSubjects(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            var subjectIndex = -1; // the position in the file (a subject of the wrong type is not added)
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                subjectIndex++;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    WrongType(ref reader, json, SubjectPath(subjectIndex), T("一个谈话对象（JSON 对象）", "a subject object"));
                    continue;
                }

                string? id = null;
                string? previous = null;
                var eligibleCount = 0;
                var preferredCount = 0;
                var seen = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var property = reader.ValueTextEquals("eligible"u8) && (seen & 2) == 0
                        ? 1
                        : Property(ref reader, json, SubjectProperties, SubjectUtf8, ref seen, "subjects", subjectIndex);
                    seen |= property == 1 ? 2 : 0;
                    reader.Read();
                    switch (property)
                    {
                        case 0:
                            if (reader.TokenType == JsonTokenType.String)
                            {
                                id = TextOrNull(ref reader, json, "subjects", subjectIndex, "id");
                            }
                            else
                            {
                                WrongType(ref reader, json, SubjectPath(subjectIndex) + ".id", T("字符串", "a string"));
                            }

                            break;
                        case 1:
                            eligibleCount = ReadEligible(ref reader, json, subjectIndex, id);
                            break;
                        case 2:
                            preferredCount = ReadIdList(ref reader, json, ref _preferred, subjectIndex, "preferred", id);
                            break;
                        case 3:
                            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
                            {
                                previous = TextOrNull(ref reader, json, "subjects", subjectIndex, "previous");
                            }
                            else
                            {
                                WrongType(ref reader, json, SubjectPath(subjectIndex) + ".previous", T("一个谈话人 id（字符串）或 null", "one talker id (a string) or null"));
                            }

                            break;
                        default:
                            reader.Skip();
                            break;
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

        private static string SubjectPath(int index) => "subjects[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
        private int ReadEligible(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int subjectIndex, string? id)
        {
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
                return _lastEligibleCount;
            }

            var problemsBefore = _builder.ProblemCount;
            var count = ReadIdList(ref reader, json, ref _eligible, subjectIndex, "eligible", id);
            var end = _base + reader.TokenStartIndex + 1;
            var raw = json.Slice((int)start, (int)(end - start));
            if (reader.TokenType == JsonTokenType.EndArray && _builder.ProblemCount == problemsBefore && raw.IndexOfAny((byte)'\n', (byte)'\r') < 0)
            {
                _lastEligibleStart = start;
                _lastEligibleLength = raw.Length;
                _lastEligibleCount = count;
                _afterLastEligible = reader.CurrentState;
            }
            else
            {
                _lastEligibleStart = -1;
            }

            return count;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
        private int ReadIdList(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, ref int[] into, int subjectIndex, string what, string? subjectId)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return 0;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                WrongType(ref reader, json, SubjectPath(subjectIndex) + "." + what, T("谈话人 id 数组", "an array of talker ids"));
                return 0;
            }

            var n = 0;
            var position = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    WrongType(ref reader, json, SubjectPath(subjectIndex) + "." + what + "[" + position.ToString(CultureInfo.InvariantCulture) + "]", T("谈话人 id（字符串）", "a talker id (a string)"));
                    position++;
                    continue;
                }

                var index = _table.Find(ValueBytes(ref reader));
                if (index < 0)
                {
                    var talkerId = TextOrNull(ref reader, json, "subjects", subjectIndex, what) ?? string.Empty;
                    var sid = subjectId ?? "#" + subjectIndex.ToString(CultureInfo.InvariantCulture);
                    Problem(
                        json,
                        "balancing.unknown-talker",
                        T($"谈话对象“{sid}”的 {what} 列表中有谈话人“{talkerId}”，但 talkers 中没有此人；请添加该谈话人或删去此项。", $"Subject '{sid}' names talker '{talkerId}' in its {what} list, which is not in the talkers list; add the talker or remove it."),
                        $"{SubjectPath(subjectIndex)}.{what}[{position.ToString(CultureInfo.InvariantCulture)}]",
                        reader.TokenStartIndex,
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

        /// <summary>The string's unescaped UTF-8 bytes; empty when an escape is invalid (a lone surrogate).</summary>
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

            try
            {
                var written = reader.CopyString(_unescape);
                return _unescape.AsSpan(0, written);
            }
            catch (InvalidOperationException)
            {
                return [];
            }
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
