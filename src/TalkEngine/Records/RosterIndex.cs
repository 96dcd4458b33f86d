using System;
using System.Collections.Generic;
using System.Linq;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Records;

/// <summary>
/// Dense integer indexes over a roster and a demand set, so that validating and counting a million
/// records is array work after one dictionary lookup per id (the coverage benchmark's target).
/// </summary>
internal sealed class RosterIndex
{
    private readonly string[] _leaderOnlyIds;

    private readonly DemandSet? _demandSet;

    public RosterIndex(Roster roster, DemandSet? demands)
    {
        Roster = roster;
        _demandSet = demands;
        People = roster.People.ToArray();

        // One dictionary for every id a record may name as subject, talker or recorder: people take
        // 0..People.Length-1 (in id order, as the roster sorts them), leaders who are not people follow.
        // A record then costs one lookup per id, and everything after is array work.
        var leaders = roster.Leaders;
        ActorIndex = new Dictionary<string, int>(People.Length + leaders.Count, StringComparer.Ordinal);
        HasStatuses = new bool[People.Length];
        for (var i = 0; i < People.Length; i++)
        {
            ActorIndex[People[i].Id] = i;
            HasStatuses[i] = People[i].Statuses.Count > 0;
        }

        var actorIds = new List<string>(leaders.Count);
        for (var l = 0; l < leaders.Count; l++)
        {
            if (ActorIndex.TryAdd(leaders[l].Id, People.Length + actorIds.Count))
            {
                actorIds.Add(leaders[l].Id);
            }
        }

        ActorCount = People.Length + actorIds.Count;
        _leaderOnlyIds = actorIds.ToArray();

        // Ids and names by index, so that report rows copy references without touching each object.
        PersonIds = new string[People.Length];
        PersonNames = new string[People.Length];
        for (var i = 0; i < People.Length; i++)
        {
            PersonIds[i] = People[i].Id;
            PersonNames[i] = People[i].Name;
        }

        Units = roster.Units.ToArray();
        UnitIndex = new Dictionary<string, int>(Units.Length, StringComparer.Ordinal);
        UnitIds = new string[Units.Length];
        for (var i = 0; i < Units.Length; i++)
        {
            UnitIndex[Units[i].Id] = i;
            UnitIds[i] = Units[i].Id;
        }

        // Unit kinds as dense indexes, in code order, so breakdowns by kind sum arrays.
        Kinds = Units.Select(u => u.Kind).Distinct().OrderBy(k => k.Code, StringComparer.Ordinal).ToArray();
        var kindIndex = new Dictionary<UnitKind, int>(Kinds.Length);
        for (var k = 0; k < Kinds.Length; k++)
        {
            kindIndex[Kinds[k]] = k;
        }

        UnitKindOf = new int[Units.Length];
        for (var i = 0; i < Units.Length; i++)
        {
            UnitKindOf[i] = kindIndex[Units[i].Kind];
        }

        // A person's home unit (for breakdowns when neither the record nor its demand names one):
        // the first head post by unit id, else the first post; the roster already sorts posts by unit id.
        HomeUnit = new int[People.Length];
        Array.Fill(HomeUnit, -1);
        var homeIsHead = new bool[People.Length];
        var posts = roster.Posts;
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            if (!TryGetPerson(post.HolderId, out var p) || !UnitIndex.TryGetValue(post.UnitId, out var u))
            {
                continue;
            }

            if (HomeUnit[p] < 0 || (post.IsHeadPost && !homeIsHead[p]))
            {
                HomeUnit[p] = u;
                homeIsHead[p] = post.IsHeadPost;
            }
        }

        Demands = demands?.Demands.ToArray() ?? Array.Empty<TalkDemand>();
        DemandIndex = new Dictionary<string, int>(Demands.Length, StringComparer.Ordinal);
        for (var i = 0; i < Demands.Length; i++)
        {
            DemandIndex.TryAdd(Demands[i].Id, i);
        }

        HasDemands = demands is not null;

        // The demands' fields that counting reads, resolved once per index rather than per measurement:
        // subject and unit as indexes, sources as a bit mask, the window as day numbers.
        DemandIds = new string[Demands.Length];
        DemandSubject = new int[Demands.Length];
        DemandUnit = new int[Demands.Length];
        DemandMask = new int[Demands.Length];
        DemandFirstDay = new int[Demands.Length];
        DemandLastDay = new int[Demands.Length];
        SubjectDemandStart = new int[People.Length + 1];
        for (var d = 0; d < Demands.Length; d++)
        {
            var demand = Demands[d];
            DemandIds[d] = demand.Id;
            DemandSubject[d] = TryGetPerson(demand.SubjectId, out var subject) ? subject : -1;
            DemandUnit[d] = UnitOf(demand.UnitId);
            DemandMask[d] = SourceMask(demand);
            DemandFirstDay[d] = DayNumbers.Of(demand.Window.Start);
            DemandLastDay[d] = DayNumbers.Of(demand.Window.End);
            if (subject >= 0)
            {
                SubjectDemandStart[subject + 1]++;
            }
        }

        // Each person's demands, in demand (id) order: a counting sort by subject.
        for (var p = 0; p < People.Length; p++)
        {
            SubjectDemandStart[p + 1] += SubjectDemandStart[p];
        }

