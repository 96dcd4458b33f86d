namespace TalkEngine.Balancing.Solver;

/// <summary>A worker's counted load (fixed talks included) and capacity.</summary>
/// <param name="WorkerId">The worker.</param>
/// <param name="Load">The counted load.</param>
/// <param name="Capacity">The capacity, or <see langword="null"/> for no limit.</param>
public sealed record WorkerLoad(string WorkerId, int Load, int? Capacity);
