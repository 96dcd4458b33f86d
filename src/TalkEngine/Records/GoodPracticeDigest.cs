using System.Collections.Generic;
using NodaTime;

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
