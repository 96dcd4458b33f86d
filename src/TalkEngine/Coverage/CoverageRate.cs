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

    /// <summary>
    /// The rate as a reason for people: <c>coverage.rate(percent=97.22)</c>, or <c>coverage.rate-not-applicable</c>
    /// when no one is required; <see cref="TextRenderer"/> writes "97.22%" or "不适用" / "not applicable".
    /// </summary>
    /// <returns>The reason.</returns>
    public Reason ToReason()
        => Percentage is { } p
            ? Reason.Of(CoverageTexts.Rate, "percent", PercentText(p))
            : Reason.Of(CoverageTexts.RateNotApplicable);

    /// <summary>The invariant form for logs and debugging, such as <c>35/36 (97.22%)</c>; not text for people (see <see cref="ToReason"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Percentage is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} ({PercentText(p)}%)")
            : "not applicable (no one required)";

    private static string PercentText(decimal percentage) => percentage.ToString("0.##", CultureInfo.InvariantCulture);
}
