using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Docs;

/// <summary>The README's capability examples, compiled, run and asserted here (the README shows each region verbatim).</summary>
public sealed class ReadmeExampleTests
{
    private const string ThisFile = "tests/TalkEngine.Tests/Docs/ReadmeExampleTests.cs";

    [Fact]
    public void Calendar_MakeupWorkdaysAndWorkingDayArithmetic()
    {
        #region docs: calendar
        var calendar = WorkingCalendar.MainlandChina;
        bool working = calendar.IsWorkingDay(new LocalDate(2026, 2, 14));              // true: a Saturday, make-up workday (春节调休)
        LocalDate due = calendar.AddWorkingDays(new LocalDate(2017, 9, 25), 20);       // 2017-10-27, across National Day
        int days = calendar.CountWorkingDays(new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31))); // 249
        #endregion

        working.Should().BeTrue();
        calendar.GetDay(new LocalDate(2026, 2, 14)).Kind.Should().Be(CalendarDayKind.MakeupWorkday);
        due.Should().Be(new LocalDate(2017, 10, 27));
        days.Should().Be(249);
    }

    [Fact]
    public void Planning_The2017YearThroughThePlanner_IsTheAccountsFigures()
    {
        #region docs: planning-2017
        var example = ExampleDatasetLoader.Load(ExampleDataset.DefaultPath);   // the sample console's Data/example-2017.json
        var options = new TalkEngineOptions();
        options.Demands.PreHoliday.Enabled = false;                             // 2017 ran annual, inspection and survey talks only
        options.Demands.RiskFrequency.Enabled = false;
        var planner = new TalkPlanner(options);
        var plan = planner.Plan(new YearInput(new DemandRequest(example.Roster, example.Period)
        {
            InspectionRounds = example.InspectionRounds,
            Survey = example.Survey,
        }));
        var store = plan.CreateRecordStore();
        store.AddRange(example.Records);                                        // the 49 talks held
        var report = planner.Measure(plan, store);
        string summary = planner.Summarize(report).RenderParagraphs(planner.Text)[0]; // 2017年，公司党委组织约谈49人次。…
        #endregion

        plan.Talks.Should().HaveCount(49);
        plan.Assignment.IsProvenOptimal.Should().BeTrue();
        var annualLoads = plan.Talks.Where(t => t.Source == DemandSource.Annual).GroupBy(t => t.LeaderId).Select(g => g.Count()).ToList();
        annualLoads.Should().HaveCount(12);
        annualLoads.Count(n => n == 3).Should().Be(11);
        annualLoads.Count(n => n == 2).Should().Be(1);
        annualLoads.Sum(n => n * n).Should().Be(103);
        plan.Talks.Count(t => t.Source == DemandSource.Inspection).Should().Be(6);
        plan.Talks.Count(t => t.Source == DemandSource.SatisfactionSurvey).Should().Be(8);
        report.HeadsInScope.Should().Be(36);
        report.Excluded.Should().ContainSingle().Which.Status.Should().Be(PersonStatusKind.Seconded);
        report.Required.Should().HaveCount(35);
        report.Covered.Should().HaveCount(35);
        report.Rate.Percentage.Should().Be(100m);
        report.PersonTimes.Total.Should().Be(49);
        report.PersonTimes.BySource.Select(s => s.Count).Should().Equal(35, 6, 8);
        summary.Should().StartWith("2017年，公司党委组织约谈49人次。").And.Contain("约谈涵盖率100%");
    }

    [Theory]
    [InlineData("calendar")]
    public void Readme_ShowsTheExample(string region) => DocText.ShouldShow("README.md", ThisFile, region);

    // The README keeps the 2017 figures; the planner's code for them lives on the planning page.
    [Fact]
    public void PlanningPage_ShowsThe2017Example() => DocText.ShouldShow("docs/planning.md", ThisFile, "planning-2017");
}
