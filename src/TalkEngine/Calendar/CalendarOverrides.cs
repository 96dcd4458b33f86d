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
    /// <exception cref="TalkEngineValidationException">The JSON is malformed or its data invalid; every problem is listed with its path.</exception>
    public static CalendarOverrides FromJson(string json)
    {
        Guard.NotNull(json);
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
        builder.AddDocument(document.Years, document.Days, "years", "days");
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

    /// <summary>The JSON text's shape.</summary>
    internal sealed class CalendarOverridesDocument
    {
        public List<CalendarYearOptions> Years { get; } = new();

        public List<CalendarDayOptions> Days { get; } = new();
    }
}
