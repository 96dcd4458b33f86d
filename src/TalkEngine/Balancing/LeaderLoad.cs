namespace TalkEngine.Balancing;

/// <summary>A leader's counted load and capacity.</summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="Load">The counted load (fixed talks included when <see cref="LoadCounting.AllDemands"/>).</param>
/// <param name="Capacity">The capacity, or <see langword="null"/> for no limit.</param>
public sealed record LeaderLoad(string LeaderId, int Load, int? Capacity);
