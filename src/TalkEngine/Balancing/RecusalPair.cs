namespace TalkEngine.Balancing;

/// <summary>A pair the host excludes: this leader does not talk to this subject.</summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="SubjectId">The person talked to.</param>
public sealed record RecusalPair(string LeaderId, string SubjectId);
