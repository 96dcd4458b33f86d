using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Tests.Docs;

namespace TalkEngine.Tests.Samples;

/// <summary>
/// The roster file's published JSON Schema (<c>schemas/talkengine-input.schema.json</c>) and the console's strict reader
/// agree: every example in <c>samples/</c> is valid, the schema has exactly the properties the reader knows (its
/// <see cref="DatasetSchema"/> lists; the catalogue's document types) and the enumerations' names, and files the
/// reader refuses are refused by the schema too.
/// </summary>
public sealed class InputSchemaTests
{
    private const string SchemaPath = "schemas/talkengine-input.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(DocText.Read(SchemaPath)));

    private static readonly Lazy<JsonObject> SchemaNode = new(() => JsonNode.Parse(DocText.Read(SchemaPath))!.AsObject());

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The example roster files: every JSON file in a <c>Data</c> folder under <c>samples/</c>.</summary>
    public static string[] ExampleFiles()
        => Directory.GetFiles(Path.Combine(DocText.RepoRoot, "samples"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Data" && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(DocText.RepoRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static TheoryData<string> Examples() => new(ExampleFiles());

    [Fact]
    public void Examples_IncludeThe2017Year()
        => ExampleFiles().Should().Contain("samples/TalkEngine.Samples.Console/Data/example-2017.json").And.HaveCountGreaterThan(1);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsValidAgainstTheSchemaAndReadByTheLoader(string example)
    {
        var text = DocText.Read(example);

        var result = Evaluate(JsonNode.Parse(text, documentOptions: Lenient));

        result.IsValid.Should().BeTrue("{0} should follow the schema:\n{1}", example, Describe(result));
        var load = () => ExampleDatasetLoader.Parse(text, example);
        load.Should().NotThrow();
    }

    [Fact]
    public void Schema_IsDraft202012AndNamesItsDocumentation()
    {
        var schema = SchemaNode.Value;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["description"]!.GetValue<string>().Should().Contain("docs/input-format.md");
        DocText.Read("docs/input-format.md").Should().Contain("../" + SchemaPath);
    }

    /// <summary>Each of the reader's lists of known keys is one object of the schema, property for property, in the same order.</summary>
    [Fact]
    public void Schema_ListsExactlyThePropertiesTheLoaderAccepts()
    {
        var lists = typeof(DatasetSchema).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string[]) && f.Name != nameof(DatasetSchema.RecordsDocument))
            .ToDictionary(f => f.Name == nameof(DatasetSchema.Root) ? "$" : Camel(f.Name), f => (string[])f.GetValue(null)!);
        var objects = ObjectsWithComments();

        objects.Keys.Should().BeEquivalentTo(lists.Keys, "every object of the file is one list of DatasetSchema, and the other way round");
        foreach (var (name, known) in lists)
        {
            objects[name].Should().Equal(known, "the schema's '{0}' has the properties the loader accepts", name);
        }
    }

