using System.Collections.Generic;

namespace TalkEngine.Coverage;

/// <summary>The coverage if every talk still scheduled takes place.</summary>
/// <param name="Rate">The projected rate.</param>
/// <param name="PendingTalks">Demands meeting the period not yet answered, plus scheduled talks in the period for no demand of the set.</param>
/// <param name="NewlyCovered">Required people not yet covered whom a pending qualifying talk would cover, ordered by id.</param>
/// <param name="PersonTimes">The person-times if every pending talk takes place.</param>
public sealed record CoverageProjection(CoverageRate Rate, int PendingTalks, IReadOnlyList<string> NewlyCovered, int PersonTimes);
