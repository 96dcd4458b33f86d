using System.Collections.Generic;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Coverage;

/// <summary>A person required in the period and whether a qualifying record covers him.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Name">The person's name.</param>
/// <param name="UnitId">The unit of the person's first required demand (by demand id); <see langword="null"/> when unknown.</param>
/// <param name="DemandIds">The required demands for the person, ordered by id.</param>
/// <param name="QualifyingTalks">How many qualifying records the person has in the period.</param>
/// <param name="FirstRecordId">The earliest qualifying record (by date, then id); <see langword="null"/> when not covered.</param>
/// <param name="FirstTalkDate">That record's date.</param>
public sealed record RequiredPerson(
    string PersonId,
    string Name,
    string? UnitId,
    IReadOnlyList<string> DemandIds,
    int QualifyingTalks,
    string? FirstRecordId,
    LocalDate? FirstTalkDate)
{
    /// <summary>True when at least one qualifying record covers the person.</summary>
    public bool IsCovered => QualifyingTalks > 0;
}

/// <summary>A person left out of the required set, with the reason and the evidence (the demand exclusions).</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Name">The person's name, or the id when the roster does not know him.</param>
/// <param name="Status">The status that excludes the person (seconded, post vacant…), from the first exclusion.</param>
/// <param name="Reason">The reason of the first exclusion (a code with arguments; render it with <see cref="TextRenderer"/>).</param>
/// <param name="Evidence">Every exclusion for the person (one per post or source), in the demand set's order.</param>
public sealed record ExcludedPerson(
    string PersonId,
    string Name,
    PersonStatusKind Status,
    Reason Reason,
    IReadOnlyList<DemandExclusion> Evidence);

/// <summary>A count for one demand source.</summary>
/// <param name="Source">The source.</param>
/// <param name="Count">The count.</param>
public sealed record SourceCount(DemandSource Source, int Count);

/// <summary>Talks counted in person-times (人次): one per valid record, however many talks a person had.</summary>
/// <param name="Total">All valid records in the period.</param>
/// <param name="BySource">Per source with at least one record, in the order of <see cref="DemandSource"/>.</param>
public sealed record PersonTimes(int Total, IReadOnlyList<SourceCount> BySource)
{
    /// <summary>The person-times of one source; 0 when none.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The count.</returns>
    public int Of(DemandSource source)
    {
        foreach (var item in BySource)
        {
            if (item.Source == source)
            {
                return item.Count;
            }
        }

        return 0;
    }
}

/// <summary>Coverage of one unit kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Required">Required people whose unit has this kind.</param>
/// <param name="Covered">Of those, the people covered.</param>
/// <param name="Rate">Covered over required.</param>
/// <param name="PersonTimes">Valid records about units of this kind.</param>
public sealed record UnitKindCoverage(UnitKind Kind, int Required, int Covered, CoverageRate Rate, int PersonTimes);

/// <summary>Coverage of one unit.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Required">Required people of the unit.</param>
/// <param name="Covered">Of those, the people covered.</param>
/// <param name="Rate">Covered over required.</param>
/// <param name="PersonTimes">Valid records about the unit.</param>
public sealed record UnitCoverage(string UnitId, string UnitName, UnitKind Kind, int Required, int Covered, CoverageRate Rate, int PersonTimes);

/// <summary>The talks of one source in the period.</summary>
/// <param name="Source">The source.</param>
/// <param name="Demands">Demands of the source (as source or merged reason) whose window meets the period.</param>
/// <param name="DemandsAnswered">Of those, the demands answered by a valid record.</param>
/// <param name="PersonTimes">Valid records of the source.</param>
/// <param name="PeopleTalkedTo">Distinct subjects of those records.</param>
public sealed record SourceActivity(DemandSource Source, int Demands, int DemandsAnswered, int PersonTimes, int PeopleTalkedTo);

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

/// <summary>The coverage if every talk still scheduled takes place.</summary>
/// <param name="Rate">The projected rate.</param>
/// <param name="PendingTalks">Demands meeting the period not yet answered, plus scheduled talks in the period for no demand of the set.</param>
/// <param name="NewlyCovered">Required people not yet covered whom a pending qualifying talk would cover, ordered by id.</param>
/// <param name="PersonTimes">The person-times if every pending talk takes place.</param>
public sealed record CoverageProjection(CoverageRate Rate, int PendingTalks, IReadOnlyList<string> NewlyCovered, int PersonTimes);
