using TalkEngine.Balancing;
using TalkEngine.Demands;

namespace TalkEngine.Tests.Balancing;

/// <summary>The options validators report out-of-range numbers and undefined enum values; none leaks an exception.</summary>
public sealed class BalancingOptionsLimitsTests
{
    [Theory]
    [InlineData("P101Y")]
    [InlineData("P1201M")]
    [InlineData("P36526D")]
    [InlineData("P20000Y")]
    [InlineData("P2147483647D")]
    [InlineData("P99Y12M1D")]
    public void LeaderBalancer_LookbackOverAHundredYears_OutOfRange(string text)
    {
        var lookback = NodaTime.Text.PeriodPattern.NormalizingIso.Parse(text).Value;
        var act = () => new LeaderBalancer(new BalancingOptions { RecentHeadshipLookback = lookback });

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == "options.out-of-range" && p.Path == "TalkEngine:Balancing:RecentHeadshipLookback" && p.Message.Contains("100 years"));
    }

    [Theory]
    [InlineData("P100Y")]
    [InlineData("P1200M")]
    [InlineData("P36525D")]
    [InlineData("P0D")]
    public void LeaderBalancer_LookbackUpToAHundredYears_Accepted(string text)
    {
        var lookback = NodaTime.Text.PeriodPattern.NormalizingIso.Parse(text).Value;
        var act = () => new LeaderBalancer(new BalancingOptions { RecentHeadshipLookback = lookback });

        act.Should().NotThrow();
    }

    [Fact]
    public void LeaderBalancer_UndefinedLoadCountingAndNegativeLookback_BothReported()
    {
        var act = () => new LeaderBalancer(new BalancingOptions { LoadCounting = (LoadCounting)7, RecentHeadshipLookback = Period.FromMonths(-1) });

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(
        [
            ("options.unknown-value", "TalkEngine:Balancing:LoadCounting"),
            ("options.out-of-range", "TalkEngine:Balancing:RecentHeadshipLookback"),
        ]);
    }

    [Fact]
    public void DemandGenerator_NegativeLowestCountWithAnotherSelection_Reported()
    {
        var options = new DemandOptions();
        options.Inspection.LowestCount = -1;
        options.Survey.LowestCount = -2;

        var act = () => new DemandGenerator(options);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => p.Path).Should().BeEquivalentTo(
            ["TalkEngine:Demands:Inspection:LowestCount", "TalkEngine:Demands:Survey:LowestCount"]);
    }
}
