using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using TalkEngine.Balancing.Solver;
using TalkEngine.Samples.ConsoleApp.Balancing;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Samples;

/// <summary>
/// Keeps issue 8 so: every example roster file (<c>Data/*.json</c>) and every small balancing bench file, mutated
/// structurally (elements and properties deleted, duplicated, swapped, renamed; values replaced by other JSON types,
/// null, huge numbers, extreme dates, empty and very long strings; the text truncated, garbage after the root, a BOM),
/// goes through the path the console takes (the demo loader and <see cref="TalkEngine.Planning.TalkPlanner"/>; the
/// bench reader and the solver) and ends in a result or a <see cref="TalkEngineValidationException"/>, never another
/// exception, within a time bound. The number of cases is <c>TALKENGINE_FUZZ_CASES</c> (default <see cref="DefaultCases"/>,
/// 3 s on a quiet 2-core machine, about 20 s on one shared with other builds at load 20); a failure shrinks to a smallest list of mutations and writes the input to a file.
/// </summary>
public sealed class InputFuzzTests
{
    /// <summary>
    /// The default number of cases, so that this test's share of CI stays under a minute on a 2-core machine (measured:
    /// 10,000 cases in 23 s on a quiet one; 3,000 in 63 s while other builds kept its load near 20; the README's development section).
    /// </summary>
    public const int DefaultCases = 1000;

    /// <summary>A bench file larger than this (dense-2k, group-20k: megabytes) is too slow to run hundreds of times.</summary>
    private const long MaxSeedBytes = 256 * 1024;

    /// <summary>A case that takes longer than this hangs (a normal case takes milliseconds; CI machines are slow and shared).</summary>
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(30);

    private static readonly Lazy<Seed[]> Seeds = new(LoadSeeds);

    [Fact]
    public void Seeds_IncludeEveryExampleFileAndTheSmallBenchFiles()
    {
        var names = Seeds.Value.Select(s => s.Name).ToList();
        names.Should().Contain(["example-2017.json", "example-2018-all-sources.json", "infeasible-small.json", "seed-2017.json", "unit-200.json"]);
        names.Should().NotContain("dense-2k.json", "megabyte files are too slow for hundreds of runs");

        // The unmutated seeds run cleanly, so that a mutation is what the fuzzer tests.
        foreach (var seed in Seeds.Value)
        {
            Run(seed, seed.Text, OutputLanguage.English).Should().Be(Outcome.Result, seed.Name);
        }
    }

    [Theory]
    [InlineData(OutputLanguage.English, "holiday data for 2027")]
    [InlineData(OutputLanguage.SimplifiedChinese, "2027 年")]
    public void PetitionConcludedFarAhead_IsRefusedWithTheYear_NotACrash(OutputLanguage language, string names)
    {
        // Found by this fuzzer: a petition concluded on 2099-12-31 stretches its talk's window past 2026, the last year
        // the calendar holds; the scheduler's CalendarYearNotCoveredException reached the console as a crash.
        var seed = Seeds.Value.Single(s => s.Name == "example-2018-all-sources.json");
        var text = seed.Text.Replace("\"concludedOn\": \"2018-08-20\"", "\"concludedOn\": \"2099-12-31\"", StringComparison.Ordinal);
        text.Should().NotBe(seed.Text);
        var dataset = ExampleDatasetLoader.Parse(Encoding.UTF8.GetBytes(text), seed.Name, language);
        var act = () => ExampleRun.Execute(dataset, language);
        act.Should().Throw<TalkEngineValidationException>()
            .Which.Problems.Should().ContainSingle(p => p.Code == "dataset.year-not-covered" && p.Message.Contains(names));
        Run(seed, text, language).Should().Be(Outcome.Refused);
    }

