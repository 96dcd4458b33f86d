using System.Collections.Generic;

namespace TalkEngine.Records;

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
