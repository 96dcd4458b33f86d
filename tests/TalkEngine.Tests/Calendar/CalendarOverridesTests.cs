using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalkEngine.Calendar;
using static TalkEngine.Tests.Calendar.ReferenceData;

namespace TalkEngine.Tests.Calendar;

public sealed class CalendarOverridesTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.MainlandChina;

    // A plausible 2027 notice (test data, not an announcement): New Year, Spring Festival with two make-up days.
    private const string Year2027Json = """
        {
          "years": [
            { "year": 2027, "days": [
              { "date": "2027-01-01", "kind": "holiday", "nameZh": "元旦", "nameEn": "New Year's Day" },
              { "date": "2027-02-06", "kind": "holiday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-07", "kind": "holiday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-08", "kind": "holiday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-09", "kind": "holiday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-10", "kind": "holiday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-11", "kind": "holiday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-12", "kind": "holiday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-13", "kind": "holiday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-14", "kind": "makeup-workday", "nameZh": "春节", "nameEn": "Spring Festival" },
              { "date": "2027-02-20", "kind": "makeup-workday", "nameZh": "春节", "nameEn": "Spring Festival" }
            ] }
          ],
          "days": [
            { "date": "2026-06-01", "kind": "holiday", "nameZh": "公司成立日", "nameEn": "Company Day" },
            { "date": "2026-06-06", "kind": "workday" }
          ]
        }
        """;

    [Fact]
    public void AddYear_InCode_Covers2027WithItsHolidaysAndMakeupWorkdays()
    {
        var calendar = China.WithOverrides(o => o.AddYear(2027, y => y
            .AddHoliday(D("2027-01-01"), "元旦", "New Year's Day")
            .AddHoliday(D("2027-02-08"), "春节", "Spring Festival")
            .AddMakeupWorkday(D("2027-02-06"), "春节", "Spring Festival")));

        calendar.Covers(2027).Should().BeTrue();
        calendar.IsWorkingDay(D("2027-01-01")).Should().BeFalse();
        calendar.IsWorkingDay(D("2027-01-04")).Should().BeTrue();
        calendar.GetDay(D("2027-02-06")).Kind.Should().Be(CalendarDayKind.MakeupWorkday);
        calendar.NextWorkingDay(D("2026-12-31")).Should().Be(D("2027-01-04"));
        calendar.GetHolidayPeriods(2027).Select(p => $"{p.Name.Chinese} {Iso(p.FirstDay)}..{Iso(p.LastDay)}").Should().Equal(
            "元旦 2027-01-01..2027-01-03", "春节 2027-02-07..2027-02-08"); // the Sunday before joins the break
        calendar.GetHolidayPeriods(2027)[1].MakeupWorkdays.Should().Equal(D("2027-02-06"));
        China.Covers(2027).Should().BeFalse(); // the base calendar is unchanged
    }

    [Fact]
    public void AddYear_NewYearBreakStartingInDecember_BelongsToTheNewYear()
    {
        var calendar = China.WithOverrides(o => o.AddYear(2027, y => y
            .AddMakeupWorkday(D("2026-12-26"), "元旦", "New Year's Day")
            .AddHoliday(D("2026-12-31"), "元旦", "New Year's Day")
            .AddHoliday(D("2027-01-01"), "元旦", "New Year's Day")));

        calendar.IsWorkingDay(D("2026-12-31")).Should().BeFalse();
        calendar.IsWorkingDay(D("2026-12-26")).Should().BeTrue();
        var newYear = calendar.GetHolidayPeriods(2027).Single();
        newYear.FirstDay.Should().Be(D("2026-12-31"));
        newYear.LastDay.Should().Be(D("2027-01-03"));
        newYear.MakeupWorkdays.Should().Equal(D("2026-12-26"));
        calendar.GetHolidayPeriods(2026).Should().NotContain(p => p.FirstDay == D("2026-12-31"));
    }

    [Fact]
    public void CompanyDayOff_AndCompanySaturdayOn_ChangeOnlyThoseDays()
    {
        var calendar = China.WithOverrides(o => o
            .AddHoliday(D("2026-06-01"), "公司成立日", "Company Day")
            .AddWorkday(D("2026-06-06")));

        calendar.GetDay(D("2026-06-01")).Kind.Should().Be(CalendarDayKind.Holiday);
        calendar.GetDay(D("2026-06-01")).Holiday!.English.Should().Be("Company Day");
        calendar.IsWorkingDay(D("2026-06-06")).Should().BeTrue();
        calendar.GetDay(D("2026-06-06")).Kind.Should().Be(CalendarDayKind.Workday);
        calendar.CountWorkingDays(new DateInterval(D("2026-06-01"), D("2026-06-07"))).Should().Be(5); // Mon off, Sat on
        China.CountWorkingDays(new DateInterval(D("2026-06-01"), D("2026-06-07"))).Should().Be(5);
        calendar.GetHolidayPeriods(2026).Should().Contain(p => p.Name.Chinese == "公司成立日" && p.FirstDay == D("2026-05-30") && p.LastDay == D("2026-06-01"));
        China.IsWorkingDay(D("2026-06-01")).Should().BeTrue();
    }

    [Fact]
    public void Overrides_CancelHolidayAndMakeupWorkday_WithWorkdayAndWeekend()
    {
        var calendar = China.WithOverrides(o => o.AddWorkday(D("2026-10-07")).AddWeekend(D("2026-10-10")));

        calendar.GetDay(D("2026-10-07")).Kind.Should().Be(CalendarDayKind.Workday);
        calendar.GetDay(D("2026-10-10")).Kind.Should().Be(CalendarDayKind.Weekend);
        calendar.GetHolidayPeriods(2026).Single(p => p.Name.Chinese == "国庆节").LastDay.Should().Be(D("2026-10-06"));
    }

    [Fact]
    public void WithOverrides_LayersCompose_LaterLayerWins()
    {
        var dayOff = China.WithOverrides(o => o.AddHoliday(D("2026-06-01"), "公司成立日"));
        var backOn = dayOff.WithOverrides(o => o.AddWorkday(D("2026-06-01")));

        dayOff.IsWorkingDay(D("2026-06-01")).Should().BeFalse();
        backOn.IsWorkingDay(D("2026-06-01")).Should().BeTrue();
        dayOff.GetDay(D("2026-06-01")).Holiday!.English.Should().Be("公司成立日"); // English defaults to the Chinese name
    }

    [Fact]
    public void FromJson_YearAndCompanyDays_AreApplied()
    {
        var calendar = China.WithOverrides(CalendarOverrides.FromJson(Year2027Json));

        calendar.Covers(2027).Should().BeTrue();
        calendar.GetHolidayPeriods(2027).Select(p => $"{p.Name.English} {Iso(p.FirstDay)}..{Iso(p.LastDay)} {p.MakeupWorkdays.Count}").Should().Equal(
            "New Year's Day 2027-01-01..2027-01-03 0", "Spring Festival 2027-02-06..2027-02-13 2");
        calendar.IsWorkingDay(D("2026-06-01")).Should().BeFalse();
        calendar.IsWorkingDay(D("2026-06-06")).Should().BeTrue();
    }

    [Fact]
    public void Build_BadData_ReportsEveryProblemNamingTheEntries()
    {
        const string json = """
            { "years": [ { "year": 2027, "days": [
                { "date": "2027-02-10", "kind": "makeup-workday", "nameZh": "春节" },
                { "date": "2027-13-01", "kind": "holiday", "nameZh": "春节" },
                { "date": "2027-02-11", "kind": "holday", "nameZh": "春节" },
                { "date": "2027-02-12", "kind": "holiday" },
                { "date": "2027-02-08", "kind": "holiday", "nameZh": "春节" }
              ] } ],
              "days": [ { "date": "2027-02-08", "kind": "holiday", "nameZh": "公司日" } ] }
            """;

        var act = () => CalendarOverrides.FromJson(json);

        var ex = act.Should().Throw<TalkEngineValidationException>().Which;
        ex.ErrorCode.Should().Be("calendar.overrides");
        ex.Problems.Select(p => $"{p.Code} {p.Path} {string.Join(",", p.Ids)}").Should().Equal(
            "calendar.makeup-workday-on-weekday years[0].days[0].Date 2027-02-10",
            "calendar.malformed-date years[0].days[1].Date 2027-13-01",
            "calendar.unknown-kind years[0].days[2].Kind 2027-02-11",
            "calendar.missing-name years[0].days[3].NameZh 2027-02-12",
            "calendar.duplicate-date days[0] 2027-02-08");
        ex.Problems[0].Message.Should().Contain("Wednesday").And.Contain("Saturday or Sunday");
        ex.Problems[4].Message.Should().Contain("years[0].days[4]").And.Contain("days[0]");
        ex.Message.Should().Contain("5 problem(s)");
    }

    [Fact]
    public void Build_BadCodeOverrides_ReportsAllAtOnce()
    {
        var act = () => CalendarOverrides.CreateBuilder()
            .AddYear(2027, y => y.AddMakeupWorkday(D("2027-03-03"), "春节"))
            .AddYear(2027, y => y.AddHoliday(D("2027-10-01"), "国庆节"))
            .AddYear(2028, y => y.AddHoliday(D("2026-10-01"), "国庆节"))
            .AddWeekend(D("2026-06-03"))
            .AddHoliday(D("2026-06-04"), " ")
            .Build();

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => p.Code).Should().BeEquivalentTo(
            "calendar.duplicate-year",
            "calendar.makeup-workday-on-weekday",
            "calendar.year-without-holidays",
            "calendar.date-outside-year",
            "calendar.weekend-on-weekday",
            "calendar.missing-name");
    }

    [Fact]
    public void WithOverrides_YearAlreadyCovered_IsRejected()
    {
        var act = () => China.WithOverrides(o => o.AddYear(2026, y => y.AddHoliday(D("2026-03-02"), "公司日")));

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be("calendar.year-already-covered");
    }

    [Fact]
    public void FromJson_MalformedJsonOrUnknownProperty_ReportsAProblem()
    {
        FluentActions.Invoking(() => CalendarOverrides.FromJson("{ \"days\": [ "))
            .Should().Throw<TalkEngineValidationException>().Which.Problems.Single().Code.Should().Be("calendar.malformed-json");
        FluentActions.Invoking(() => CalendarOverrides.FromJson("{ \"dayz\": [] }"))
            .Should().Throw<TalkEngineValidationException>().Which.Problems.Single().Message.Should().Contain("dayz");
    }

    [Fact]
    public void SearchAcrossTooManyDaysOff_StopsWithClearError()
    {
        var calendar = China.WithOverrides(o =>
        {
            for (var i = 0; i < 400; i++)
            {
                o.AddHoliday(D("2020-03-01").PlusDays(i), "停工");
            }
        });

        calendar.Invoking(c => c.NextWorkingDay(D("2020-03-01"))).Should().Throw<InvalidOperationException>()
            .WithMessage("*2020-03-01*402 days off in a row (2020-02-29 to 2021-04-05)*366*");
        calendar.Invoking(c => c.AddWorkingDays(D("2020-02-01"), 100)).Should().Throw<InvalidOperationException>();
        calendar.NextWorkingDay(D("2021-03-01")).Should().Be(D("2021-04-06")); // fewer than the limit remain after this date
        calendar.IsWorkingDay(D("2020-06-01")).Should().BeFalse();
    }

    [Fact]
    public void Configuration_InMemorySection_BindsAndAppliesOverrides()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TalkEngine:Calendar:UncoveredYears"] = "AssumeWeekendsOnly",
            ["TalkEngine:Calendar:Years:0:Year"] = "2027",
            ["TalkEngine:Calendar:Years:0:Days:0:Date"] = "2027-01-01",
            ["TalkEngine:Calendar:Years:0:Days:0:Kind"] = "holiday",
            ["TalkEngine:Calendar:Years:0:Days:0:NameZh"] = "元旦",
            ["TalkEngine:Calendar:Years:0:Days:0:NameEn"] = "New Year's Day",
            ["TalkEngine:Calendar:Days:0:Date"] = "2026-06-06",
            ["TalkEngine:Calendar:Days:0:Kind"] = "workday",
        }).Build();
        var services = new ServiceCollection();
        services.AddTalkEngine(configuration.GetSection(TalkEngineOptions.SectionName));

        using var provider = services.BuildServiceProvider();
        var calendar = provider.GetRequiredService<WorkingCalendar>();

        calendar.IsWorkingDay(D("2027-01-01")).Should().BeFalse();
        calendar.IsWorkingDay(D("2026-06-06")).Should().BeTrue();
        calendar.UncoveredYears.Should().Be(UncoveredYearBehavior.AssumeWeekendsOnly);
        calendar.IsWorkingDay(D("2030-01-01")).Should().BeTrue();
        provider.GetRequiredService<WorkingCalendar>().Should().BeSameAs(calendar);
    }

    [Fact]
    public void Configuration_JsonFile_BindsAndAppliesOverrides()
    {
        var json = "{ \"TalkEngine\": { \"Calendar\": " + Year2027Json + " } }";
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddTalkEngine(configuration.GetSection("TalkEngine"));

        using var provider = services.BuildServiceProvider();
        var calendar = provider.GetRequiredService<WorkingCalendar>();

        calendar.GetHolidayPeriods(2027).Should().HaveCount(2);
        calendar.IsWorkingDay(D("2026-06-01")).Should().BeFalse();
    }

    [Fact]
    public void Configuration_BadOverrides_FailValidationListingEveryEntry()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TalkEngine:Calendar:Days:0:Date"] = "2026-06-03",
            ["TalkEngine:Calendar:Days:0:Kind"] = "makeup-workday",
            ["TalkEngine:Calendar:Days:0:NameZh"] = "加班",
            ["TalkEngine:Calendar:Days:1:Date"] = "2026/06/04",
            ["TalkEngine:Calendar:Days:1:Kind"] = "holiday",
            ["TalkEngine:Calendar:Days:1:NameZh"] = "公司日",
        }).Build();
        var services = new ServiceCollection();
        services.AddTalkEngine(configuration.GetSection("TalkEngine"));

        using var provider = services.BuildServiceProvider();
        var act = () => provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;

        var failures = act.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
        failures.Should().HaveCount(2);
        failures[0].Should().Contain("Days[0].Date").And.Contain("2026-06-03").And.Contain("makeup");
        failures[1].Should().Contain("Days[1].Date").And.Contain("2026/06/04");
    }

    [Fact]
    public void ConfigureCalendar_InCode_AddsYearAndFallback()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine()
            .ConfigureCalendar(o => o.AddYear(2027, y => y.AddHoliday(D("2027-01-01"), "元旦", "New Year's Day")))
            .ConfigureCalendar(UncoveredYearBehavior.AssumeWeekendsOnly);

        using var provider = services.BuildServiceProvider();
        var calendar = provider.GetRequiredService<WorkingCalendar>();

        calendar.Covers(2027).Should().BeTrue();
        calendar.IsWorkingDay(D("2027-01-01")).Should().BeFalse();
        calendar.IsWorkingDay(D("2031-01-01")).Should().BeTrue();
    }

    [Fact]
    public void AddTalkEngine_Default_RegistersMainlandChina()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine();
        services.AddTalkEngine();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<WorkingCalendar>().IsWorkingDay(D("2026-02-14")).Should().BeTrue();
        services.Count(d => d.ServiceType == typeof(WorkingCalendar)).Should().Be(1);
    }
}
