using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using TalkEngine.Balancing;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Records;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Planning;

/// <summary>The planner runs the account's year end to end and its figures are the account's.</summary>
public sealed class TalkPlannerTests
{
    private static readonly Lazy<ExampleDataset> Dataset = new(() => ExampleDatasetLoader.Load(FindDataset()));

    // After the year: every window has closed, so nothing is pending.
    private static readonly IClock AfterTheYear = new FakeClock(Instant.FromUtc(2018, 1, 15, 2, 0));

    [Fact]
    public void Plan_Example2017_DemandsAndABalancedProvenAssignment()
    {
        var (planner, plan) = Plan2017(AfterTheYear);

        plan.Period.Should().BeSameAs(Dataset.Value.Period);
        plan.Demands.Demands.Should().HaveCount(49);
        plan.Talks.Should().HaveCount(49).And.BeInAscendingOrder(t => t.DemandId, StringComparer.Ordinal);
        plan.Assignment.IsFeasible.Should().BeTrue();
        plan.Assignment.IsProvenOptimal.Should().BeTrue();
        plan.Assignment.Loads.Count(l => l.Load == 3).Should().Be(11);
        plan.Assignment.Loads.Count(l => l.Load == 2).Should().Be(1);
        plan.Assignment.Objective.SpreadNumerator.Should().Be(103);
        plan.Talks.Count(t => t.Source == DemandSource.Inspection).Should().Be(6);
        plan.Talks.Count(t => t.Source == DemandSource.SatisfactionSurvey).Should().Be(8);
        plan.FindTalk(plan.Talks[0].DemandId).Should().BeSameAs(plan.Talks[0]);
        plan.FindTalk("no-such-demand").Should().BeNull();
        planner.Text.Language.Should().Be(OutputLanguage.SimplifiedChinese);
    }

    [Fact]
    public void Measure_Example2017_StoreAndListGiveTheAccountsCoverage()
    {
        var (planner, plan) = Plan2017(AfterTheYear);
        var store = plan.CreateRecordStore();
        store.AddRange(Dataset.Value.Records);

        foreach (var report in new[] { planner.Measure(plan, store), planner.Measure(plan, Dataset.Value.Records) })
        {
            report.HeadsInScope.Should().Be(36);
            report.Required.Should().HaveCount(35);
            report.Excluded.Should().ContainSingle().Which.Status.Should().Be(PersonStatusKind.Seconded);
            report.Covered.Should().HaveCount(35);
            report.Rate.Percentage.Should().Be(100m);
            report.PersonTimes.Total.Should().Be(49);
            report.PersonTimes.BySource.Should().Equal(
                new SourceCount(DemandSource.Annual, 35),
                new SourceCount(DemandSource.Inspection, 6),
                new SourceCount(DemandSource.SatisfactionSurvey, 8));
            report.Projection.PendingTalks.Should().Be(0);
        }
    }

    [Fact]
    public void Measure_MidYear_ProjectionIsTheAssignedTalksNotHeldWhoseWindowIsStillOpen()
    {
        // 2017-06-30 in Shanghai: records up to that day only.
        var clock = new FakeClock(Instant.FromUtc(2017, 6, 30, 4, 0));
        var (planner, plan) = Plan2017(clock);
        planner.Today.Should().Be(new LocalDate(2017, 6, 30));
        var held = Dataset.Value.Records.Where(r => r.Date <= planner.Today).ToList();
        var report = planner.Measure(plan, held);

        // Still possible: assigned, not held, window open today. Changing the rate: also for a required head not yet covered.
        var possible = plan.Talks.Where(t => t.Window.End >= planner.Today && !AnsweredBy(report, t)).ToArray();
        var uncovered = report.NotCovered.ToHashSet(StringComparer.Ordinal);
        var expected = possible.Count(t => uncovered.Contains(plan.Demands.Demands.Single(d => d.Id == t.DemandId).SubjectId));
        expected.Should().BePositive().And.BeLessThan(possible.Length, "some open talks are for people covered already or not required");
        report.Projection.AsOf.Should().Be(planner.Today);
        report.Projection.PendingTalks.Should().Be(expected);
        report.Projection.PersonTimes.Should().Be(report.PersonTimes.Total + possible.Length);

        // The same records measured after the year: the open windows have closed, nothing is pending.
        var (later, laterPlan) = Plan2017(AfterTheYear);
        later.Measure(laterPlan, held).Projection.PendingTalks.Should().Be(0);
    }