    [Fact]
    public void MutatedInputs_EndInAResultOrAValidationException_WithinTheTimeBound()
    {
        var cases = Cases();
        var seeds = Seeds.Value;
        var stopwatch = Stopwatch.StartNew();
        var counts = new int[3];
        Gen.Select(Gen.Int[0, seeds.Length - 1], Mutation.Gen.Array[1, 4], Gen.Bool)
            .Sample(
                (seedIndex, mutations, english) =>
                {
                    var seed = seeds[seedIndex];
                    var text = Mutation.ApplyAll(seed.Tree, seed.Text, mutations);
                    var outcome = RunBounded(seed, text, english ? OutputLanguage.English : OutputLanguage.SimplifiedChinese, mutations);
                    Interlocked.Increment(ref counts[(int)outcome]);
                },
                iter: cases,
                seed: FuzzSeed(),
                print: t => $"{seeds[t.Item1].Name} with {string.Join("; ", t.Item2.Select(m => m.ToString()))} ({(t.Item3 ? "en" : "zh")})");

        // The mutations reach both ends: some inputs still read and run, others are refused.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Input fuzz: {cases} cases in {stopwatch.Elapsed.TotalSeconds:F1} s: {counts[0]} results, {counts[1]} validation exceptions."));
        if (cases >= 200)
        {
            counts[(int)Outcome.Result].Should().BePositive();
            counts[(int)Outcome.Refused].Should().BePositive();
        }
    }

    // A seed replays a run (TALKENGINE_FUZZ_SEED). CI runs a fixed one so that its verdict is the commit's, not
    // the dice's; a local run draws a new seed each time and prints it on failure.
    private static string? FuzzSeed() =>
        Environment.GetEnvironmentVariable("TALKENGINE_FUZZ_SEED") is { Length: > 0 } seed ? seed
        : Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "22MFytIcR3x2"
        : null;

    private static long Cases()
        => Environment.GetEnvironmentVariable("TALKENGINE_FUZZ_CASES") is { Length: > 0 } text
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : DefaultCases;

    private static Outcome RunBounded(Seed seed, string text, OutputLanguage language, Mutation[] mutations)
    {
        var run = Task.Run(() => Run(seed, text, language));
        bool finished;
        try
        {
            finished = run.Wait(TimeBound);
        }
        catch (AggregateException e)
        {
            var file = Keep(seed, text);
            throw new InvalidOperationException(
                $"{seed.Name} mutated ({string.Join("; ", mutations.Select(m => m.ToString()))}; the input is in {file}) threw {e.InnerException!.GetType().Name} instead of a result or a TalkEngineValidationException: {e.InnerException.Message}",
                e.InnerException);
        }

        if (!finished)
        {
            var file = Keep(seed, text);
            throw new TimeoutException($"{seed.Name} mutated ({string.Join("; ", mutations.Select(m => m.ToString()))}; the input is in {file}) ran longer than {TimeBound.TotalSeconds} s.");
        }

        return run.Result;
    }

    /// <summary>The console's path for the seed's kind of file, in process.</summary>
    private static Outcome Run(Seed seed, string text, OutputLanguage language)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            if (seed.IsRoster)
            {
                var dataset = ExampleDatasetLoader.Parse(bytes, seed.Name, language);
                var run = ExampleRun.Execute(dataset, language);
                run.Plan.Should().NotBeNull();
            }
            else
            {
                var instance = BalancingInstanceReader.Read(bytes, language);
                AssignmentSolver.Solve(instance).Should().NotBeNull();
            }

