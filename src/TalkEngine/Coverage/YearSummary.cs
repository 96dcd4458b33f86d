using System;
using System.Collections.Generic;

namespace TalkEngine.Coverage;

/// <summary>
/// The year's summary of the talk work, in the account's own manner (seed ¶2): a few paragraphs of
/// text generated from a <see cref="CoverageReport"/>. Immutable and thread-safe.
/// </summary>
public sealed record YearSummary
{
    internal YearSummary(OutputLanguage language, IReadOnlyList<string> paragraphs)
    {
        Language = language;
        Paragraphs = paragraphs;
    }

    /// <summary>The language of the text.</summary>
    public OutputLanguage Language { get; }

    /// <summary>The paragraphs; the first carries the headline figures.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The paragraphs joined by blank lines (<c>\n\n</c>).</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <inheritdoc />
    public bool Equals(YearSummary? other)
        => other is not null && Language == other.Language && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Language, StringComparer.Ordinal.GetHashCode(Text));
}
