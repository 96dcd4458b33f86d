using System;
using System.Collections.Generic;
using System.Linq;
using TalkEngine.Demands;
using TalkEngine.Organization;
using OrganizationRoster = TalkEngine.Organization.Organization;

namespace TalkEngine.Records;

/// <summary>
/// Dense integer indexes over a roster and a demand set, so that validating and counting a million
/// records is array work after one dictionary lookup per id (the coverage benchmark's target).
/// </summary>
internal sealed class RosterIndex
{
    private readonly string[] _leaderOnlyIds;

    public RosterIndex(OrganizationRoster organization, DemandSet? demands)
    {
        Organization = organization;
        People = organization.People.ToArray();

        // One dictionary for every id a record may name as subject, talker or recorder: people take
        // 0..People.Length-1 (in id order, as the roster sorts them), leaders who are not people follow.
        // A record then costs one lookup per id, and everything after is array work.
        var leaders = organization.Leaders;
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

        Units = organization.Units.ToArray();
        UnitIndex = new Dictionary<string, int>(Units.Length, StringComparer.Ordinal);
        for (var i = 0; i < Units.Length; i++)
        {
            UnitIndex[Units[i].Id] = i;
        }

        // A person's home unit (for breakdowns when neither the record nor its demand names one):
        // the first head post by unit id, else the first post; the roster already sorts posts by unit id.
        HomeUnit = new int[People.Length];
        Array.Fill(HomeUnit, -1);
        var homeIsHead = new bool[People.Length];
        var posts = organization.Posts;
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
    }

    public OrganizationRoster Organization { get; }

    public Person[] People { get; }

    /// <summary>Person ids to 0..People.Length-1, then the ids of leaders who are not people.</summary>
    public Dictionary<string, int> ActorIndex { get; }

    /// <summary>The number of actor indexes: people, then leaders who are not people.</summary>
    public int ActorCount { get; }

    /// <summary>Per person: any status at all; most people have none, so most records skip the status check.</summary>
    public bool[] HasStatuses { get; }

    public Unit[] Units { get; }

    public Dictionary<string, int> UnitIndex { get; }

    public int[] HomeUnit { get; }

    public TalkDemand[] Demands { get; }

    public Dictionary<string, int> DemandIndex { get; }

    public bool HasDemands { get; }

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
        => Organization.FindLeader(id)?.Name ?? Organization.FindPerson(id)?.Name ?? id;

    public int UnitOf(string? unitId) => unitId is not null && UnitIndex.TryGetValue(unitId, out var u) ? u : -1;

    /// <summary>True when the demand lists <paramref name="source"/> as its source or one of its merged reasons.</summary>
    public static bool HasSource(TalkDemand demand, DemandSource source)
    {
        if (demand.Source == source)
        {
            return true;
        }

        // Indexed: a foreach over the interface would allocate an enumerator per call.
        var reasons = demand.Reasons;
        for (var i = 0; i < reasons.Count; i++)
        {
            if (reasons[i] == source)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The demand's source and merged reasons as a bit mask by source value.</summary>
    public static int SourceMask(TalkDemand demand)
    {
        var mask = 1 << (int)demand.Source;
        var reasons = demand.Reasons;
        for (var i = 0; i < reasons.Count; i++)
        {
            mask |= 1 << (int)reasons[i];
        }

        return mask;
    }
}
