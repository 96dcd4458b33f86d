using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// Regular reminder talks with the heads of high-risk units: the plan period is cut into slices of
/// <see cref="EveryMonths"/> months from its first day (the last may be shorter), one talk per head per slice.
/// </summary>
public sealed class RiskFrequencyPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The length of a slice in months. Default: 3 (quarterly).</summary>
    public int EveryMonths { get; set; } = 3;

    /// <summary>The lowest risk level in scope. Default: high.</summary>
    public IntegrityRiskLevel MinimumRisk { get; set; } = IntegrityRiskLevel.High;
}
