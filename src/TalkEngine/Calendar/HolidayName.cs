using System;

namespace TalkEngine.Calendar;

/// <summary>The name of a holiday in simplified Chinese and English, such as 春节 / Spring Festival. Immutable and thread-safe.</summary>
public sealed record HolidayName
{
    /// <summary>Creates a name.</summary>
    /// <param name="chinese">The simplified-Chinese name, such as <c>春节</c>.</param>
    /// <param name="english">The English name, such as <c>Spring Festival</c>.</param>
    /// <exception cref="ArgumentException">A name is null, empty or white space.</exception>
    public HolidayName(string chinese, string english)
    {
        Chinese = Guard.NotNullOrWhiteSpace(chinese);
        English = Guard.NotNullOrWhiteSpace(english);
    }

    /// <summary>The simplified-Chinese name, such as <c>春节</c>.</summary>
    public string Chinese { get; }

    /// <summary>The English name, such as <c>Spring Festival</c>.</summary>
    public string English { get; }

    /// <summary>The name in <paramref name="language"/>.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The English name for <see cref="OutputLanguage.English"/>, the Chinese name otherwise.</returns>
    public string Get(OutputLanguage language) => language == OutputLanguage.English ? English : Chinese;

    /// <summary>The Chinese name followed by the English one, such as <c>春节 (Spring Festival)</c>.</summary>
    /// <returns>Both names.</returns>
    public override string ToString() => $"{Chinese} ({English})";
}
