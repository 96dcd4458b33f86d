namespace TalkEngine.Demands;

/// <summary>The texts of the demands reason codes (<c>demands.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
internal static class DemandsTexts
{
    public static readonly TextTemplate[] All =
    [
    ];
}
