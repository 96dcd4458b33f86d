using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace TalkEngine.Coverage;

/// <summary>
/// The year's summary of the talk work, in the account's own manner (seed ¶2), as data: paragraphs of clauses, each a
/// <c>coverage.summary.*</c> <see cref="Reason"/> with its figures as arguments. <see cref="Render"/> writes it in the
/// renderer's language (<c>summary.Render(planner.Text)</c>); the JSON contract stores the codes, so a stored summary
/// can be written again in any language. Built by <see cref="YearSummaryBuilder"/> or
/// <see cref="Planning.TalkPlanner.Summarize"/>. Immutable and thread-safe; equal when period and clauses are.
/// </summary>
public sealed class YearSummary : IEquatable<YearSummary>
{
    internal YearSummary(DateInterval period, IReadOnlyList<IReadOnlyList<Reason>> paragraphs)
    {
        Period = period;
        Paragraphs = paragraphs;
    }

    /// <summary>The period summarised (usually a year).</summary>
    public DateInterval Period { get; }

    /// <summary>
    /// The paragraphs, each a list of clauses: the talks, the heads and their coverage, the talks from other sources;
    /// the talkers; the materials (when reports or good practices were given); what is still open (when anything is).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Reason>> Paragraphs { get; }

    /// <summary>The paragraphs as text in the renderer's language, each ended with its full stop.</summary>
    /// <param name="renderer">The renderer, such as <c>planner.Text</c> or <see cref="TextRenderer.For"/>.</param>
    /// <returns>The paragraphs' text, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/> is null.</exception>
    public IReadOnlyList<string> RenderParagraphs(TextRenderer renderer)
    {
        Guard.NotNull(renderer);
        return Paragraphs.Select(renderer.Paragraph).ToList().AsReadOnly();
    }

    /// <summary>The summary as text in the renderer's language: the paragraphs joined by blank lines (<c>\n\n</c>).</summary>
    /// <param name="renderer">The renderer, such as <c>planner.Text</c> or <see cref="TextRenderer.For"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/> is null.</exception>
    public string Render(TextRenderer renderer) => string.Join("\n\n", RenderParagraphs(renderer));

    /// <summary>The codes and arguments for logs and debugging, one paragraph a line; not text for people (see <see cref="Render"/>).</summary>
    /// <returns>The invariant form.</returns>
    public override string ToString() => string.Join("\n", Paragraphs.Select(p => string.Join(" ", p)));

    /// <inheritdoc />
    public bool Equals(YearSummary? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Period == other.Period && Paragraphs.Count == other.Paragraphs.Count
                    && Paragraphs.Zip(other.Paragraphs).All(p => p.First.SequenceEqual(p.Second))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as YearSummary);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Period);
        foreach (var paragraph in Paragraphs)
        {
            hash.Add(paragraph.Count);
            foreach (var clause in paragraph)
            {
                hash.Add(clause);
            }
        }

        return hash.ToHashCode();
    }
}
