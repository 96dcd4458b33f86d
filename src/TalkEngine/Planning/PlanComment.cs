using System;
using NodaTime;

namespace TalkEngine.Planning;

/// <summary>A leadership member's comment on the consultation draft (征求意见稿), with its date. Immutable.</summary>
/// <param name="LeaderId">The leader who commented, one the draft was sent to.</param>
/// <param name="Date">The day the comment was received.</param>
/// <param name="Text">The comment, as the member wrote it.</param>
/// <param name="Version">The plan version the comment is about.</param>
public sealed record PlanComment(string LeaderId, LocalDate Date, string Text, int Version)
{
    /// <summary>The leader who commented.</summary>
    public string LeaderId { get; } = Guard.NotNullOrWhiteSpace(LeaderId);

    /// <summary>The day the comment was received.</summary>
    public LocalDate Date { get; } = Date;

    /// <summary>The comment.</summary>
    public string Text { get; } = Guard.NotNullOrWhiteSpace(Text);

    /// <summary>The plan version the comment is about (1 or more).</summary>
    public int Version { get; } = Version >= 1 ? Version : throw new ArgumentOutOfRangeException(nameof(Version), Version, "A plan version is 1 or more.");
}

/// <summary>One step of the document's life: the state it left, the state it entered, the day. Immutable.</summary>
/// <param name="From">The state before the step.</param>
/// <param name="To">The state after it.</param>
/// <param name="Date">The day of the step.</param>
public sealed record PlanStateChange(PlanState From, PlanState To, LocalDate Date);
