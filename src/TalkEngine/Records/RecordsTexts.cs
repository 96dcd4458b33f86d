namespace TalkEngine.Records;

/// <summary>The texts of the records reason codes (<c>records.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
internal static class RecordsTexts
{
    public static readonly TextTemplate[] All =
    [
    ];
}
