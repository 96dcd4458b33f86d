namespace TalkEngine.Organization;

/// <summary>The texts of the organization reason codes (<c>organization.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
internal static class OrganizationTexts
{
    public static readonly TextTemplate[] All =
    [
    ];
}
