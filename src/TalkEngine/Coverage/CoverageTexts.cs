namespace TalkEngine.Coverage;

/// <summary>The texts of the coverage reason codes (<c>coverage.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
internal static class CoverageTexts
{
    public static readonly TextTemplate[] All =
    [
    ];
}
