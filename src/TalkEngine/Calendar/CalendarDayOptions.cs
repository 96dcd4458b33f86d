namespace TalkEngine.Calendar;

/// <summary>One override day, as text so that configuration and JSON errors can be reported with their place.</summary>
public sealed class CalendarDayOptions
{
    /// <summary>The date, <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    /// <summary>
    /// <c>holiday</c> (a day off, named), <c>makeup-workday</c> (a worked Saturday or Sunday, named after its holiday),
    /// <c>workday</c> (a plain working day, on any day: cancels a holiday or opens a Saturday) or <c>weekend</c>
    /// (a plain Saturday or Sunday off: cancels a make-up workday).
    /// </summary>
    public string? Kind { get; set; }

    /// <summary>The name in simplified Chinese; for <c>holiday</c> and <c>makeup-workday</c> this or <see cref="NameEn"/> is required.</summary>
    public string? NameZh { get; set; }

    /// <summary>The name in English; when missing, the Chinese name is used for English output too.</summary>
    public string? NameEn { get; set; }
}
