using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Samples;

public sealed class ExampleDatasetLoaderTests
{
    private const string Minimal = """
        {
          "period": { "start": "2017-01-01", "end": "2017-12-31" },
          "units": [ { "id": "U1", "name": "办公室", "kind": "hq-department" } ],
          "people": [ { "id": "P1", "name": "张一" } ],
          "posts": [ { "unitId": "U1", "role": "AdministrativeHead", "holderId": "P1" } ],
          "leaders": [ { "id": "L1", "name": "孙书记", "roles": [ "PartySecretary" ], "supervisedUnitIds": [ "U1" ] } ],
          "records": [ { "id": "R1", "date": "2017-10-30", "subjectId": "P1", "talkerIds": [ "L1" ], "source": "Annual", "style": "Reminder" } ]
        }
        """;

    [Fact]
    public void Parse_Minimal_BuildsRosterAndRecords()
    {
        var dataset = ExampleDatasetLoader.Parse(Minimal, "minimal.json");

        dataset.Roster.People.Should().ContainSingle();
        dataset.Records.Single().Date.Should().Be(new LocalDate(2017, 10, 30));
        dataset.Sources.Should().HaveCount(Enum.GetValues<TalkEngine.Demands.DemandSource>().Length);
        dataset.Survey.Should().BeNull();
    }

    [Fact]
    public void Parse_InvalidJson_ReportsLine()
    {
        var act = () => ExampleDatasetLoader.Parse("{ \"units\": [ }", "bad.json");

        act.Should().Throw<TalkEngineValidationException>()
            .Where(e => e.ErrorCode == "dataset" && e.Problems.Single().Code == "dataset.invalid-json")
            .WithMessage("*bad.json*line 1*");
    }

    [Fact]
    public void Parse_WrongShape_NamesThePathNotDotNetTypes()
    {
        var act = () => ExampleDatasetLoader.Parse("{ \"units\": 5 }", "shape.json");

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Single(p => p.Path == "units");
        problem.Code.Should().Be("dataset.wrong-type");
        problem.Message.Should().Contain("should be a list").And.Contain("line 1, column 12").And.NotContain("System.");
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsAllWithPaths()
    {
        var json = Minimal
            .Replace("\"date\": \"2017-10-30\"", "\"date\": \"30/10/2017\"")
            .Replace("\"style\": \"Reminder\"", "\"style\": \"Friendly\"")
            .Replace("\"role\": \"AdministrativeHead\"", "\"role\": \"Boss\"")
            .Replace("\"name\": \"张一\"", "\"name\": \"\"");

        var act = () => ExampleDatasetLoader.Parse(json, "mistakes.json");

        var problems = act.Should().Throw<TalkEngineValidationException>().Which.Problems;
        problems.Select(p => p.Path).Should().BeEquivalentTo("people[0].name", "posts[0].role", "records[0].date", "records[0].style");
        problems.Single(p => p.Path == "records[0].style").Message.Should().Contain("Reminder, Warning, Communication, Admonition, Care");
        problems.Single(p => p.Path == "records[0].date").Message.Should().Contain("yyyy-MM-dd");
    }

    [Fact]
    public void Parse_MissingLists_NamesThem()
    {
        var act = () => ExampleDatasetLoader.Parse("""{ "period": { "start": "2017-01-01", "end": "2017-12-31" } }""", "empty.json");

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => p.Path)
            .Should().Equal("units", "people", "posts", "leaders");
    }

    [Fact]
    public void Parse_RosterContradiction_ReportedByTheRoster()
    {
        var json = Minimal.Replace("\"unitId\": \"U1\", \"role\"", "\"unitId\": \"U9\", \"role\"");

        var act = () => ExampleDatasetLoader.Parse(json, "roster.json");

        // The roster's own check, reported with the file's problems (one pass), at the file's path.
        act.Should().Throw<TalkEngineValidationException>().Where(e => e.ErrorCode == "dataset").WithMessage("*U9*")
            .Which.Problems.Should().ContainSingle(p => p.Code == "roster.unknown-post-unit" && p.Path == "posts[0].unitId");
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var act = () => ExampleDatasetLoader.Load("/no/such/roster.json");

        act.Should().Throw<TalkEngineValidationException>().WithMessage("*/no/such/roster.json*does not exist*");
    }

    [Fact]
    public void Load_MinifiedFileOfOneLine_PlacesEachProblemAtItsCharacterColumn()
    {
        // The 2017 example on one line (Chinese names before the mistakes, so columns count characters, not bytes),
        // with misspelt keys near the start and at the end: the reader counts columns on from the last place asked.
        var file = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(ExampleDataset.DefaultPath), documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        var units = file["units"]!.AsArray();
        units[0]!["riskLevel_a"] = "High";
        units[^1]!["riskLevel_b"] = "High";
        var json = file.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.Should().NotContain("\n");

        var act = () => ExampleDatasetLoader.Parse(json, "minified.json");

        var problems = act.Should().Throw<TalkEngineValidationException>().Which.Problems;
        problems.Select(p => p.Path).Should().Equal("units[0].riskLevel_a", $"units[{units.Count - 1}].riskLevel_b");
        foreach (var (problem, key) in problems.Zip(new[] { "riskLevel_a", "riskLevel_b" }))
        {
            var column = json.IndexOf("\"" + key + "\"", StringComparison.Ordinal) + 1;
            problem.Message.Should().Contain($"line 1, column {column}");
        }
    }
}
