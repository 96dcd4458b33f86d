using Microsoft.Extensions.DependencyInjection;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Coverage;

public sealed class CoverageRegistrationTests
{
    [Fact]
    public void AddTalkEngine_ResolvesCalculatorAndValidator_WithHostOptions()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine();
        services.AddTalkEngine();
        services.Configure<TalkEngineOptions>(o => o.Coverage.QualifyingSources = new HashSet<DemandSource> { DemandSource.Annual });
        using var provider = services.BuildServiceProvider();

        var calculator = provider.GetRequiredService<CoverageCalculator>();
        provider.GetRequiredService<TalkRecordValidator>().Should().BeSameAs(provider.GetRequiredService<TalkRecordValidator>());
        services.Count(d => d.ServiceType == typeof(CoverageCalculator)).Should().Be(1);

        var report = calculator.Compute(Create(), AnnualDemands(), [Record("R1", "P1", 10, 9, DemandSource.Inspection)], Year2017);
        report.Covered.Should().BeEmpty();
    }
}
