using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using TalkEngine.Calendar;

namespace TalkEngine.Demands;

/// <summary>
/// The names of the holidays in the package's own calendar data by key (<c>spring-festival</c> → 春节 / Spring
/// Festival): pre-holiday reasons carry the key, and the renderer names it in the output language.
/// </summary>
internal static class HolidayNames
{
    private static readonly Lazy<FrozenDictionary<string, HolidayName>> ByKey = new(Build);

    /// <summary>The name of the holiday with <paramref name="key"/>, or <see langword="null"/> when the package's data has none.</summary>
    public static HolidayName? Find(string key) => ByKey.Value.TryGetValue(key, out var name) ? name : null;

    private static FrozenDictionary<string, HolidayName> Build()
    {
        var calendar = WorkingCalendar.MainlandChina;
        var names = new Dictionary<string, HolidayName>(StringComparer.Ordinal);
        for (var year = EmbeddedHolidayData.FirstYear; year <= EmbeddedHolidayData.LastYear; year++)
        {
            foreach (var holiday in calendar.GetHolidayPeriods(year))
            {
                names.TryAdd(PreHolidaySource.KeyOf(holiday.Name), holiday.Name);
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
