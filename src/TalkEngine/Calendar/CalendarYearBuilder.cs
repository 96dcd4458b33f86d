using NodaTime;

namespace TalkEngine.Calendar;

/// <summary>Adds the days of one year's State Council notice; see <see cref="CalendarOverridesBuilder.AddYear"/>.</summary>
public sealed class CalendarYearBuilder
{
    private readonly CalendarOverridesBuilder _owner;
    private readonly string _path;
    private int _index;

    internal CalendarYearBuilder(CalendarOverridesBuilder owner, int year, string path)
    {
        _owner = owner;
        Year = year;
        _path = path;
    }

    /// <summary>The notice's year.</summary>
    public int Year { get; }

    /// <summary>Adds a day off of the notice (a statutory day or a bridged weekday). It may be a Saturday or Sunday, and may lie in December of the year before.</summary>
    /// <param name="date">The date.</param>
    /// <param name="nameZh">The holiday's name in simplified Chinese, such as 春节.</param>
    /// <param name="nameEn">The holiday's name in English; defaults to <paramref name="nameZh"/>.</param>
    /// <returns>This builder.</returns>
    public CalendarYearBuilder AddHoliday(LocalDate date, string nameZh, string? nameEn = null)
    {
        _owner.AddYearDay(Year, _path, _index++, date, CalendarDayKind.Holiday, nameZh, nameEn);
        return this;
    }

    /// <summary>Adds a make-up workday (调休上班) of the notice: a Saturday or Sunday, named after the holiday it pays for.</summary>
    /// <param name="date">The date; must be a Saturday or Sunday.</param>
    /// <param name="nameZh">The holiday's name in simplified Chinese.</param>
    /// <param name="nameEn">The holiday's name in English; defaults to <paramref name="nameZh"/>.</param>
    /// <returns>This builder.</returns>
    public CalendarYearBuilder AddMakeupWorkday(LocalDate date, string nameZh, string? nameEn = null)
    {
        _owner.AddYearDay(Year, _path, _index++, date, CalendarDayKind.MakeupWorkday, nameZh, nameEn);
        return this;
    }
}
