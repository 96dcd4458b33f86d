using System.CommandLine;
using TalkEngine.Samples.ConsoleApp.Scheduling;
using IcalCalendar = Ical.Net.Calendar;

namespace TalkEngine.ICalendar.Tests;

/// <summary><c>schedule --format ics</c> on a small bench file: the placed talks as events, to stdout or <c>--out</c>.</summary>
public sealed class ScheduleCommandIcsTests : IDisposable
{
    // Two talks of one leader on Monday 2026-11-02 (slots 09:00 and 10:00), one inspection talk on Tuesday, one without a source.
    private const string Bench = """
        {"name": "ics-4", "seed": 1, "year": 2026,
         "talkers": [{"id": "T1", "dailyCap": 2, "weeklyCap": 5, "busy": []}],
         "subjects": [{"id": "P1", "busy": []}, {"id": "P2", "busy": []}, {"id": "P3", "busy": []}, {"id": "P4", "busy": []}],
         "talks": [
           {"id": "K1", "talker": "T1", "subject": "P1", "source": "annual", "from": "2026-11-02", "to": "2026-11-02"},
           {"id": "K2", "talker": "T1", "subject": "P2", "source": "annual", "from": "2026-11-02", "to": "2026-11-02"},
           {"id": "K3", "talker": "T1", "subject": "P3", "source": "inspection", "from": "2026-11-03", "to": "2026-11-03"},
           {"id": "K4", "talker": "T1", "subject": "P4", "source": "special-audit", "from": "2026-11-04", "to": "2026-11-04"}
         ]}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("ics-cmd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ScheduleFormatIcs_Stdout_OneEventPerPlacedTalkWithIdsAsNames()
    {
        var input = Write("bench.json", Bench);

        var (code, output, error) = Run("schedule", "--input", input, "--format", "ics");

        error.Should().BeEmpty();
        code.Should().Be(0);
        var calendar = IcalCalendar.Load(output)!;
        calendar.Events.Select(e => e.Uid).Should().Equal("K1.2026@talkengine", "K2.2026@talkengine", "K3.2026@talkengine", "K4.2026@talkengine");
        var k1 = calendar.Events[0]!;
        k1.Summary.Should().Be("年度约谈：T1与P1谈话");
        k1.DtStart!.TzId.Should().Be("Asia/Shanghai");
        k1.DtStart.Value.Should().Be(new DateTime(2026, 11, 2, 9, 0, 0));
        k1.DtEnd!.Value.Should().Be(new DateTime(2026, 11, 2, 9, 45, 0));
        calendar.Events[1]!.DtStart!.Value.Should().Be(new DateTime(2026, 11, 2, 10, 0, 0));
        calendar.Events[2]!.Summary.Should().Be("巡察：T1与P3谈话");
        calendar.Events[3]!.Summary.Should().Be("special-audit：T1与P4谈话", "an unknown source is written as the bench gives it");
    }

    [Fact]
    public void ScheduleFormatIcs_OutFileInEnglish_SameCalendarTwice()
    {
        var input = Write("bench.json", Bench);
        var first = Path.Combine(_dir, "a.ics");
        var second = Path.Combine(_dir, "b.ics");

        Run("schedule", "--input", input, "--format", "ics", "--out", first, "--lang", "en").Code.Should().Be(0);
        var (code, output, _) = Run("schedule", "--input", input, "--format", "ics", "--out", second, "--lang", "en");

        code.Should().Be(0);
        output.Should().BeEmpty();
        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
        var calendar = IcalCalendar.Load(File.ReadAllText(first))!;
        calendar.Events.Select(e => e.Summary).Should().Equal(
            "Annual round: T1 with P1", "Annual round: T1 with P2", "Inspection: T1 with P3", "Special-audit: T1 with P4");
    }

    [Fact]
    public void ScheduleFormatIcs_BadFile_ExitTwoAndNoCalendar()
    {
        var input = Write("bad.json", """{"name": "x", "talkers": 3}""");

        var (code, output, error) = Run("schedule", "--input", input, "--format", "ics");

        code.Should().Be(2);
        output.Should().NotContain("BEGIN:VCALENDAR");
        error.Should().NotBeEmpty();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(new ScheduleCommand().Build());
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
