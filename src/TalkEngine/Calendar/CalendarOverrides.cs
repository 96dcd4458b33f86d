using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalkEngine.Calendar;

/// <summary>
/// Validated override data for a <see cref="WorkingCalendar"/>: whole years the package does not know yet (the State
/// Council publishes each notice in November or December) and single days that replace what the calendar says
/// (company days off and on). Apply them with <see cref="WorkingCalendar.WithOverrides(CalendarOverrides)"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class CalendarOverrides
{
    /// <summary>The error code of every <see cref="TalkEngineValidationException"/> about override data: <c>calendar.overrides</c>.</summary>
    public const string ErrorCode = "calendar.overrides";

    /// <summary>The longest JSON text <see cref="FromJson"/> reads, in characters (4 Mi): a century of notices takes under half a megabyte.</summary>
    public const int MaxJsonLength = 4 * 1024 * 1024;

    private readonly IReadOnlyDictionary<int, string> _yearPaths;

    internal CalendarOverrides(IReadOnlyList<int> addedYears, IReadOnlyList<CalendarDay> days, IReadOnlyDictionary<int, string> yearPaths)
    {
        AddedYears = addedYears;
        Days = days;
        _yearPaths = yearPaths;
    }

    /// <summary>No overrides.</summary>
    public static CalendarOverrides Empty { get; } = new(Array.Empty<int>(), Array.Empty<CalendarDay>(), new Dictionary<int, string>());

    /// <summary>The years added, ascending; they become covered.</summary>
    public IReadOnlyList<int> AddedYears { get; }

    /// <summary>Every override day (of added years and single days), in date order.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>Starts building overrides in code.</summary>
    /// <returns>An empty builder.</returns>
    public static CalendarOverridesBuilder CreateBuilder() => new();

    /// <summary>
    /// Reads overrides from JSON text with the shape of the <c>TalkEngine:Calendar</c> section (property names are
    /// case-insensitive): <c>{"years":[{"year":2027,"days":[{"date":"2027-01-01","kind":"holiday","nameZh":"元旦","nameEn":"New Year's Day"}]}],"days":[…]}</c>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The validated overrides.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">
    /// The JSON is malformed, longer than <see cref="MaxJsonLength"/> (<c>calendar.too-large</c>), or its data invalid
    /// (a null where a list or an entry belongs included); every problem is listed with its path.
    /// </exception>
    public static CalendarOverrides FromJson(string json)
    {
        Guard.NotNull(json);
        if (json.Length > MaxJsonLength)
        {
            throw new TalkEngineValidationException(ErrorCode, [new ValidationProblem(
                "calendar.too-large",
                string.Create(CultureInfo.InvariantCulture, $"The calendar overrides JSON has {json.Length} characters, more than the limit of {MaxJsonLength}; overrides are a few kilobytes a year, so check that this is the right file."),
                "$")]);
        }

        CalendarOverridesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CalendarOverridesJsonContext.Default.CalendarOverridesDocument);
        }
        catch (JsonException ex)
        {
            throw new TalkEngineValidationException(ErrorCode, [new ValidationProblem(
                "calendar.malformed-json",
                $"The calendar overrides are not valid JSON of the expected shape ({ex.Message}); expected {{\"years\":[{{\"year\":2027,\"days\":[…]}}],\"days\":[{{\"date\":\"yyyy-MM-dd\",\"kind\":\"holiday\",\"nameZh\":\"…\",\"nameEn\":\"…\"}}]}}.",
                ex.Path ?? "$")]);
        }

        if (document is null)
        {
            throw new TalkEngineValidationException(ErrorCode, [new ValidationProblem("calendar.malformed-json", "The calendar overrides JSON is null; give an object with \"years\" and/or \"days\".", "$")]);
        }

        var builder = CreateBuilder();
        builder.AddDocument(document.Years?.Select(y => y is null ? null : ((int?, IEnumerable<CalendarDayOptions?>?)?)(y.Year, y.Days)), document.Days, "years", "days", "year");
        return builder.Build();
    }

    /// <summary>Reads the overrides of bound <see cref="CalendarOptions"/> (its <see cref="CalendarOptions.UncoveredYears"/> is a calendar setting, not an override).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The validated overrides.</returns>
    /// <exception cref="TalkEngineValidationException">The data are invalid; every problem is listed with its path.</exception>
    public static CalendarOverrides FromOptions(CalendarOptions options)
    {
        Guard.NotNull(options);
        return CreateBuilder().AddOptions(options).Build();
    }

    internal string? PathOfYear(int year) => _yearPaths.TryGetValue(year, out var path) ? path : null;

    internal static string YearText(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The JSON text's shape: every member may be null in the text, and is reported, not thrown on.</summary>
    internal sealed class CalendarOverridesDocument
    {
        public List<YearDocument?>? Years { get; set; }

        public List<CalendarDayOptions?>? Days { get; set; }
    }

    /// <summary>One year of the JSON text.</summary>
    internal sealed class YearDocument
    {
        public int? Year { get; set; }

        public List<CalendarDayOptions?>? Days { get; set; }
    }
}
