using TalkEngine.Calendar;

namespace TalkEngine.Tests.Calendar;

/// <summary>A null anywhere in override JSON, or JSON too large to be overrides, is a validation problem with its path.</summary>
public sealed class CalendarOverridesNullTests
{
    [Theory]
    [InlineData("""{"Years":null}""")]
    [InlineData("""{"days":null}""")]
    [InlineData("""{"years":null,"days":null}""")]
    [InlineData("""{"years":[{"year":2027,"days":null}]}""")]
    public void FromJson_NullList_ReadAsEmpty(string json)
    {
        // A null list says "none": no exception, and a year without days is the usual year-without-holidays problem.
        var act = () => CalendarOverrides.FromJson(json);
        if (json.Contains("2027", StringComparison.Ordinal))
        {
            act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle()
                .Which.Code.Should().Be("calendar.year-without-holidays");
        }
        else
        {
            act().AddedYears.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("""{"years":[null]}""", "calendar.null-entry", "years[0]")]
    [InlineData("""{"days":[null]}""", "calendar.null-entry", "days[0]")]
    [InlineData("""{"years":[{"year":2027,"days":[null]}]}""", "calendar.null-entry", "years[0].days[0]")]
    [InlineData("""{"years":[{"year":null,"days":[]}]}""", "calendar.missing-year", "years[0].year")]
    [InlineData("""{"years":[{"days":[]}]}""", "calendar.missing-year", "years[0].year")]
    [InlineData("""{"days":[{"date":null,"kind":null,"nameZh":null,"nameEn":null}]}""", "calendar.missing-date", "days[0].Date")]
    [InlineData("""null""", "calendar.malformed-json", "$")]
    public void FromJson_NullEntryOrValue_ValidationProblemWithItsPath(string json, string code, string path)
    {
        var act = () => CalendarOverrides.FromJson(json);

        var ex = act.Should().Throw<TalkEngineValidationException>().Which;
        ex.ErrorCode.Should().Be(CalendarOverrides.ErrorCode);
        ex.Problems.Should().Contain(p => p.Code == code && p.Path == path);
    }

    [Fact]
    public void FromJson_NullsInSeveralPlaces_EveryProblemAtOnce()
    {
        var act = () => CalendarOverrides.FromJson("""{"years":[null,{"year":null}],"days":[null]}""");

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => p.Path)
            .Should().BeEquivalentTo(["years[0]", "years[1].year", "days[0]"]);
    }

    [Fact]
    public void FromJson_LongerThanTheLimit_ValidationProblemNamingTheLimit()
    {
        var json = "{\"days\":[]" + new string(' ', CalendarOverrides.MaxJsonLength) + "}";

        var act = () => CalendarOverrides.FromJson(json);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == "calendar.too-large" && p.Message.Contains("4194304"));
    }
}
