using System.Text.Json;
using System.Text.Json.Nodes;
using TalkEngine.Samples.ConsoleApp;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Samples;

/// <summary><c>plan</c>: the whole year of the 2017 example and of a bad file, as the evaluator runs it; <c>--help</c> on every command.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private static readonly Lazy<ExampleRun> Run2017 = new(() => ExampleRun.Execute(ExampleDatasetLoader.Load(ExampleDataset.DefaultPath), OutputLanguage.SimplifiedChinese));

    private readonly string _folder = Directory.CreateTempSubdirectory("talkengine-plan-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Plan_Example2017Table_ShowsTheWholeYearInChinese()
    {
        var (code, output, error) = Run("plan");

        code.Should().Be(SampleApp.Success, error);
        error.Should().BeEmpty();
        output.Should().NotContain("\u001b", "redirected output has no ANSI codes and no progress display");
        output.Should()
            .Contain("约谈需求（按来源）")
            .And.Contain("年度约谈35次由12位领导分担：11人各3次、1人2次")
            .And.Contain("约谈安排与提纲")
            .And.Contain("49 次约谈中 49 次排入")
            .And.Contain("收到汇报材料33份（应收35份）")
            .And.Contain("涵盖率100%（35/35）")
            .And.Contain("约谈49人次")
            .And.Contain("年度约谈工作小结");

        // Every talk is a row of the talks table, with its leader and who fixed it.
        var rows = output.Split('\n').Where(l => l.StartsWith("│ ", StringComparison.Ordinal)).ToArray();
        foreach (var talk in Run2017.Value.Plan.Talks)
        {
            rows.Should().Contain(r => r.StartsWith("│ " + talk.DemandId + " ", StringComparison.Ordinal), "the talk {0} is listed", talk.DemandId);
        }

        rows.Count(r => r.StartsWith("│ inspection-", StringComparison.Ordinal) && r.Contains("来源指定", StringComparison.Ordinal)).Should().Be(6);
        rows.Count(r => r.StartsWith("│ survey-", StringComparison.Ordinal) && r.Contains("│ 胡少华 │ 来源指定", StringComparison.Ordinal)).Should().Be(8, "the discipline secretary holds every survey talk");
    }

    [Fact]
    public void Plan_English_SectionsInEnglish()
    {
        var (code, output, _) = Run("plan", "--lang", "en");

        code.Should().Be(SampleApp.Success);
        output.Should().Contain("Talks and their outlines").And.Contain("49 of 49 talks scheduled").And.Contain("reports received: 33 of 35").And.Contain("rate 35/35 (100%)");
        output.Should().NotContain("约谈安排与提纲");
    }

    [Fact]
    public void Plan_Example2017Json_IsThePackagesContract()
    {
        var (code, output, error) = Run("plan", "--format", "json");

        code.Should().Be(SampleApp.Success, error);
        var document = JsonNode.Parse(output)!;
        var run = Run2017.Value;

        // The package's results, each exactly as TalkEngineJson writes it.
        JsonNode.DeepEquals(document["plan"], JsonNode.Parse(JsonSerializer.Serialize(run.Plan, TalkEngineJson.Options))).Should().BeTrue("plan is the YearPlan's contract");
        JsonNode.DeepEquals(document["schedule"], JsonNode.Parse(JsonSerializer.Serialize(run.Schedule, TalkEngineJson.Options))).Should().BeTrue("schedule is the TalkSchedule's contract");
        JsonNode.DeepEquals(document["coverage"], JsonNode.Parse(JsonSerializer.Serialize(run.Coverage, TalkEngineJson.Options))).Should().BeTrue("coverage is the CoverageReport's contract");
        var outlines = run.Plan.Outlines(run.Dataset.Records);
        document["outlines"]!.AsArray().Should().HaveCount(outlines.Count);
        for (var i = 0; i < outlines.Count; i++)
        {
            JsonNode.DeepEquals(document["outlines"]![i], JsonNode.Parse(JsonSerializer.Serialize(outlines[i], TalkEngineJson.Options))).Should().BeTrue("an outline for every talk, in the TalkOutline's contract");
        }

        document["plan"]!["demands"]!["demands"]!.AsArray().Should().HaveCount(49);
        document["outlines"]!.AsArray().Should().HaveCount(49);
        document["schedule"]!["placed"]!.GetValue<int>().Should().Be(49);
        document["coverage"]!["rate"]!["numerator"]!.GetValue<int>().Should().Be(35);
        document["coverage"]!["rate"]!["denominator"]!.GetValue<int>().Should().Be(35);
        document["coverage"]!["personTimes"]!["total"]!.GetValue<int>().Should().Be(49);
        document["materials"]!["received"]!.GetValue<int>().Should().Be(33);
        document["materials"]!["expected"]!.GetValue<int>().Should().Be(35);
        document["summaryText"]![0]!.GetValue<string>().Should().StartWith("2017年，公司党委组织约谈49人次。");
    }

    [Fact]
    public void Plan_SameInputTwice_ByteIdenticalOutput()
    {
        Run("plan", "--format", "json").Output.Should().Be(Run("plan", "--format", "json").Output);
        Run("plan").Output.Should().Be(Run("plan").Output);
    }

    [Theory]
    [InlineData("table", "zh")]
    [InlineData("json", "zh")]
    [InlineData("table", "en")]
    [InlineData("json", "en")]
    public void Plan_BadFile_Exits2WithOneLinePerProblemAndItsPath(string format, string lang)
    {
        var file = Path.Combine(_folder, "bad.json");
        File.WriteAllText(file, """{"period":{"start":"2017-01-01"},"units":[{"id":"U1","kind":"hq-departmnt"}],"people":[],"posts":[],"leaders":[],"bogus":1}""");

        var (code, output, error) = Run("plan", "--input", file, "--format", format, "--lang", lang);

        code.Should().Be(SampleApp.BadInput);
        output.Should().BeEmpty();
        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(5, "a heading and one line for each of the four problems");
        lines.Skip(1).Select(l => l.Split(' ', 5)[4].Split(':')[0]).Should().Equal("bogus", "period.end", "units[0].name", "units[0].kind");
        lines.Skip(1).Should().OnlyContain(l => l.StartsWith("  - [dataset.", StringComparison.Ordinal));
        error.Should().NotContain(" at TalkEngine").And.NotContain("Exception");
    }

    [Fact]
    public void Plan_InspectionOnSiteOnlyInTheNationalDayBreak_Exits1AndNamesTheTalksLeftOut()
    {
        var file = JsonNode.Parse(File.ReadAllText(ExampleDataset.DefaultPath))!;
        file["inspectionRounds"]![0]!["onSite"] = new JsonObject { ["start"] = "2017-10-01", ["end"] = "2017-10-08" };
        var path = Path.Combine(_folder, "holiday.json");
        File.WriteAllText(path, file.ToJsonString());

        var (code, output, error) = Run("plan", "--input", path, "--lang", "en");

        code.Should().Be(SampleApp.Infeasible, error);
        output.Should().Contain("46 of 49 talks scheduled");
        output.Split('\n').Count(l => l.StartsWith("inspection-XC-2017-1-", StringComparison.Ordinal) && l.Contains("no working day in its window", StringComparison.Ordinal)).Should().Be(3);
        Run("plan", "--input", path, "--format", "json").Code.Should().Be(SampleApp.Infeasible);
    }

    [Fact]
    public void Plan_MissingFile_Exits2WithOneProblem()
    {
        var (code, output, error) = Run("plan", "--input", Path.Combine(_folder, "none.json"), "--lang", "en");

        code.Should().Be(SampleApp.BadInput);
        output.Should().BeEmpty();
        error.Should().Contain("dataset.file-not-found").And.Contain("does not exist");
    }

    [Fact]
    public void Plan_AllSourcesExample_EveryTalkPlannedAndListed()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Data", "example-2018-all-sources.json");

        var (code, output, error) = Run("plan", "--input", file, "--format", "json");

        code.Should().BeOneOf([SampleApp.Success, SampleApp.Infeasible], error);
        var document = JsonNode.Parse(output)!;
        document["outlines"]!.AsArray().Count.Should().Be(document["plan"]!["talks"]!.AsArray().Count);
        var sources = document["plan"]!["talks"]!.AsArray().Select(t => t!["source"]!.GetValue<string>()).ToHashSet();
        sources.Should().Contain(["annual", "inspection", "petition", "pre-appointment"]);
    }

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in SampleApp.CreateRoot().Subcommands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_ListsItsOptionsAndExits0(string name)
    {
        var command = SampleApp.CreateRoot().Subcommands.Single(c => c.Name == name);
        foreach (var help in new[] { "--help", "-h" })
        {
            var (code, output, error) = Run(name, help);

            code.Should().Be(SampleApp.Success, error);
            error.Should().BeEmpty();
            output.Should().Contain(command.Description!);
            foreach (var option in command.Options)
            {
                output.Should().Contain(option.Name, "{0} --help lists {1}", name, option.Name);
            }
        }
    }

    [Fact]
    public void Help_Root_ListsEveryCommandAndPlanAmongThem()
    {
        var (code, output, _) = Run("--help");

        code.Should().Be(SampleApp.Success);
        var names = SampleApp.CreateRoot().Subcommands.Select(c => c.Name).ToArray();
        names.Should().Contain("plan");
        foreach (var name in names)
        {
            output.Should().Contain(name);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SampleApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