        SubjectDemands = new int[SubjectDemandStart[People.Length]];
        var next = SubjectDemandStart.AsSpan(0, People.Length).ToArray();
        for (var d = 0; d < Demands.Length; d++)
        {
            if (DemandSubject[d] >= 0)
            {
                SubjectDemands[next[DemandSubject[d]]++] = d;
            }
        }
    }

    public Roster Roster { get; }

    public Person[] People { get; }

    /// <summary>Person ids to 0..People.Length-1, then the ids of leaders who are not people.</summary>
    public Dictionary<string, int> ActorIndex { get; }

    /// <summary>The number of actor indexes: people, then leaders who are not people.</summary>
    public int ActorCount { get; }

    /// <summary>Per person: any status at all; most people have none, so most records skip the status check.</summary>
    public bool[] HasStatuses { get; }

    /// <summary>Per person index: the person's id (read without touching the person).</summary>
    public string[] PersonIds { get; }

    /// <summary>Per person index: the person's name.</summary>
    public string[] PersonNames { get; }

    public Unit[] Units { get; }

    /// <summary>Per unit index: the unit's id.</summary>
    public string[] UnitIds { get; }

    /// <summary>The unit kinds of the roster, ordered by code.</summary>
    public UnitKind[] Kinds { get; }

    /// <summary>Per unit: its kind's index in <see cref="Kinds"/>.</summary>
    public int[] UnitKindOf { get; }

    public Dictionary<string, int> UnitIndex { get; }

    public int[] HomeUnit { get; }

    public TalkDemand[] Demands { get; }

    public Dictionary<string, int> DemandIndex { get; }

    public bool HasDemands { get; }

    /// <summary>Per demand: its id.</summary>
    public string[] DemandIds { get; }

    /// <summary>Per demand: the subject's person index; -1 when the roster does not have him.</summary>
    public int[] DemandSubject { get; }

    /// <summary>Per demand: its unit's index; -1 when none or unknown.</summary>
    public int[] DemandUnit { get; }

    /// <summary>Per demand: <see cref="SourceMask"/>.</summary>
    public int[] DemandMask { get; }

    /// <summary>Per demand: the first day of its window as a day number.</summary>
    public int[] DemandFirstDay { get; }

    /// <summary>Per demand: the last day of its window as a day number.</summary>
    public int[] DemandLastDay { get; }

    /// <summary>Person p's demands are <c>SubjectDemands[SubjectDemandStart[p]..SubjectDemandStart[p + 1]]</c>, in demand order.</summary>
    public int[] SubjectDemandStart { get; }

    /// <summary>Demand indexes grouped by subject (see <see cref="SubjectDemandStart"/>).</summary>
    public int[] SubjectDemands { get; }

    /// <summary>
    /// True when a record of <paramref name="source"/> dated <paramref name="day"/> about the demand's
    /// subject answers demand <paramref name="d"/> without naming it: the demand's sources include the
    /// record's and its window holds the date (hosts do not always link records to demands).
    /// </summary>
    public bool AnswersImplicitly(int d, int day, int source)
        => day >= DemandFirstDay[d] && day <= DemandLastDay[d] && ((DemandMask[d] >> source) & 1) != 0;

    /// <summary>The person index of <paramref name="id"/>; false when the id is not a person of the roster.</summary>
    public bool TryGetPerson(string id, out int person)
    {
        if (ActorIndex.TryGetValue(id, out person) && person < People.Length)
        {
            return true;
        }

        person = -1;
        return false;
    }

    /// <summary>
    /// The actor index of a talker or recorder — a member of the leadership team or any person of the
    /// roster; -1 when unknown.
    /// </summary>
    public int ActorOf(string id) => ActorIndex.TryGetValue(id, out var a) ? a : -1;

    /// <summary>The id of an actor index.</summary>
    public string ActorId(int actor) => actor < People.Length ? People[actor].Id : _leaderOnlyIds[actor - People.Length];

    public string NameOfActor(string id)
        => Roster.FindLeader(id)?.Name ?? Roster.FindPerson(id)?.Name ?? id;

    public int UnitOf(string? unitId) => unitId is not null && UnitIndex.TryGetValue(unitId, out var u) ? u : -1;

    /// <summary>The demand's source and merged sources as a bit mask by source value.</summary>
    public static int SourceMask(TalkDemand demand)
    {
        var mask = 1 << (int)demand.Source;
        var reasons = demand.Sources;
        for (var i = 0; i < reasons.Count; i++)
        {
            mask |= 1 << (int)reasons[i];
        }

        return mask;
    }

    /// <summary>
    /// Throws when a demand or exclusion names a person the roster does not have (demands from another roster),
    /// with the code every capability uses for it; checked once per index.
    /// </summary>
    public void ThrowIfDemandsNameUnknownPeople(string errorCode)
    {
        var problems = _unknownPeople ??= FindUnknownPeople();
        TalkEngineValidationException.ThrowIfAny(errorCode, problems);
    }

    private List<ValidationProblem>? _unknownPeople;

    private List<ValidationProblem> FindUnknownPeople()
    {
        var problems = new List<ValidationProblem>();
        for (var d = 0; d < Demands.Length; d++)
        {
            if (DemandSubject[d] < 0)
            {
                problems.Add(new(RosterProblems.UnknownPerson, $"Demand '{Demands[d].Id}' is about '{Demands[d].SubjectId}', who is not in the roster; generate the demands from the same roster.", $"demands['{Demands[d].Id}'].subjectId", [Demands[d].Id, Demands[d].SubjectId]));
            }
        }

        if (_demandSet is { } set)
        {
            for (var e = 0; e < set.Exclusions.Count; e++)
            {
                var exclusion = set.Exclusions[e];
                if (!TryGetPerson(exclusion.PersonId, out _))
                {
                    problems.Add(new(RosterProblems.UnknownPerson, $"An exclusion names '{exclusion.PersonId}', who is not in the roster; generate the demands from the same roster.", $"exclusions[{e}].personId", [exclusion.PersonId]));
                }
            }
        }

        return problems;
    }
}
