using NodaTime;
using TalkEngine.Demands;

namespace TalkEngine.Planning;

/// <summary>
/// One talk the plan holds: a demand and the leader assigned to it, with what later steps need (window,
/// style, mode). Content and scheduling read these. Immutable.
/// </summary>
/// <param name="DemandId">The demand.</param>
/// <param name="SubjectId">The person talked to.</param>
/// <param name="UnitId">The subject's unit for this demand.</param>
/// <param name="LeaderId">The leader who holds the talk.</param>
/// <param name="Source">The demand's primary source.</param>
/// <param name="Window">When the talk should take place.</param>
/// <param name="Style">The suggested style.</param>
/// <param name="Mode">The suggested mode.</param>
public sealed record PlannedTalk(
    string DemandId,
    string SubjectId,
    string UnitId,
    string LeaderId,
    DemandSource Source,
    DateInterval Window,
    TalkStyle Style,
    TalkMode Mode);
