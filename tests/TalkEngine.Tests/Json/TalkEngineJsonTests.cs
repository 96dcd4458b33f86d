using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalkEngine.Balancing;
using TalkEngine.Calendar;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using TalkEngine.Samples.ConsoleApp.Example;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Json;

/// <summary>The results' JSON contract: shape, size, and golden files of the 2017 example.</summary>
public sealed class TalkEngineJsonTests
{
    private static readonly Lazy<ExampleRun> Example = new(() => ExampleRun.Execute(ExampleDatasetLoader.Load(FindUp("samples/TalkEngine.Samples.Console/Data/example-2017.json")), OutputLanguage.SimplifiedChinese));

    [Fact]
    public void Options_AreFrozenAndKnowEveryResultType()
    {
        TalkEngineJson.Options.IsReadOnly.Should().BeTrue();
        foreach (var type in new[] { typeof(DemandSet), typeof(BalancingPlan), typeof(CoverageReport), typeof(RecordValidationResult), typeof(YearSummary), typeof(Reason) })
        {
            TalkEngineJson.Options.GetTypeInfo(type).Type.Should().Be(type);
        }

        FluentActions.Invoking(() => TalkEngineJson.TypeInfo<Uri>()).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void CoverageReport_OneRecord_IsCompactCamelCaseWithCodesAndIsoDates()
    {
        var report = new CoverageCalculator().Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9, DemandSource.SatisfactionSurvey)], Year2017);

        var json = JsonSerializer.Serialize(report, TalkEngineJson.TypeInfo<CoverageReport>());

        json.Length.Should().BeLessThan(5_000, "a DateInterval is one ISO string, not its 365 dates");
        json.Should().NotContain("\n").And.NotContain("null").And.NotContain("\"Period\"");
        var node = JsonNode.Parse(json)!;
        node["period"]!.GetValue<string>().Should().Be("2017-01-01/2017-12-31");
        node["personTimes"]!["bySource"]![0]!["source"]!.GetValue<string>().Should().Be("satisfaction-survey");
        node["validation"]!["valid"]![0]!["date"]!.GetValue<string>().Should().Be("2017-10-09");
        node["byUnitKind"]![0]!["kind"]!.GetValue<string>().Should().Be(report.ByUnitKind[0].Kind.Code);
    }

    [Fact]
    public void Reason_IsCodeAndArguments_AndReadsBack()
    {
        var reason = Reason.Of("coverage.example", "person", "P1", "date", "2017-10-09");

        var json = JsonSerializer.Serialize(reason, TalkEngineJson.Options);

        json.Should().Be("""{"code":"coverage.example","args":{"person":"P1","date":"2017-10-09"}}""");
        JsonSerializer.Deserialize(json, TalkEngineJson.TypeInfo<Reason>()).Should().Be(reason);
    }

    [Fact]
    public void Enums_AreTheirCodes_AsValuesAndMapKeys()
    {
        var options = new JsonSerializerOptions(TalkEngineJson.Options)
        {
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
                TalkEngineJson.Options.TypeInfoResolver, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
        };
        var map = new Dictionary<DemandSource, TalkStyle> { [DemandSource.SatisfactionSurvey] = TalkStyle.Admonition };

        // The converters work for any type serialized with a copy of the options (the console's documents do this).
        var json = JsonSerializer.Serialize(map, options);

        json.Should().Be("""{"satisfaction-survey":"admonition"}""");
        foreach (var source in Enum.GetValues<DemandSource>())
        {
            JsonSerializer.Serialize(source, options).Should().Be($"\"{Codes.Of(source)}\"");
        }

        FluentActions.Invoking(() => JsonSerializer.Deserialize<DemandSource>("\"gossip\"", options)).Should().Throw<JsonException>().WithMessage("*gossip*annual*");
    }

    [Fact]
    public void DemandSet_2017_IsSmall()
    {
        var json = JsonSerializer.Serialize(Example.Value.Demands, TalkEngineJson.Options);

        // 49 demands; with a DateInterval enumerated as its dates this was megabytes.
        json.Length.Should().BeLessThan(60_000);
        JsonNode.Parse(json)!["demands"]![0]!["window"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$");
    }

    [Fact]
    public void Golden_2017_DemandSet() => Golden("demand-set-2017.json", Example.Value.Demands);

    [Fact]
    public void Golden_2017_BalancingPlan() => Golden("balancing-plan-2017.json", Example.Value.Balance);

    [Fact]
    public void Golden_2017_CoverageReport() => Golden("coverage-report-2017.json", Example.Value.Coverage);

    [Fact]
    public void Golden_2017_Schedule() => Golden("schedule-2017.json", Example.Value.Schedule);

    [Fact]
    public void Golden_2017_YearSummary() => Golden("year-summary-2017.json", Example.Value.Summary);

    /// <summary>
    /// Compares the contract's JSON of <paramref name="value"/> byte for byte with tests/TalkEngine.Tests/Golden/<paramref name="file"/>;
    /// with <c>UPDATE_GOLDEN=1</c> rewrites the file instead. The files are indented, with Chinese unescaped, so that a
    /// diff shows what changed; otherwise they are exactly the contract's output.
    /// </summary>
    private static void Golden<T>(string file, T value)
    {
        var options = new JsonSerializerOptions(TalkEngineJson.Options) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var actual = JsonSerializer.Serialize(value, options).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(FindUp("tests/TalkEngine.Tests/Golden"), file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        File.Exists(path).Should().BeTrue($"{path} is the golden file; create it with UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~Golden");
        var expected = File.ReadAllText(path);
        actual.Should().Be(expected, $"the JSON contract of {typeof(T).Name} changed; if on purpose, regenerate with UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~Golden and review the diff");
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} was not found above the test binaries.");
    }
}
