using System.Collections.Generic;
using NodaTime;
using TalkEngine.Demands;

namespace TalkEngine.Records;

/// <summary>One good practice and where it came from.</summary>
/// <param name="Description">The practice.</param>
/// <param name="RecordId">The record it was heard in.</param>
/// <param name="Date">The date of the talk.</param>
/// <param name="SubjectId">The person who described it.</param>
/// <param name="SubjectName">That person's name.</param>
/// <param name="LeaderIds">Who heard it.</param>
/// <param name="Source">Why the talk was held.</param>
public sealed record GoodPracticeEntry(
    string Description,
    string RecordId,
    LocalDate Date,
    string SubjectId,
    string SubjectName,
    IReadOnlyList<string> LeaderIds,
    DemandSource Source);
