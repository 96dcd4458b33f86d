using System.Globalization;

namespace TalkEngine.Balancing;

/// <summary>
/// The lexicographic objective of a balancing: (1) the spread Σ load²/weight, kept exact as
/// <see cref="SpreadNumerator"/> / <see cref="SpreadDenominator"/>; (2) preferred misses;
/// (3) changes against the previous plan. Immutable and thread-safe.
/// </summary>
/// <param name="SpreadNumerator">Σ load²·(L/weight), where L = <see cref="SpreadDenominator"/>.</param>
/// <param name="SpreadDenominator">L, the least common multiple of the leader weights (1 when all weights are 1).</param>
/// <param name="PreferredMisses">Served demands not given one of their preferred leaders (a demand without preferences counts as a miss).</param>
/// <param name="Changes">Served demands whose leader differs from the previous plan's.</param>
public sealed record BalancingObjective(long SpreadNumerator, long SpreadDenominator, long PreferredMisses, long Changes)
{
    /// <summary>The spread Σ load²/weight as a number, for display; compare with the exact numerator and denominator.</summary>
    public double Spread => (double)SpreadNumerator / SpreadDenominator;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"spread {SpreadNumerator}/{SpreadDenominator}, misses {PreferredMisses}, changes {Changes}");
}
