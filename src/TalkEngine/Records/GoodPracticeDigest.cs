using System.Collections.Generic;
using NodaTime;
using TalkEngine.Demands;

namespace TalkEngine.Records;

/// <summary>
/// The good practices (特色点) of a period compiled for promotion: grouped by theme, then by unit,
/// each with where it came from. Immutable and thread-safe.
/// </summary>
/// <param name="Period">The period the practices were heard in.</param>
/// <param name="Themes">The themes, ordered by theme (ordinal).</param>
public sealed record GoodPracticeDigest(DateInterval Period, IReadOnlyList<GoodPracticeTheme> Themes)
{
    /// <summary>The number of practices collected, over all themes.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var theme in Themes)
            {
                count += theme.Count;
            }

            return count;
        }
    }
}

/// <summary>The practices of one theme, grouped by unit.</summary>
/// <param name="Theme">The theme.</param>
/// <param name="Units">The units, ordered by unit id (ordinal); practices without a known unit come last.</param>
public sealed record GoodPracticeTheme(string Theme, IReadOnlyList<GoodPracticeUnitGroup> Units)
{
    /// <summary>The number of practices in the theme.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var unit in Units)
            {
                count += unit.Entries.Count;
            }

            return count;
        }
    }
}

/// <summary>The practices of one theme heard about one unit.</summary>
/// <param name="UnitId">The unit's id; <see langword="null"/> when the record's unit is not known.</param>
/// <param name="UnitName">The unit's name; empty when not known.</param>
/// <param name="Entries">The practices, ordered by date, then record id, then position in the record.</param>
public sealed record GoodPracticeUnitGroup(string? UnitId, string UnitName, IReadOnlyList<GoodPracticeEntry> Entries);

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
