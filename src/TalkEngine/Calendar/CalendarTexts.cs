namespace TalkEngine.Calendar;

/// <summary>The texts of the calendar reason codes (<c>calendar.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
internal static class CalendarTexts
{
    public static readonly TextTemplate[] All =
    [
    ];
}
