using NodaTime;

namespace TalkEngine.Content;

/// <summary>
/// What happened to one subject's written report (专题汇报材料) so far: when the template went out, when the report
/// came back, when it was forwarded to the leader who holds the talk. Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The person who writes the report.</param>
/// <param name="TemplateSent">When the four-heading template was sent; <see langword="null"/> when not yet.</param>
/// <param name="Received">When the report came back; <see langword="null"/> when not yet.</param>
/// <param name="Forwarded">When it was forwarded to the assigned leader; <see langword="null"/> when not yet.</param>
/// <param name="TalkDate">The day the talk is scheduled (the report is due working days before it); <see langword="null"/> for the start of the talk's window.</param>
public sealed record ReportMaterial(string SubjectId, LocalDate? TemplateSent = null, LocalDate? Received = null, LocalDate? Forwarded = null, LocalDate? TalkDate = null)
{
    /// <summary>The person who writes the report.</summary>
    public string SubjectId { get; } = Guard.NotNullOrWhiteSpace(SubjectId);
}
