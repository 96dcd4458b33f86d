using TalkEngine.Demands;

namespace TalkEngine.Coverage;

/// <summary>The talks of one source in the period.</summary>
/// <param name="Source">The source.</param>
/// <param name="Demands">Demands of the source (as its source or one of its merged sources) whose window meets the period.</param>
/// <param name="DemandsAnswered">Of those, the demands answered by a valid record.</param>
/// <param name="PersonTimes">Valid records of the source.</param>
/// <param name="PeopleTalkedTo">Distinct subjects of those records.</param>
public sealed record SourceActivity(DemandSource Source, int Demands, int DemandsAnswered, int PersonTimes, int PeopleTalkedTo);
