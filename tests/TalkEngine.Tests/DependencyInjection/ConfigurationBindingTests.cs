using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalkEngine.Balancing;
using TalkEngine.Calendar;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Tests.DependencyInjection;

/// <summary>Configuration as hosts write it: every section binds, lists replace defaults, bad values are validation problems.</summary>
public sealed class ConfigurationBindingTests
{
    [Fact]
    public void AddTalkEngine_FromConfiguration_BindsEverySection()
    {
        var options = Bind(new()
        {
            ["TalkEngine:Language"] = "English",
            ["TalkEngine:Calendar:UncoveredYears"] = "AssumeWeekendsOnly",
            ["TalkEngine:Demands:Inspection:Threshold"] = "70",
            ["TalkEngine:Demands:Overlaps"] = "Merge",
            ["TalkEngine:Balancing:LoadCounting"] = "AllDemands",
            ["TalkEngine:Balancing:RecentHeadshipLookback"] = "P2Y",
            ["TalkEngine:Coverage:Validation:RecordIdsAreUnique"] = "true",
        });

        options.Language.Should().Be(OutputLanguage.English);
        options.Calendar.UncoveredYears.Should().Be(UncoveredYearBehavior.AssumeWeekendsOnly);
        options.Demands.Inspection.Threshold.Should().Be(70m);
        options.Demands.Overlaps.Should().Be(OverlapHandling.Merge);
        options.Demands.Survey.Threshold.Should().Be(90m, "what the configuration leaves out keeps its default");
        options.Balancing.LoadCounting.Should().Be(LoadCounting.AllDemands);
        options.Balancing.RecentHeadshipLookback.Should().Be(Period.FromYears(2));
        options.Coverage.Validation.RecordIdsAreUnique.Should().BeTrue();
    }

