using System.Text;
using System.Text.Json;
using TalkEngine.Samples.ConsoleApp;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Samples;

/// <summary>The sample console as a user sees it: exit codes, output redirected to a file, data printed as it is, the chosen language.</summary>
public sealed class SampleConsoleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talkengine-console-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("balance")]                                   // --input missing
    [InlineData("balance", "--input", "x.json", "--format", "xml")]
    [InlineData("calendar", "--year", "abc")]
    [InlineData("calendar", "--year", "2026", "--lang", "fr")]
    [InlineData("no-such-command")]
    [InlineData("demo", "--no-such-option")]
    public void BadUsage_ExitsWith2NotTheInfeasibleCode(params string[] args)
    {
        var (code, _, error) = Run(args);

        code.Should().Be(SampleApp.BadInput);
        error.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("json", "99999")]
    [InlineData("json", "-9999")]
    [InlineData("table", "99999")]
    [InlineData("table", "-9999")]
    public void Calendar_YearOutsideAnyCalendar_SameClearErrorInBothFormats(string format, string year)
    {
        var (code, output, error) = Run("calendar", "--year", year, "--format", format, "--lang", "en");

        code.Should().Be(SampleApp.BadInput);
        output.Should().BeEmpty();
        error.TrimEnd().Should().NotContain("\n").And.Contain($"no holiday data for {year}").And.NotContain(" at ").And.NotContain("Exception");
    }

    [Fact]
    public void Balance_IdsThatLookLikeMarkup_PrintedAsTheyAre()
    {
        var file = Write("""{"name":"[bold]x[/]","talkers":[{"id":"[red]T1[/]","capacity":1},{"id":"T[2","capacity":1},{"id":"[/]","capacity":0}],"subjects":[{"id":"S[1]","eligible":["[red]T1[/]"]},{"id":"S2","eligible":["T[2"]},{"id":"[/]S3","eligible":["[/]"]}]}""");

        var (code, output, error) = Run("balance", "--input", file, "--lang", "en");

        error.Should().BeEmpty();
        code.Should().Be(SampleApp.Infeasible);
        output.Should().Contain("[bold]x[/]").And.Contain("[red]T1[/]").And.Contain("T[2").And.Contain("[/]S3").And.NotContain("\u001b");
    }

    [Fact]
    public void Balance_FixedLoadNear2Pow30_ExitsWith2AndNamesTheLimit()
    {
        var file = Write("""{"talkers":[{"id":"A","capacity":null,"fixedLoad":1073741824},{"id":"B","capacity":null}],"subjects":[{"id":"S1","eligible":["A","B"]}]}""");

        var (code, output, error) = Run("balance", "--input", file, "--lang", "en");

        code.Should().Be(SampleApp.BadInput);
        output.Should().BeEmpty();
        error.Should().Contain("balancing.bad-fixed-load").And.Contain("talkers[0].fixedLoad").And.Contain("1000000000").And.NotContain(" at TalkEngine");
    }

    [Fact]
    public void Balance_PreviousListOfOne_ExitsWith2InsteadOfAFeasibleAnswer()
    {
        var file = Write("""{"talkers":[{"id":"T1","capacity":1}],"subjects":[{"id":"S1","eligible":["T1"],"previous":["T1"]},{"id":"S2","eligible":["T1"]}]}""");

        var (code, _, error) = Run("balance", "--input", file, "--format", "json");

        code.Should().Be(SampleApp.BadInput);
        error.Should().Contain("subjects[0].previous");
    }

    [Fact]
    public void Balance_FileWithByteOrderMark_Solved()
    {
        var file = Path.Combine(_folder, "bom.json");
        File.WriteAllText(file, """{"talkers":[{"id":"T1","capacity":null}],"subjects":[{"id":"S1","eligible":["T1"]}]}""", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (code, output, _) = Run("balance", "--input", file, "--format", "json");

        code.Should().Be(SampleApp.Success);
        JsonDocument.Parse(output).RootElement.GetProperty("assignments")[0].GetProperty("talker").GetString().Should().Be("T1");
    }

    [Fact]
    public void Balance_ChineseErrors_EveryProblemInChinese()
    {
        var file = Write("""{"talkers":[{"id":"T1"},{"id":"T1"}],"subjects":[{"id":"S1","eligible":["T1"],"prefered":["T1"]}]}""");

        var (code, _, error) = Run("balance", "--input", file);

        code.Should().Be(SampleApp.BadInput);
        error.Should().Contain("谈话人 id“T1”出现不止一次").And.Contain("是否应为 \"preferred\"").And.Contain("2 处问题");
        error.Should().NotContain("appears more than once").And.NotContain("did you mean");
    }

    [Fact]
    public void Balance_InfeasibleInstance_ExitsWith1()
    {
        var (code, output, _) = Run("balance", "--input", SharedData.PathOf("bench", "balancing", "instances", "infeasible-small.json"), "--lang", "en");

        code.Should().Be(SampleApp.Infeasible);
        output.Should().Contain("capacity shortage");
    }

    [Fact]
    public void Demo_RedirectedOutput_NoAnsiCodesAndNoWrappedLines()
    {
        var (code, output, _) = Run("demo");

        code.Should().Be(SampleApp.Success);
        output.Should().NotContain("\u001b");
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToHashSet(StringComparer.Ordinal);
        var run = ExampleRun.Execute(ExampleDatasetLoader.Load(ExampleDataset.DefaultPath), OutputLanguage.SimplifiedChinese);
        foreach (var paragraph in run.Summary.RenderParagraphs(TextRenderer.SimplifiedChinese))
        {
            lines.Should().Contain(paragraph, "a paragraph of the summary is one line, never broken inside a word");
        }

        output.Should().Contain("涵盖率").And.NotContain("约谈涵盖率\n");
    }

    [Fact]
    public void Demo_Example2017_ShowsTheScheduleOnWorkingDaysOutsideTheBreakAndInspectionsOnSite()
    {
        var (code, output, _) = Run("demo", "--format", "json");

        code.Should().Be(SampleApp.Success);
        var schedule = System.Text.Json.Nodes.JsonNode.Parse(output)!["schedule"]!;
        var run = ExampleRun.Execute(ExampleDatasetLoader.Load(ExampleDataset.DefaultPath), OutputLanguage.SimplifiedChinese);
        schedule["talks"]!.AsArray().Should().HaveCount(49);
        schedule["provenMaximum"]!.GetValue<bool>().Should().BeTrue();
        run.Schedule.Placed.Should().Be(49);
        run.Schedule.Unplaced.Should().BeEmpty();

        var calendar = TalkEngine.Calendar.WorkingCalendar.MainlandChina;
        calendar.IsWorkingDay(new LocalDate(2017, 9, 30)).Should().BeTrue("the make-up Saturday before National Day is a working day");
        var days = run.Schedule.Talks.Select(t => t.Start.Date).ToList();
        days.Should().OnlyContain(d => calendar.IsWorkingDay(d));
        days.Should().NotContain(d => d >= new LocalDate(2017, 10, 1) && d <= new LocalDate(2017, 10, 8), "National Day and Mid-Autumn");
        var demands = run.Demands.Demands.ToDictionary(d => d.Id);
        var inspections = run.Schedule.Talks.Where(t => demands[t.TalkId].Source == TalkEngine.Demands.DemandSource.Inspection).ToList();
        inspections.Should().HaveCount(6);
        inspections.Should().OnlyContain(t => demands[t.TalkId].Window.Contains(t.Start.Date), "an inspection talk is held while the team is on site");

        var (_, text, _) = Run("demo");
        text.Should().Contain("约谈排期").And.Contain("49 次约谈中 49 次排入");
    }

    private string Write(string json)
    {
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, json);
        return file;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SampleApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
