using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Coverage;

/// <summary>
/// The coverage if every talk still possible on <see cref="AsOf"/> takes place: only talks that can still be held in the
/// period (the demand's window, or the scheduled date, not before the as-of date) count, and
/// <see cref="PendingTalks"/> counts only those that would change the rate. Immutable and thread-safe.
/// </summary>
/// <param name="Rate">The projected rate.</param>
/// <param name="PendingTalks">
/// The talks that would change the rate: demands of the period not yet answered whose window ends on or after
/// <see cref="AsOf"/>, plus scheduled talks in the period on or after it for no demand of the set, whose subject is
/// required (not excluded), not yet covered, and whose source qualifies. A demand whose window has closed, or whose
/// subject is already covered, is not counted.
/// </param>
/// <param name="NewlyCovered">Required people not yet covered whom a pending talk would cover, ordered by id.</param>
/// <param name="PersonTimes">The person-times if every talk still possible takes place (those that would not change the rate included).</param>
/// <param name="AsOf">The day the projection looks forward from: the planner's today, or the period's first day when the caller gave none.</param>
public sealed record CoverageProjection(CoverageRate Rate, int PendingTalks, IReadOnlyList<string> NewlyCovered, int PersonTimes, LocalDate AsOf);
