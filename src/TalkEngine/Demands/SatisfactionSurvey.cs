using System;
using System.Collections.Generic;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// The previous year's integrity-inspection satisfaction survey (廉洁检查满意度测评): a score per unit.
/// The heads of low-scoring units are talked to by the discipline secretary. Immutable and thread-safe.
/// </summary>
/// <param name="Id">The survey's id, such as <c>survey-2016</c>.</param>
/// <param name="Year">The year surveyed.</param>
/// <param name="Scores">The scores per unit.</param>
public sealed record SatisfactionSurvey(string Id, int Year, IReadOnlyList<UnitScore> Scores)
{
    /// <summary>The survey's id.</summary>
    public string Id { get; } = Guard.NotNullOrWhiteSpace(Id);

    /// <summary>The year surveyed.</summary>
    public int Year { get; } = Year is >= 1900 and <= 9999 ? Year : throw new ArgumentOutOfRangeException(nameof(Year), Year, "The year must be between 1900 and 9999.");

    /// <summary>The scores per unit.</summary>
    public IReadOnlyList<UnitScore> Scores { get; } = ReadOnly.Items(Scores, nameof(Scores));
}
