using System.Collections.Generic;

namespace TalkEngine.Content;

/// <summary>The answer to one of the four questions: its lines, in order. Immutable and thread-safe.</summary>
public sealed class OutlineSection
{
    internal OutlineSection(OutlineQuestion question, IReadOnlyList<OutlineItem> items)
    {
        Question = question;
        Items = items;
    }

    /// <summary>The question answered.</summary>
    public OutlineQuestion Question { get; }

    /// <summary>The lines, in order (catalogue items by priority, then id).</summary>
    public IReadOnlyList<OutlineItem> Items { get; }
}
