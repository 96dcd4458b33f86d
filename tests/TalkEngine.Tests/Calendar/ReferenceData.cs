using System.Globalization;
using NodaTime.Text;

namespace TalkEngine.Tests.Calendar;

/// <summary>The reference facts, read from ../shared/reference/cn-holidays.csv (not the package's embedded copy).</summary>
internal static class ReferenceData
{
    public static IReadOnlyDictionary<LocalDate, (string Kind, string NameZh, string NameEn)> Rows { get; } = Load();

    private static Dictionary<LocalDate, (string, string, string)> Load()
    {
        var rows = new Dictionary<LocalDate, (string, string, string)>();
        foreach (var line in File.ReadAllLines(SharedData.PathOf("reference", "cn-holidays.csv")).Skip(1))
        {
            var f = line.Split(',');
            rows.Add(LocalDatePattern.Iso.Parse(f[0]).Value, (f[1], f[2], f[3]));
        }

        return rows;
    }

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
