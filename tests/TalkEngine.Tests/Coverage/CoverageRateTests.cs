using TalkEngine.Coverage;

namespace TalkEngine.Tests.Coverage;

public sealed class CoverageRateTests
{
    [Theory]
    [InlineData(35, 35, "100", "100%")]
    [InlineData(35, 36, "97.22", "97.22%")]
    [InlineData(1, 3, "33.33", "33.33%")]
    [InlineData(2, 3, "66.67", "66.67%")]
    [InlineData(1, 8, "12.5", "12.5%")]
    [InlineData(0, 7, "0", "0%")]
    public void Percentage_RoundsHalfAwayFromZero(int covered, int required, string percentage, string text)
    {
        var rate = new CoverageRate(covered, required);

        rate.IsApplicable.Should().BeTrue();
        rate.Percentage.Should().Be(decimal.Parse(percentage, System.Globalization.CultureInfo.InvariantCulture));
        TextRenderer.SimplifiedChinese.Render(rate.ToReason()).Should().Be(text);
        TextRenderer.English.Render(rate.ToReason()).Should().Be(text);
        rate.ToReason().Should().Be(Reason.Of("coverage.rate", "percent", text.TrimEnd('%')));
    }

    [Fact]
    public void RoundedPercentage_MidpointGoesAwayFromZero()
    {
        new CoverageRate(1, 8).RoundedPercentage(1).Should().Be(12.5m);
        new CoverageRate(1, 16).RoundedPercentage(2).Should().Be(6.25m);
        new CoverageRate(1, 16).RoundedPercentage(1).Should().Be(6.3m);
    }

    [Fact]
    public void NoOneRequired_IsNotApplicable()
    {
        var rate = new CoverageRate(0, 0);

        rate.IsApplicable.Should().BeFalse();
        rate.Percentage.Should().BeNull();
        rate.ToReason().Code.Should().Be("coverage.rate-not-applicable");
        TextRenderer.SimplifiedChinese.Render(rate.ToReason()).Should().Be("不适用");
        TextRenderer.English.Render(rate.ToReason()).Should().Be("not applicable");
        rate.ToString().Should().Be("not applicable (no one required)");
    }

    [Fact]
    public void ToString_ShowsTheExactFraction()
        => new CoverageRate(35, 36).ToString().Should().Be("35/36 (97.22%)");

    [Fact]
    public void NumeratorAboveDenominator_Throws()
    {
        var act = () => new CoverageRate(3, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
    }

    [Fact]
    public void NegativeDenominator_Throws()
    {
        var act = () => new CoverageRate(0, -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
    }
}
