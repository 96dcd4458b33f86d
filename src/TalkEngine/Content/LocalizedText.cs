using System;

namespace TalkEngine.Content;

/// <summary>A text of the catalogue in simplified Chinese and English. Immutable and thread-safe.</summary>
public sealed record LocalizedText
{
    /// <summary>Creates a text.</summary>
    /// <param name="chinese">The simplified-Chinese text.</param>
    /// <param name="english">The English text.</param>
    /// <exception cref="ArgumentException">A text is null, empty or white space.</exception>
    public LocalizedText(string chinese, string english)
    {
        Chinese = Guard.NotNullOrWhiteSpace(chinese);
        English = Guard.NotNullOrWhiteSpace(english);
    }

    /// <summary>The simplified-Chinese text.</summary>
    public string Chinese { get; }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <summary>The text in <paramref name="language"/>.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The English text for <see cref="OutputLanguage.English"/>, the Chinese text otherwise.</returns>
    public string Get(OutputLanguage language) => language == OutputLanguage.English ? English : Chinese;

    /// <summary>The Chinese text.</summary>
    /// <returns>The Chinese text.</returns>
    public override string ToString() => Chinese;
}