    [Fact]
    public void AddTalkEngine_FromConfiguration_ServicesUseTheBoundSections()
    {
        var services = Services(new()
        {
            ["TalkEngine:Language"] = "English",
            ["TalkEngine:Coverage:RequiredSources:0"] = "Inspection",
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<TextRenderer>().Language.Should().Be(OutputLanguage.English);
        var report = provider.GetRequiredService<CoverageCalculator>().Compute(
            Records.RosterFixture.Create(), Records.RosterFixture.AnnualDemands(), [], Records.RosterFixture.Year2017);
        report.Required.Should().BeEmpty("only inspection demands are required now, and the set holds annual ones");
    }

    [Fact]
    public void AddTalkEngine_ConfiguredList_ReplacesTheDefaultList()
    {
        var options = Bind(new()
        {
            ["TalkEngine:Demands:ExcludedStatuses:0"] = "Seconded",
            ["TalkEngine:Demands:Mode:InPersonStyles:0"] = "Admonition",
            ["TalkEngine:Coverage:RequiredSources:0"] = "Inspection",
            ["TalkEngine:Coverage:RequiredSources:1"] = "SatisfactionSurvey",
            ["TalkEngine:Coverage:Validation:InactiveStatuses:0"] = "Left",
        });

        options.Demands.ExcludedStatuses.Should().Equal(PersonStatusKind.Seconded);
        options.Demands.Mode.InPersonStyles.Should().Equal(TalkStyle.Admonition);
        options.Coverage.RequiredSources.Should().BeEquivalentTo([DemandSource.Inspection, DemandSource.SatisfactionSurvey]);
        options.Coverage.Validation.InactiveStatuses.Should().BeEquivalentTo([PersonStatusKind.Left]);
        options.Demands.Annual.UnitKinds.Should().HaveCount(4, "a list the configuration does not name keeps its defaults");
    }

    [Fact]
    public void AddTalkEngine_BoundTwice_DoesNotDuplicateListItems()
    {
        var configuration = Configuration(new() { ["TalkEngine:Demands:ExcludedStatuses:0"] = "Left" });
        var services = new ServiceCollection();
        services.AddTalkEngine(configuration.GetSection("TalkEngine"));
        services.AddTalkEngine(configuration.GetSection("TalkEngine"));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value.Demands.ExcludedStatuses.Should().Equal(PersonStatusKind.Left);
    }

    [Fact]
    public void AddTalkEngine_InCode_KeepsTheDefaultListsToChange()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine(o =>
        {
            o.Demands.ExcludedStatuses.Add(PersonStatusKind.OnLeave);
            o.Coverage.RequiredSources.Add(DemandSource.Inspection);
        });
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;

        options.Demands.ExcludedStatuses.Should().Equal(PersonStatusKind.Seconded, PersonStatusKind.PostVacant, PersonStatusKind.Left, PersonStatusKind.OnLeave);
        options.Coverage.RequiredSources.Should().BeEquivalentTo([DemandSource.Annual, DemandSource.Inspection]);
    }

    [Theory]
    [InlineData("TalkEngine:Language", "Klingon")]
    [InlineData("TalkEngine:Demands:Overlaps", "Sideways")]
    [InlineData("TalkEngine:Coverage:RequiredSources:0", "Gossip")]
    [InlineData("TalkEngine:Balancing:LoadCounting", "Some")]
    [InlineData("TalkEngine:Balancing:RecentHeadshipLookback", "three years")]
    [InlineData("TalkEngine:Calendar:UncoveredYears", "Guess")]
    public void AddTalkEngine_UnreadableValue_IsAValidationProblemNamingItsKey(string key, string value)
    {
        var services = Services(new() { [key] = value });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;

        var failures = act.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
        string.Join("\n", failures).Should().Contain($"[options.unknown-value] {key}: '{value}'");
        failures.Should().ContainSingle(f => f.StartsWith($"[options.unknown-value] {key}: '{value}'", StringComparison.Ordinal));
    }

    [Fact]
    public void AddTalkEngine_UnknownEnumNumber_IsReportedByTheSectionValidator()
    {
        var services = Services(new() { ["TalkEngine:Language"] = "7", ["TalkEngine:Demands:Petition:WindowDays"] = "0" });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;

        var failures = act.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
        failures.Should().Contain(f => f.StartsWith("[options.unknown-value] TalkEngine:Language: '7'", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("[options.out-of-range] TalkEngine:Demands:Petition:WindowDays", StringComparison.Ordinal));
    }

    [Fact]
    public void Services_NewedWithBadOptions_ThrowTheProblemsDiReports()
    {
        var coverage = new CoverageOptions { RequiredSources = new HashSet<DemandSource>() };
        var balancing = new BalancingOptions { LoadCounting = (LoadCounting)9, RecentHeadshipLookback = Period.FromYears(-1) };
        var services = new ServiceCollection();
        services.AddTalkEngine(o =>
        {
            o.Coverage = coverage;
            o.Balancing = balancing;
        });
        using var provider = services.BuildServiceProvider();
        var failures = FluentActions.Invoking(() => provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value)
            .Should().Throw<OptionsValidationException>().Which.Failures.ToList();

        var coverageError = FluentActions.Invoking(() => new CoverageCalculator(coverage)).Should().Throw<TalkEngineValidationException>().Which;
        var balancingError = FluentActions.Invoking(() => new LeaderBalancer(balancing)).Should().Throw<TalkEngineValidationException>().Which;

        coverageError.ErrorCode.Should().Be("options.coverage");
        coverageError.Problems.Should().ContainSingle(p => p.Code == "options.empty" && p.Path == "TalkEngine:Coverage:RequiredSources");
        balancingError.ErrorCode.Should().Be("options.balancing");
        balancingError.Problems.Select(p => p.Path).Should().Equal("TalkEngine:Balancing:LoadCounting", "TalkEngine:Balancing:RecentHeadshipLookback");
        failures.Should().BeEquivalentTo(coverageError.Problems.Concat(balancingError.Problems).Select(p => p.ToString()));
    }

    [Fact]
    public void DemandGenerator_NullPolicy_ThrowsNamingIt()
    {
        var options = new DemandOptions { Survey = null! };

        var act = () => new DemandGenerator(options);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should()
            .ContainSingle(p => p.Code == "options.null" && p.Path == "TalkEngine:Demands:Survey");
    }

    [Fact]
    public void AddTalkEngine_CalendarOverrideAndLanguageFromJsonConfiguration_ReachTheServices()
    {
        var json = """
            { "TalkEngine": { "Language": "English",
              "Calendar": { "Days": [ { "Date": "2026-06-01", "Kind": "holiday", "NameZh": "公司成立日", "NameEn": "Company Day" } ] } } }
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddTalkEngine(configuration.GetSection("TalkEngine"));
        using var provider = services.BuildServiceProvider();

        var day = provider.GetRequiredService<WorkingCalendar>().GetDay(new LocalDate(2026, 6, 1));
        day.IsWorkingDay.Should().BeFalse();
        day.Holiday!.Get(provider.GetRequiredService<TextRenderer>().Language).Should().Be("Company Day");
    }

    private static TalkEngineOptions Bind(Dictionary<string, string?> values)
    {
        using var provider = Services(values).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;
    }

    private static ServiceCollection Services(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection();
        services.AddTalkEngine(Configuration(values).GetSection(TalkEngineOptions.SectionName));
        return services;
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values)
        => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
