using TalkEngine.Organization;

namespace TalkEngine.Coverage;

/// <summary>Coverage of one unit.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Required">Required people of the unit.</param>
/// <param name="Covered">Of those, the people covered.</param>
/// <param name="Rate">Covered over required.</param>
/// <param name="PersonTimes">Valid records about the unit.</param>
public sealed record UnitCoverage(string UnitId, string UnitName, UnitKind Kind, int Required, int Covered, CoverageRate Rate, int PersonTimes);
