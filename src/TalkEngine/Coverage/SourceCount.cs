using TalkEngine.Demands;

namespace TalkEngine.Coverage;

/// <summary>A count for one demand source.</summary>
/// <param name="Source">The source.</param>
/// <param name="Count">The count.</param>
public sealed record SourceCount(DemandSource Source, int Count);