            return Outcome.Result;
        }
        catch (TalkEngineValidationException e)
        {
            // Every problem says something, so that the console's exit 2 comes with a reason.
            e.Problems.Should().NotBeEmpty();
            e.Problems.Should().OnlyContain(p => p.Message.Length > 0 && p.Code.Length > 0);
            if (seed.IsRoster && language == OutputLanguage.SimplifiedChinese)
            {
                // The loader speaks the chosen language, the library's problems included (LibraryProblemText).
                e.Problems.Should().OnlyContain(p => p.Message.Any(c => c >= '\u4e00' && c <= '\u9fff'), "every problem of a roster file is in Chinese under --lang zh");
            }
            return Outcome.Refused;
        }
    }

    private static string Keep(Seed seed, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "talkengine-fuzz");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(seed.Name)}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12]}.json");
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }

    private static Seed[] LoadSeeds()
    {
        var examples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "*.json").Select(f => (File: f, Roster: true));
        var bench = Directory.GetFiles(SharedData.PathOf("bench", "balancing", "instances"), "*.json")
            .Where(f => new FileInfo(f).Length <= MaxSeedBytes)
            .Select(f => (File: f, Roster: false));
        return examples.Concat(bench)
            .OrderBy(f => Path.GetFileName(f.File), StringComparer.Ordinal)
            .Select(f =>
            {
                var text = File.ReadAllText(f.File);
                return new Seed(Path.GetFileName(f.File), f.Roster, text, Node.From(JsonDocument.Parse(text).RootElement));
            })
            .ToArray();
    }

    private enum Outcome
    {
        Result,
        Refused,
    }

    private sealed record Seed(string Name, bool IsRoster, string Text, Node Tree);

    /// <summary>A JSON value that keeps what System.Text.Json's node types cannot: repeated property names and their order.</summary>
    internal sealed class Node
    {
        private Node(string? raw, List<Node>? items, List<(string Name, Node Value)>? properties)
        {
            Raw = raw;
            Items = items;
            Properties = properties;
        }

        /// <summary>The JSON text of a scalar.</summary>
        public string? Raw { get; }

        public List<Node>? Items { get; }

        public List<(string Name, Node Value)>? Properties { get; }

        public static Node Scalar(string raw) => new(raw, null, null);

        public static Node From(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Array => new Node(null, e.EnumerateArray().Select(From).ToList(), null),
            JsonValueKind.Object => new Node(null, null, e.EnumerateObject().Select(p => (p.Name, From(p.Value))).ToList()),
            _ => Scalar(e.GetRawText()),
        };

        public Node Clone() => new(Raw, Items?.Select(i => i.Clone()).ToList(), Properties?.Select(p => (p.Name, p.Value.Clone())).ToList());

        /// <summary>Every array and object, the root first (document order).</summary>
        public void Containers(List<Node> into)
        {
            if (Raw is null)
            {
                into.Add(this);
            }

            foreach (var child in Children())
            {
                child.Containers(into);
            }
        }

        public IEnumerable<Node> Children() => Items ?? (IEnumerable<Node>?)Properties?.Select(p => p.Value) ?? [];

        public int Count => Items?.Count ?? Properties?.Count ?? 0;

        public void Write(StringBuilder text)
        {
            if (Raw is not null)
            {
                text.Append(Raw);
            }
            else if (Items is not null)
            {
                text.Append('[');
                for (var i = 0; i < Items.Count; i++)
                {
                    text.Append(i > 0 ? "," : string.Empty);
                    Items[i].Write(text);
                }

                text.Append(']');
            }
            else
            {
                text.Append('{');
                for (var i = 0; i < Properties!.Count; i++)
                {
                    text.Append(i > 0 ? "," : string.Empty).Append(JsonSerializer.Serialize(Properties[i].Name)).Append(':');
                    Properties[i].Value.Write(text);
                }

                text.Append('}');
            }
        }
    }

    /// <summary>
    /// One mutation: an operation, the container it acts on (an index into the document's arrays and objects, modulo
    /// their number), the element or property within it, and a variant (which replacement value, which new name…).
    /// </summary>
    internal sealed record Mutation(Op Kind, int Target, int Index, int Other, int Variant)
    {
        public static readonly Gen<Mutation> Gen =
            CsCheck.Gen.Select(CsCheck.Gen.Enum<Op>(), CsCheck.Gen.Int[0, 4000], CsCheck.Gen.Int[0, 400], CsCheck.Gen.Int[0, 400], CsCheck.Gen.Int[0, 1000])
                .Select((kind, target, index, other, variant) => new Mutation(kind, target, index, other, variant));

        /// <summary>Values of another type, out of range or extreme, that a file could hold in place of any value.</summary>
        private static readonly string[] Replacements =
        [
            "null", "true", "false", "0", "-1", "1.5", "\"\"", "\"   \"", "{}", "[]", "\"x\"", "[null]", "{\"\":null}",
            "2147483648", "-2147483649", "9223372036854775808", "1e308", "-1e308", "1e400", "123456789012345678901234567890",
            "0.0000000000000000000000000001", "-0", "1E+9", "\"0001-01-01\"", "\"9999-12-31\"", "\"-9999-01-01\"", "\"10000-01-01\"",
            "\"2017-02-30\"", "\"2017-13-01\"", "\"2017-1-1\"", "\"0000-01-01\"", "\"[red]T1[/]\"", "\"\\u0000\"", "\"\\uD800\"",
            "\"holiday\"", "\"Annual\"", "\"hq-department\"", "\"PartySecretary\"", "\"Secretary\"", "{\"start\":\"0001-01-01\",\"end\":\"9999-12-31\"}",
            "{\"start\":\"2017-12-31\",\"end\":\"2017-01-01\"}", "{\"start\":\"2004-01-01\",\"end\":\"2004-12-31\"}",
        ];

        private static readonly string Long = JsonSerializer.Serialize(new string('长', 100_000));

        public override string ToString() => $"{Kind}@{Target}[{Index},{Other}]#{Variant}";

        public static string ApplyAll(Node seed, string seedText, Mutation[] mutations)
        {
            var tree = seed.Clone();
            var textOps = new List<Mutation>();
            foreach (var m in mutations)
            {
                if (m.Kind >= Op.Truncate)
                {
                    textOps.Add(m);
                }
                else
                {
                    m.Apply(tree);
                }
            }

            var text = new StringBuilder(seedText.Length + 64);
            tree.Write(text);
            var result = text.ToString();
            foreach (var m in textOps)
            {
                result = m.ApplyToText(result);
            }

            return result;
        }

        private void Apply(Node root)
        {
            var containers = new List<Node>();
            root.Containers(containers);
            var node = containers[Target % containers.Count];
            var count = node.Count;
            if (count == 0)
            {
                if (Kind is Op.Replace or Op.Graft)
                {
                    Insert(node, Kind == Op.Replace ? Replacement() : Graft(containers));
                }

                return;
            }

            var i = Index % count;
            var j = Other % count;
            switch (Kind)
            {
                case Op.Delete:
                    if (node.Items is not null)
                    {
                        node.Items.RemoveAt(i);
                    }
                    else
                    {
                        node.Properties!.RemoveAt(i);
                    }

                    break;
                case Op.Duplicate:
                    if (node.Items is not null)
                    {
                        node.Items.Insert(j, node.Items[i].Clone());
                    }
                    else
                    {
                        node.Properties!.Insert(j, (node.Properties[i].Name, node.Properties[i].Value.Clone()));
                    }

                    break;
                case Op.Swap:
                    if (node.Items is not null)
                    {
                        (node.Items[i], node.Items[j]) = (node.Items[j], node.Items[i]);
                    }
                    else
                    {
                        // Swapping the values of two properties gives each the other's type and shape.
                        var (a, b) = (node.Properties![i], node.Properties[j]);
                        node.Properties[i] = (a.Name, b.Value);
                        node.Properties[j] = (b.Name, a.Value);
                    }

                    break;
                case Op.Replace:
                    Set(node, i, Replacement());
                    break;
                case Op.Graft:
                    Set(node, i, Graft(containers));
                    break;
                case Op.Extreme:
                    var value = node.Items is not null ? node.Items[i] : node.Properties![i].Value;
                    if (value.Raw is { } raw)
                    {
                        Set(node, i, Node.Scalar(Extreme(raw, containers)));
                    }

                    break;
                case Op.Rename when node.Properties is not null:
                    node.Properties[i] = (Rename(node.Properties[i].Name, containers), node.Properties[i].Value);
                    break;
            }
        }

        private static void Set(Node node, int i, Node value)
        {
            if (node.Items is not null)
            {
                node.Items[i] = value;
            }
            else
            {
                node.Properties![i] = (node.Properties[i].Name, value);
            }
        }

        private void Insert(Node node, Node value)
        {
            if (node.Items is not null)
            {
                node.Items.Add(value);
            }
            else
            {
                node.Properties!.Add((Variant % 2 == 0 ? "id" : "x", value));
            }
        }

        private Node Replacement()
            => Node.Scalar(Variant % (Replacements.Length + 1) == Replacements.Length ? Long : Replacements[Variant % (Replacements.Length + 1)]);

        /// <summary>
        /// A value of the same JSON type as <paramref name="raw"/>, at an edge: a date far from the period or just
        /// beside it, a number at or beyond the limits, an empty, blank or very long text, another id of the document.
        /// The file still reads, so the edge reaches the library.
        /// </summary>
        private string Extreme(string raw, List<Node> containers)
        {
            string[] dates = ["\"0001-01-01\"", "\"9999-12-31\"", "\"2004-01-01\"", "\"2016-12-31\"", "\"2018-01-01\"", "\"2099-12-31\"", "\"1900-01-01\"", "\"2017-02-28\""];
            string[] numbers = ["0", "-1", "1", "-2147483648", "2147483647", "1073741823", "1073741824", "100000", "99.999", "1e-7", "79228162514264337593543950335", "1E+3"];
            if (raw.Length == 12 && raw[0] == '"' && raw[5] == '-' && raw[8] == '-')
            {
                return dates[Variant % dates.Length];
            }

            if (raw[0] is '-' or (>= '0' and <= '9'))
            {
                return numbers[Variant % numbers.Length];
            }

            if (raw[0] == '"')
            {
                // Another string of the document (an id in the wrong place, a duplicate id), or an empty or very long one.
                var strings = new List<string>();
                foreach (var c in containers)
                {
                    strings.AddRange(c.Children().Where(n => n.Raw is ['"', ..]).Select(n => n.Raw!));
                }

                return (Variant % 4) switch
                {
                    0 => "\"\"",
                    1 => Long,
                    _ => strings[Other % strings.Count],
                };
            }

            return raw == "true" ? "false" : raw == "false" ? "true" : "0";
        }

        /// <summary>A copy of another part of the same document: a value of the right vocabulary in the wrong place.</summary>
        private Node Graft(List<Node> containers)
        {
            var from = containers[Variant % containers.Count];
            var children = from.Children().ToList();
            return children.Count == 0 ? from.Clone() : children[Other % children.Count].Clone();
        }

        private string Rename(string name, List<Node> containers)
        {
            switch (Variant % 6)
            {
                case 0:
                    return name.ToUpperInvariant();
                case 1:
                    return name + "_x";
                case 2:
                    return string.Empty;
                case 3:
                    return name.Length > 1 ? name[..^1] : "$comment";
                case 4:
                    // A name used elsewhere in the document: a known key in the wrong object.
                    var named = containers.Where(c => c.Properties is { Count: > 0 }).ToList();
                    var other = named[Other % named.Count];
                    return other.Properties![Index % other.Properties.Count].Name;
                default:
                    return "$comment" + name;
            }
        }

        private string ApplyToText(string text)
        {
            switch (Kind)
            {
                case Op.Truncate:
                    return text[..(int)((long)text.Length * (Variant % 1000) / 1000)];
                case Op.TrailingGarbage:
                    string[] garbage = [" }}} not json", "{}", " ,", "\u0000", " // comment", "]", " null", "\uFEFF"];
                    return text + garbage[Variant % garbage.Length];
                default:
                    return "\uFEFF" + text;
            }
        }
    }

    internal enum Op
    {
        Delete,
        Duplicate,
        Swap,
        Replace,
        Graft,
        Extreme,
        Rename,
        Truncate,
        TrailingGarbage,
        Bom,
    }
}
