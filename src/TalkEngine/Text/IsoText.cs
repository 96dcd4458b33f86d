using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace TalkEngine;

/// <summary>ISO-8601 text of NodaTime values for reason arguments: culture-independent and the same as the JSON contract.</summary>
internal static class IsoText
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Period(DateInterval period) => string.Concat(Date(period.Start), "/", Date(period.End));

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
