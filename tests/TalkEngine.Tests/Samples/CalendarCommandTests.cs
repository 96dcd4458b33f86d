using System.CommandLine;
using System.Text.Json;
using TalkEngine.Samples.ConsoleApp;
using static TalkEngine.Tests.Calendar.ReferenceData;

namespace TalkEngine.Tests.Samples;

/// <summary>Runs the sample console's calendar and demo commands in-process.</summary>
public sealed class CalendarCommandTests
{
    [Fact]
    public void CalendarJson_2026_HasOneEntryPerDayWithKindsAndNames()
    {
        var (code, output, error) = Run("calendar", "--year", "2026", "--format", "json");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("{\"year\":2026,\"days\":[{\"date\":\"2026-01-01\",\"working\":false,\"kind\":\"holiday\",\"name\":\"元旦\"},");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("year").GetInt32().Should().Be(2026);
        var days = json.RootElement.GetProperty("days").EnumerateArray().ToList();
        days.Should().HaveCount(365);
        days.Select(d => d.GetProperty("date").GetString()).Should().Equal(Enumerable.Range(0, 365).Select(i => Iso(D("2026-01-01").PlusDays(i))));
        var saturday = days.Single(d => d.GetProperty("date").GetString() == "2026-02-14");
        saturday.GetProperty("working").GetBoolean().Should().BeTrue();
        saturday.GetProperty("kind").GetString().Should().Be("makeup-workday");
        saturday.GetProperty("name").GetString().Should().Be("春节");
        var plain = days.Single(d => d.GetProperty("date").GetString() == "2026-03-02");
        plain.GetProperty("kind").GetString().Should().Be("workday");
        plain.TryGetProperty("name", out _).Should().BeFalse();
        days.Select(d => d.GetProperty("kind").GetString()).Distinct().Should().BeEquivalentTo("workday", "weekend", "holiday", "makeup-workday");
        days.Count(d => d.GetProperty("working").GetBoolean()).Should().Be(248);
        days.Where(d => d.TryGetProperty("name", out _)).Should().OnlyContain(d => d.GetProperty("kind").GetString()!.Contains("holiday") || d.GetProperty("kind").GetString() == "makeup-workday");
    }

    [Fact]
    public void CalendarJson_English_UsesEnglishNames()
    {
        var (_, output, _) = Run("calendar", "--year", "2026", "--format", "json", "--lang", "en");

        output.Should().Contain("{\"date\":\"2026-02-14\",\"working\":true,\"kind\":\"makeup-workday\",\"name\":\"Spring Festival\"}");
    }

    [Fact]
    public void Calendar_YearWithoutData_ExitsWith2AndOneLineOnStderr()
    {
        var (code, output, error) = Run("calendar", "--year", "2027", "--format", "json");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.TrimEnd().Should().NotContain("\n").And.Contain("2027").And.Contain("TalkEngine:Calendar:Years").And.NotContain(" at ");
    }

    [Fact]
    public void CalendarTable_2026_ListsBreaksAndMakeupWorkdays()
    {
        var (code, output, _) = Run("calendar", "--year", "2026");

        code.Should().Be(0);
        output.Should().Contain("春节").And.Contain("02-15（周日） – 02-23（周一）").And.Contain("02-14（周六）").And.Contain("248 个工作日");
    }

    [Fact]
    public void Demo_ShowsCalendarWorkOf2017()
    {
        var (code, output, _) = Run("demo", "--lang", "en");

        code.Should().Be(0);
        output.Should().Contain("National Day, Mid-Autumn Festival").And.Contain("2017-10-27 (Fri)").And.Contain("249 working days");
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(new CalendarCommand().Build());
        root.Subcommands.Add(new DemoCommand().Build());
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
