using NodaTime;
using TalkEngine.Demands;

namespace TalkEngine.Coverage;

/// <summary>
/// A talk planned but not yet recorded (for example from the schedule), used by the coverage
/// projection. Demands not yet answered count as scheduled on their own; give these for talks that
/// answer no demand of the set. Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The person to be talked to.</param>
/// <param name="Source">Why.</param>
/// <param name="Date">When it is planned.</param>
/// <param name="DemandId">The demand it answers, if any; a talk for a demand of the set is not counted twice.</param>
public sealed record ScheduledTalk(string SubjectId, DemandSource Source, LocalDate Date, string? DemandId = null)
{
    /// <summary>The person to be talked to.</summary>
    public string SubjectId { get; } = Guard.NotNullOrWhiteSpace(SubjectId);
}
