using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Coverage;

/// <summary>A person required in the period and whether a qualifying record covers him.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Name">The person's name.</param>
/// <param name="UnitId">The unit of the person's first required demand (by demand id); <see langword="null"/> when unknown.</param>
/// <param name="DemandIds">The required demands for the person, ordered by id.</param>
/// <param name="QualifyingTalks">How many qualifying records the person has in the period.</param>
/// <param name="FirstRecordId">The earliest qualifying record (by date, then id); <see langword="null"/> when not covered.</param>
/// <param name="FirstTalkDate">That record's date.</param>
public sealed record RequiredPerson(
    string PersonId,
    string Name,
    string? UnitId,
    IReadOnlyList<string> DemandIds,
    int QualifyingTalks,
    string? FirstRecordId,
    LocalDate? FirstTalkDate)
{
    /// <summary>True when at least one qualifying record covers the person.</summary>
    public bool IsCovered => QualifyingTalks > 0;
}
