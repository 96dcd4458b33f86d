using System;
using System.Globalization;

namespace TalkEngine.Coverage;

/// <summary>
/// A coverage rate kept exact: <see cref="Numerator"/> people covered out of <see cref="Denominator"/>
/// required, with a percentage rounded deterministically. When no one is required the rate is
/// <em>not applicable</em> (<see cref="IsApplicable"/> is false, <see cref="Percentage"/> is null):
/// never NaN, never a division by zero. Immutable and thread-safe.
/// </summary>
public sealed record CoverageRate
{
    /// <summary>The number of decimals <see cref="Percentage"/> keeps.</summary>
    public const int PercentageDecimals = 2;

    /// <summary>Creates a rate.</summary>
    /// <param name="numerator">The people covered; from 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The people required; 0 makes the rate not applicable.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the numerator exceeds the denominator.</exception>
    public CoverageRate(int numerator, int denominator)
    {
        Denominator = Guard.NotNegative(denominator);
        Numerator = Guard.NotNegative(numerator);
        if (numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, $"The people covered ({numerator}) cannot exceed the people required ({denominator}).");
        }
    }

    /// <summary>The people covered.</summary>
    public int Numerator { get; }

    /// <summary>The people required.</summary>
    public int Denominator { get; }

    /// <summary>False when no one is required: the rate is then "not applicable".</summary>
    public bool IsApplicable => Denominator > 0;

    /// <summary>
    /// The percentage (0–100) rounded to <see cref="PercentageDecimals"/> decimals, half away from
    /// zero (35/36 → 97.22); <see langword="null"/> when not applicable.
    /// </summary>
    public decimal? Percentage => RoundedPercentage(PercentageDecimals);

    /// <summary>The percentage rounded to <paramref name="decimals"/> decimals, half away from zero.</summary>
    /// <param name="decimals">From 0 to 10.</param>
    /// <returns>The percentage; <see langword="null"/> when not applicable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10.</exception>
    public decimal? RoundedPercentage(int decimals)
    {
        if (decimals is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Use 0 to 10 decimals.");
        }

        return IsApplicable
            ? Math.Round(100m * Numerator / Denominator, decimals, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>The rate for people: "100%", "97.22%", or "不适用" / "not applicable".</summary>
    /// <param name="language">The language; simplified Chinese by default.</param>
    /// <returns>The text.</returns>
    public string Format(OutputLanguage language = OutputLanguage.SimplifiedChinese)
        => Percentage is { } p
            ? p.ToString("0.##", CultureInfo.InvariantCulture) + "%"
            : language == OutputLanguage.English ? "not applicable" : "不适用";

    /// <inheritdoc />
    public override string ToString()
        => IsApplicable
            ? string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} ({Format(OutputLanguage.English)})")
            : "not applicable (no one required)";
}
