namespace TalkEngine.Balancing;

/// <summary>The texts of the balancing reason codes (<c>balancing.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
internal static class BalancingTexts
{
    public static readonly TextTemplate[] All =
    [
    ];
}
