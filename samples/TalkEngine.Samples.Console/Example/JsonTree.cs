using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// A JSON value with where it stands in the file (line and column, from 1) and its JSON path
/// (<c>records[3].date</c>). The roster file is read into this tree first, so that every later problem (an
/// unknown property, a wrong type, a bad date) can name the place the user must edit. Duplicate property names
/// and content after the root value are refused while reading, never merged or ignored.
/// </summary>
internal sealed class JsonTree
{
    private JsonTree(JsonValueKind kind, string path, int line, int column)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
    }

    public JsonValueKind Kind { get; }

    /// <summary>The JSON path, such as <c>units[2].kind</c>; <c>$</c> for the root.</summary>
    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The text of a string, or the raw text of a number.</summary>
    public string? Text { get; private set; }

    /// <summary>The properties of an object, in file order.</summary>
    public IReadOnlyList<JsonTreeProperty> Properties { get; private set; } = [];

    /// <summary>The items of an array.</summary>
    public IReadOnlyList<JsonTree> Items { get; private set; } = [];

    /// <summary>"line 3, column 14", for messages.</summary>
    public string Place(OutputLanguage language) => Position(Line, Column, language);

    public static string Position(int line, int column, OutputLanguage language) => language == OutputLanguage.English
        ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}")
        : string.Create(CultureInfo.InvariantCulture, $"第{line}行第{column}列");

    /// <summary>
    /// Reads <paramref name="utf8"/> (a byte-order mark is skipped); <see langword="null"/> with the problem added
    /// when it is not one well-formed JSON value (comments and trailing commas are allowed).
    /// </summary>
    public static JsonTree? Parse(ReadOnlySpan<byte> utf8, string sourceName, OutputLanguage language, List<ValidationProblem> problems)
    {
        var bom = Encoding.UTF8.Preamble;
        if (utf8.StartsWith(bom))
        {
            utf8 = utf8[bom.Length..];
        }

        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var duplicates = new List<ValidationProblem>();
        try
        {
            if (!reader.Read())
            {
                problems.Add(new ValidationProblem("dataset.empty", Msg(language, $"{sourceName} 是空文件；请给出一个名册对象（格式同 Data/example-2017.json）。", $"{sourceName} is empty; give a roster object shaped like Data/example-2017.json."), "$"));
                return null;
            }

            var root = ReadValue(ref reader, "$", lines, language, duplicates);

            // Content after the root value ("{…} }}}") is an error, not something to skip.
            if (reader.Read())
            {
                var (line, column) = lines.At(reader.TokenStartIndex);
                problems.Add(new ValidationProblem("dataset.invalid-json", Msg(
                    language,
                    $"{sourceName} 在根对象结束之后还有内容（{Position(line, column, language)}）；删除多余部分。",
                    $"{sourceName} has content after the root value ({Position(line, column, language)}); remove it."), "$"));
                return null;
            }

            problems.AddRange(duplicates);
            return duplicates.Count == 0 ? root : null;
        }
        catch (JsonException e)
        {
            // The reader's position is in bytes within a line; the user's editor counts characters.
            var (line, column) = e.LineNumber is { } n && e.BytePositionInLine is { } b ? lines.AtLine(n, b) : lines.At(reader.BytesConsumed);
            var where = Position(line, column, language);
            problems.Add(new ValidationProblem("dataset.invalid-json", Msg(
                language,
                $"{sourceName} 不是合法的 JSON（{where}）：{Describe(e, language)}",
                $"{sourceName} is not valid JSON ({where}): {Describe(e, language)}"), "$"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8.
            var (line, column) = lines.At(reader.TokenStartIndex);
            var where = Position(line, column, language);
            problems.Add(new ValidationProblem("dataset.invalid-json", Msg(
                language,
                $"{sourceName} 的文本不是合法的 UTF-8（{where}）；请以 UTF-8 保存文件。",
                $"{sourceName} holds text that is not valid UTF-8 ({where}); save the file as UTF-8."), "$"));
            return null;
        }
    }

    private static string Describe(JsonException e, OutputLanguage language)
    {
        // System.Text.Json's message ends with its own byte position ("LineNumber: 0 | BytePositionInLine: 12."); the place is given above.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        return language == OutputLanguage.English
            ? message + " Check the brackets, commas and quotes there."
            : "括号、逗号或引号有误（" + message + "）；请检查该处。";
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, string path, LineMap lines, OutputLanguage language, List<ValidationProblem> problems)
    {
        var (line, column) = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonTree(JsonValueKind.Object, path, line, column);
                var properties = new List<JsonTreeProperty>();
                var seen = new Dictionary<string, JsonTreeProperty>(StringComparer.OrdinalIgnoreCase);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = lines.At(reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();
                    var childPath = path == "$" ? name : path + "." + name;
                    var value = ReadValue(ref reader, childPath, lines, language, problems);
                    var property = new JsonTreeProperty(name, value, nameLine, nameColumn);
                    if (seen.TryGetValue(name, out var first))
                    {
                        // Two values for one name: which one is meant cannot be guessed, so neither is taken.
                        problems.Add(new ValidationProblem("dataset.duplicate-property", Msg(
                            language,
                            $"'{childPath}' 出现了两次（{Position(first.Line, first.Column, language)} 和 {Position(nameLine, nameColumn, language)}）；只保留一个。",
                            $"'{childPath}' is given twice ({Position(first.Line, first.Column, language)} and {Position(nameLine, nameColumn, language)}); keep one."), childPath));
                        continue;
                    }

                    seen.Add(name, property);
                    properties.Add(property);
                }

                node.Properties = properties;
                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new JsonTree(JsonValueKind.Array, path, line, column);
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, string.Create(CultureInfo.InvariantCulture, $"{path}[{items.Count}]"), lines, language, problems));
                }

                node.Items = items;
                return node;
            }

            case JsonTokenType.String:
                return new JsonTree(JsonValueKind.String, path, line, column) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonTree(JsonValueKind.Number, path, line, column) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonTree(JsonValueKind.True, path, line, column);
            case JsonTokenType.False:
                return new JsonTree(JsonValueKind.False, path, line, column);
            default:
                return new JsonTree(JsonValueKind.Null, path, line, column);
        }
    }

    private static string Msg(OutputLanguage language, string chinese, string english) => language == OutputLanguage.English ? english : chinese;

    /// <summary>
    /// Turns a byte offset into a line and a column counted in characters, both from 1, always inside the file. The reader
    /// asks in file order, so the column is counted on from the last place asked on the same line: a minified file (one
    /// line of megabytes) is read in linear time instead of counting from the line's start for every token.
    /// </summary>
    private sealed class LineMap
    {
        private readonly byte[] _bytes;
        private readonly List<int> _starts = [0];
        private int _lastLine = -1;
        private int _lastOffset;
        private int _lastColumn;

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            _bytes = utf8.ToArray();
            for (var i = 0; i < _bytes.Length; i++)
            {
                if (_bytes[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        /// <summary>The place System.Text.Json names (line from 0, bytes into that line), kept inside the file.</summary>
        public (int Line, int Column) AtLine(long lineNumber, long bytePositionInLine)
        {
            var line = (int)Math.Clamp(lineNumber, 0, _starts.Count - 1);
            var end = line + 1 < _starts.Count ? _starts[line + 1] - 1 : _bytes.Length;
            return At(Math.Min(end, _starts[line] + Math.Max(0, bytePositionInLine)));
        }

        public (int Line, int Column) At(long offset)
        {
            var at = (int)Math.Clamp(offset, 0, _bytes.Length);
            var index = _starts.BinarySearch(at);
            var line = index >= 0 ? index : ~index - 1;
            var start = _starts[line];
            var column = line == _lastLine && at >= _lastOffset
                ? _lastColumn + Encoding.UTF8.GetCharCount(_bytes, _lastOffset, at - _lastOffset)
                : Encoding.UTF8.GetCharCount(_bytes, start, at - start) + 1;
            (_lastLine, _lastOffset, _lastColumn) = (line, at, column);
            return (line + 1, column);
        }
    }
}

/// <summary>One property of a JSON object, with where its name stands.</summary>
internal sealed record JsonTreeProperty(string Name, JsonTree Value, int Line, int Column);
