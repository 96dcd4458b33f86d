using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace TalkEngine.Calendar;

/// <summary>
/// Reads the package's own copy of the State Council holiday notices 2004–2026 (<c>Data/cn-holidays.csv</c>, an
/// embedded resource: the package never reads files at run time). Columns: <c>date,kind,name_zh,name_en</c>;
/// <c>holiday</c> = a day off inside a break, <c>workday</c> = a Saturday or Sunday make-up workday.
/// </summary>
internal static class EmbeddedHolidayData
{
    public const string ResourceName = "TalkEngine.Calendar.Data.cn-holidays.csv";
    public const int FirstYear = 2004;
    public const int LastYear = 2026;

    public static WorkingCalendar CreateMainlandChina()
    {
        using var stream = typeof(EmbeddedHolidayData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the TalkEngine assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = Parse(reader.ReadToEnd());
        return WorkingCalendar.Create(entries, Enumerable.Range(FirstYear, LastYear - FirstYear + 1));
    }

    internal static Dictionary<LocalDate, DayEntry> Parse(string csv)
    {
        // One shared HolidayName per distinct name, so days of a break share their name instance.
        var names = new Dictionary<(string, string), HolidayName>();
        var entries = new Dictionary<LocalDate, DayEntry>();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].TrimEnd('\r').Split(',');
            if (fields.Length != 4)
            {
                throw new InvalidDataException($"{ResourceName} line {i + 1}: expected 4 fields, found {fields.Length}.");
            }

            var date = LocalDatePattern.Iso.Parse(fields[0]).Value;
            var kind = fields[1] switch
            {
                "holiday" => CalendarDayKind.Holiday,
                "workday" => CalendarDayKind.MakeupWorkday,
                _ => throw new InvalidDataException($"{ResourceName} line {i + 1}: unknown kind '{fields[1]}'."),
            };
            if (!names.TryGetValue((fields[2], fields[3]), out var name))
            {
                names[(fields[2], fields[3])] = name = new HolidayName(fields[2], fields[3]);
            }

            entries.Add(date, new DayEntry(kind, name));
        }

        return entries;
    }
}
