using TalkEngine.Organization;

namespace TalkEngine.Coverage;

/// <summary>Coverage of one unit kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Required">Required people whose unit has this kind.</param>
/// <param name="Covered">Of those, the people covered.</param>
/// <param name="Rate">Covered over required.</param>
/// <param name="PersonTimes">Valid records about units of this kind.</param>
public sealed record UnitKindCoverage(UnitKind Kind, int Required, int Covered, CoverageRate Rate, int PersonTimes);
