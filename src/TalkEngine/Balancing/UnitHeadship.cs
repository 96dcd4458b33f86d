using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>A unit a leader headed, and when (a leader does not talk to the heads of a unit he headed recently).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Period">When he headed it (inclusive).</param>
public sealed record UnitHeadship(string UnitId, DateInterval Period);
