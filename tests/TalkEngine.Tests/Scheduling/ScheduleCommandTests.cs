using System.Text.Json;
using TalkEngine.Samples.ConsoleApp;

namespace TalkEngine.Tests.Scheduling;

/// <summary>The console's <c>schedule</c> command: the JSON shape, exit codes 0/1/2, located problems.</summary>
public sealed class ScheduleCommandTests
{
    private static string Instance(string name) => SharedData.PathOf("bench", "scheduling", "instances", name + ".json");

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SampleApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Schedule_Tiny5Json_TwentyPlacedProvenFourUnplacedWithReasonsExit1()
    {
        var (code, output, error) = Run("schedule", "--input", Instance("tiny-5"), "--format", "json");

        error.Should().BeEmpty();
        code.Should().Be(SampleApp.Infeasible);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("placed").GetInt32().Should().Be(20);
        root.GetProperty("upperBound").GetInt32().Should().Be(20);
        root.GetProperty("provenMaximum").GetBoolean().Should().BeTrue();
        var first = root.GetProperty("talks")[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal("talk", "date", "start", "end");
        first.GetProperty("start").GetString().Should().MatchRegex("^[0-9]{2}:[0-9]{2}$");
        var unplaced = root.GetProperty("unplaced").EnumerateArray().ToList();
        unplaced.Should().HaveCount(4);
        unplaced.Should().OnlyContain(u => u.GetProperty("reason").GetString()!.Length > 0 && u.GetProperty("detail").GetString()!.Length > 0);
    }

    [Fact]
    public void Schedule_Company49Table_EveryTalkPlacedExit0WithWeekView()
    {
        var (code, output, _) = Run("schedule", "--input", Instance("company-49"), "--lang", "en");

        code.Should().Be(SampleApp.Success);
        output.Should().Contain("proven maximum").And.Contain("Week view").And.Contain("Leader T0001");
    }

    [Fact]
    public void Schedule_BadFile_Exit2WithEveryProblemAndItsJsonPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"talkengine-schedule-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"name":"bad","talkers":[{"id":"T1","dailyCap":0,"weeklyCap":2,"busy":["2026-13-01"]}],
             "subjects":[{"id":"P1","busy":[],"extra":1}],
             "talks":[{"id":"K1","talker":"T9","subject":"P1","source":"annual","from":"2026-11-02","to":"2026-11-01"}]}
            """);
        try
        {
            var (code, output, error) = Run("schedule", "--input", file, "--format", "json");

            code.Should().Be(SampleApp.BadInput);
            output.Should().BeEmpty();
            error.Should().Contain("$.talkers[0].dailyCap").And.Contain("$.talkers[0].busy[0]").And.Contain("$.subjects[0].extra")
                .And.Contain("$.talks[0].to").And.Contain("line 2");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Schedule_UnknownTalkerAndDuplicateTalk_Exit2WithTheirJsonPathsAndLines()
    {
        // Well-formed, so only the cross-checks (made once the request rejects the file) find these.
        var file = Path.Combine(Path.GetTempPath(), $"talkengine-schedule-refs-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"talkers":[{"id":"T1","dailyCap":1,"weeklyCap":2}],"subjects":[{"id":"P1"}],
             "talks":[{"id":"K1","talker":"T1","subject":"P1","from":"2026-11-02","to":"2026-11-06"},
              {"id":"K1","talker":"T9","subject":"P1","from":"2026-11-02","to":"2026-11-06"}]}
            """);
        try
        {
            var (code, output, error) = Run("schedule", "--input", file, "--format", "json");

            code.Should().Be(SampleApp.BadInput);
            output.Should().BeEmpty();
            error.Should().Contain("$.talks[1].id").And.Contain("$.talks[1].talker").And.Contain("T9").And.Contain("line 3");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