    [Fact]
    public void Measure_StoreOfAnotherPlan_IsRefused()
    {
        var (planner, plan) = Plan2017(AfterTheYear);
        var (_, other) = Plan2017(AfterTheYear);
        FluentActions.Invoking(() => planner.Measure(plan, other.CreateRecordStore()))
            .Should().Throw<ArgumentException>().WithParameterName("store").WithMessage("*CreateRecordStore*");
    }

    [Fact]
    public void Plan_Null_Throws()
        => FluentActions.Invoking(() => new TalkPlanner().Plan(null!)).Should().Throw<ArgumentNullException>().WithParameterName("input");

    [Fact]
    public void New_InvalidOptions_ThrowsEveryProblem()
    {
        var options = new TalkEngineOptions { TimeZoneId = "Mars/Olympus", Language = (OutputLanguage)9 };
        var e = FluentActions.Invoking(() => new TalkPlanner(options)).Should().Throw<TalkEngineValidationException>().Which;
        e.Problems.Should().HaveCountGreaterThanOrEqualTo(2);
        e.Message.Should().Contain("Mars/Olympus");
    }

    [Fact]
    public void Summarize_IsTheYearsSummaryInTheConfiguredLanguage()
    {
        var (planner, plan) = Plan2017(AfterTheYear);
        var report = planner.Measure(plan, Dataset.Value.Records);
        var zh = planner.Summarize(report).RenderParagraphs(planner.Text)[0];
        zh.Should().Contain("49").And.Contain("100%");

        var english = new TalkPlanner(Options(OutputLanguage.English), AfterTheYear);
        var enPlan = english.Plan(Input());
        var en = english.Summarize(english.Measure(enPlan, Dataset.Value.Records)).RenderParagraphs(english.Text)[0];
        en.Should().Contain("49").And.NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public void AddTalkEngine_RegistersThePlanner_WithTheHostsLanguageAndClock()
    {
        using var provider = new ServiceCollection()
            .AddSingleton(AfterTheYear)
            .AddTalkEngine(o =>
            {
                o.Language = OutputLanguage.English;
                Dataset.Value.ConfigureSources(o.Demands);
            })
            .Services.BuildServiceProvider();
        var planner = provider.GetRequiredService<TalkPlanner>();
        planner.Should().BeSameAs(provider.GetRequiredService<TalkPlanner>());
        planner.Text.Language.Should().Be(OutputLanguage.English);
        planner.Today.Should().Be(new LocalDate(2018, 1, 15));

        var plan = planner.Plan(Input());
        plan.Talks.Should().HaveCount(49);
        // Names are data (the 2017 roster's are Chinese); everything else is in the host's language.
        var names = Dataset.Value.Roster.Leaders.Select(l => l.Name).ToArray();
        var text = planner.Text.Render(plan.Assignment.Assignments[0].Reasons);
        names.Aggregate(text, (t, n) => t.Replace(n, "NAME", StringComparison.Ordinal)).Should().Contain("supervising").And.NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public void Plan_IsDeterministic()
    {
        var (_, a) = Plan2017(AfterTheYear);
        var (_, b) = Plan2017(AfterTheYear);
        b.Talks.Should().Equal(a.Talks);
    }

    private static bool AnsweredBy(CoverageReport report, PlannedTalk talk)
        => report.Validation.Valid.Any(r => r.DemandId == talk.DemandId
            || (r.DemandId is null && r.SubjectId == talk.SubjectId && r.Source == talk.Source && talk.Window.Contains(r.Date)));

    private static (TalkPlanner Planner, YearPlan Plan) Plan2017(IClock clock)
    {
        var planner = new TalkPlanner(Options(OutputLanguage.SimplifiedChinese), clock);
        return (planner, planner.Plan(Input()));
    }

    private static YearInput Input()
        => new(new DemandRequest(Dataset.Value.Roster, Dataset.Value.Period)
        {
            InspectionRounds = Dataset.Value.InspectionRounds,
            Survey = Dataset.Value.Survey,
        });

    private static TalkEngineOptions Options(OutputLanguage language)
    {
        var options = new TalkEngineOptions { Language = language };
        Dataset.Value.ConfigureSources(options.Demands);
        return options;
    }

    private static string FindDataset()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalkEngine.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "samples", "TalkEngine.Samples.Console", "Data", "example-2017.json");
    }
}
