using System.Collections.Generic;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Coverage;

/// <summary>
/// The talks one leader held in the period. Records name the leaders who talked; one who is not on the
/// leadership team (a person of the roster) is counted here too, without roles.
/// </summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="Name">The leader's name.</param>
/// <param name="Roles">The leader's roles on the leadership team; empty when he or she is not on it.</param>
/// <param name="PersonTimes">Valid records the leader took part in.</param>
/// <param name="PeopleTalkedTo">Distinct subjects of those records.</param>
/// <param name="BySource">The leader's person-times per source, in the order of <see cref="DemandSource"/>.</param>
public sealed record LeaderActivity(
    string LeaderId,
    string Name,
    IReadOnlyList<LeaderRole> Roles,
    int PersonTimes,
    int PeopleTalkedTo,
    IReadOnlyList<SourceCount> BySource);
