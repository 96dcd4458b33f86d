using System.Collections.Generic;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Coverage;

/// <summary>The talks one talker held in the period.</summary>
/// <param name="LeaderId">The talker.</param>
/// <param name="Name">The talker's name.</param>
/// <param name="Roles">The talker's roles on the leadership team; empty when the talker is not a leader.</param>
/// <param name="PersonTimes">Valid records the talker took part in.</param>
/// <param name="PeopleTalkedTo">Distinct subjects of those records.</param>
/// <param name="BySource">The talker's person-times per source, in the order of <see cref="DemandSource"/>.</param>
public sealed record LeaderActivity(
    string LeaderId,
    string Name,
    IReadOnlyList<LeaderRole> Roles,
    int PersonTimes,
    int PeopleTalkedTo,
    IReadOnlyList<SourceCount> BySource);