    /// <summary>The file's <c>catalogue</c> is read by the package into its catalogue document types: the schema has their properties.</summary>
    [Fact]
    public void Schema_CatalogueHasThePropertiesOfThePackagesCatalogueDocument()
    {
        var types = new Dictionary<string, Type>
        {
            ["catalogue"] = typeof(CatalogueDocument),
            ["catalogueList"] = typeof(ListDocument),
            ["catalogueItem"] = typeof(ItemDocument),
            ["catalogueRetirement"] = typeof(RetireDocument),
            ["catalogueText"] = typeof(TextDocument),
        };

        foreach (var (name, type) in types)
        {
            var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => Camel(p.Name));
            Properties(Definition(name)).Should().BeEquivalentTo(expected, "the schema's '{0}' is the package's {1}", name, type.Name);
            Definition(name)["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        }
    }

    [Fact]
    public void Schema_EnumerationsAreTheLibrarysNames()
    {
        Enumeration("riskLevel").Should().Equal(Enum.GetNames<IntegrityRiskLevel>());
        Enumeration("personStatusKind").Should().Equal(Enum.GetNames<PersonStatusKind>());
        Enumeration("postRole").Should().Equal(Enum.GetNames<PostRole>());
        Enumeration("leaderRole").Should().Equal(Enum.GetNames<LeaderRole>());
        Enumeration("petitionFinding").Should().Equal(Enum.GetNames<PetitionFinding>());
        Enumeration("source").Should().Equal(Enum.GetNames<DemandSource>());
        Enumeration("talkStyle").Should().Equal(Enum.GetNames<TalkStyle>());
        Enumeration("talkMode").Should().Equal(Enum.GetNames<TalkMode>());
        Enumeration("commitmentOutcome").Should().Equal(Enum.GetNames<CommitmentOutcome>());
        Enumeration("overlapHandling").Should().Equal(Enum.GetNames<OverlapHandling>());
        Enumeration("annualBasis").Should().Equal(Enum.GetNames<AnnualBasis>());
        Enumeration("scoreSelection").Should().Equal(Enum.GetNames<ScoreSelection>());

        // The catalogue's codes, as the package reads them.
        var item = Definition("catalogueItem")["properties"]!;
        Codes(item["kind"]).Should().Equal(Enum.GetValues<ContentItemKind>().Where(k => k <= ContentItemKind.Effect).Select(k => TalkEngine.Codes.Of(k)));
        Codes(item["roles"]).Should().Equal(Enum.GetValues<SubjectRole>().Select(v => TalkEngine.Codes.Of(v)));
        Codes(item["sources"]).Should().Equal(Enum.GetValues<DemandSource>().Select(v => TalkEngine.Codes.Of(v)));
        Codes(item["styles"]).Should().Equal(Enum.GetValues<TalkStyle>().Select(v => TalkEngine.Codes.Of(v)));
        Codes(item["minRisk"]).Should().Equal(Enum.GetValues<IntegrityRiskLevel>().Select(v => TalkEngine.Codes.Of(v)));
    }

    /// <summary>Files the reader refuses (each a small change to the 2017 example): the schema refuses them too, at the same place.</summary>
    [Theory]
    [InlineData("unknown top-level key", "/inspectionRound")]
    [InlineData("unknown unit key", "/units/1/riskLevel_x")]
    [InlineData("misspelt leader role", "/leaders/0/roles/0")]
    [InlineData("period without end", "/period")]
    [InlineData("units as an object", "/units")]
    [InlineData("empty person name", "/people/0/name")]
    [InlineData("date with slashes", "/records/0/date")]
    [InlineData("null post", "/posts/0")]
    [InlineData("leader without roles", "/leaders/0/roles")]
    [InlineData("no leaders", "")]
    [InlineData("record naming a leader twice", "/records/0/talkerIds")]
    [InlineData("survey year as text", "/survey/year")]
    [InlineData("material without subject", "/materials/0")]
    [InlineData("unknown catalogue key", "/catalogue")]
    [InlineData("catalogue item of a kind outlines make", "/catalogue/items/0/kind")]
    [InlineData("enum by number", "/posts/0/role")]
    public void InvalidFile_RefusedByTheLoaderAndTheSchema(string change, string where)
    {
        var original = DocText.Read("samples/TalkEngine.Samples.Console/Data/example-2017.json");
        var file = JsonNode.Parse(original, documentOptions: Lenient)!.AsObject();
        Break(file, change);
        var json = file.ToJsonString();

        var load = () => ExampleDatasetLoader.Parse(json, "broken.json");
        load.Should().Throw<TalkEngineValidationException>("the loader refuses a file with {0}", change);
        var result = Evaluate(JsonNode.Parse(json));
        result.IsValid.Should().BeFalse("the schema refuses a file with {0}", change);
        // The list output also holds the branches of "null or …" that did not match in a valid file: only new failures count.
        var failures = Failures(result).Except(Failures(Evaluate(JsonNode.Parse(original, documentOptions: Lenient))));
        failures.Should().Contain(location => location == where || (where.Length > 0 && location.StartsWith(where + "/", StringComparison.Ordinal)), "the schema finds {0} at {1}:\n{2}", change, where, Describe(result));
    }

    private static void Break(JsonObject file, string change)
    {
        var units = file["units"]!.AsArray();
        var leaders = file["leaders"]!.AsArray();
        var records = file["records"]!.AsArray();
        switch (change)
        {
            case "unknown top-level key":
                file["inspectionRound"] = new JsonArray();
                break;
            case "unknown unit key":
                units[1]!["riskLevel_x"] = "High";
                break;
            case "misspelt leader role":
                leaders[0]!["roles"]![0] = "Secretary";
                break;
            case "period without end":
                file["period"]!.AsObject().Remove("end");
                break;
            case "units as an object":
                file["units"] = new JsonObject();
                break;
            case "empty person name":
                file["people"]![0]!["name"] = " ";
                break;
            case "date with slashes":
                records[0]!["date"] = "2017/10/09";
                break;
            case "null post":
                file["posts"]![0] = null;
                break;
            case "leader without roles":
                leaders[0]!["roles"] = new JsonArray();
                break;
            case "no leaders":
                file.Remove("leaders");
                break;
            case "record naming a leader twice":
                var talker = records[0]!["talkerIds"]![0]!.GetValue<string>();
                records[0]!["talkerIds"] = new JsonArray(talker, talker);
                break;
            case "survey year as text":
                file["survey"]!["year"] = "2016";
                break;
            case "material without subject":
                file["materials"]![0]!.AsObject().Remove("subjectId");
                break;
            case "unknown catalogue key":
                file["catalogue"] = new JsonObject { ["itemz"] = new JsonArray() };
                break;
            case "catalogue item of a kind outlines make":
                file["catalogue"] = JsonNode.Parse("""{ "items": [ { "id": "acme.evidence", "kind": "evidence", "text": { "zh": "证据", "en": "Evidence" } } ] }""");
                break;
            case "enum by number":
                file["posts"]![0]!["role"] = 0;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    private static EvaluationResults Evaluate(JsonNode? instance)
        => Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    /// <summary>The instance locations of the failed checks (JSON Pointers; the root is "").</summary>
    private static IEnumerable<string> Failures(EvaluationResults result)
        => result.Details.Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation.ToString());

    private static string Describe(EvaluationResults result)
        => string.Join("\n", result.Details.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")).Take(20));

    /// <summary>Every object of the schema that allows <c>$comment</c> keys (the reader's objects), by its definition's name ("$" for the root), with its properties in order.</summary>
    private static Dictionary<string, string[]> ObjectsWithComments()
    {
        var objects = new Dictionary<string, string[]> { ["$"] = Properties(SchemaNode.Value) };
        foreach (var (name, definition) in SchemaNode.Value["$defs"]!.AsObject())
        {
            if (definition!["patternProperties"] is JsonObject patterns && patterns.ContainsKey("^\\$comment"))
            {
                definition["additionalProperties"]!.GetValue<bool>().Should().BeFalse("'{0}' refuses keys it does not list, as the reader does", name);
                objects[name] = Properties(definition);
            }
        }

        return objects;
    }

    private static string[] Properties(JsonNode schemaObject) => schemaObject["properties"]!.AsObject().Select(p => p.Key).ToArray();

    private static JsonNode Definition(string name) => SchemaNode.Value["$defs"]![name] ?? throw new InvalidOperationException($"The schema has no $defs/{name}.");

    private static IEnumerable<string> Enumeration(string name) => Definition(name)["enum"]!.AsArray().Select(v => v!.GetValue<string>());

    /// <summary>The codes a catalogue property allows: its enum, or its list's items' enum, under a possible "null or" wrapper.</summary>
    private static IEnumerable<string> Codes(JsonNode? property)
    {
        var schema = property!["anyOf"]?[0] ?? property;
        var values = schema!["enum"] ?? schema["items"]!["enum"];
        return values!.AsArray().Select(v => v!.GetValue<string>());
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
