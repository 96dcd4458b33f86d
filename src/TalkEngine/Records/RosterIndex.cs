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
    private readonly HashSet<string> _leaderIds;

    public RosterIndex(OrganizationRoster organization, DemandSet? demands)
    {
        Organization = organization;
        People = organization.People.ToArray();
        PersonIndex = new Dictionary<string, int>(People.Length, StringComparer.Ordinal);
        HasStatuses = new bool[People.Length];
        for (var i = 0; i < People.Length; i++)
        {
            PersonIndex[People[i].Id] = i;
            HasStatuses[i] = People[i].Statuses.Count > 0;
        }

        Units = organization.Units.ToArray();
        UnitIndex = new Dictionary<string, int>(Units.Length, StringComparer.Ordinal);
        for (var i = 0; i < Units.Length; i++)
        {
            UnitIndex[Units[i].Id] = i;
        }

        _leaderIds = new HashSet<string>(organization.Leaders.Select(l => l.Id), StringComparer.Ordinal);

        // A person's home unit (for breakdowns when neither the record nor its demand names one):
        // the first head post by unit id, else the first post; posts are sorted by the roster.
        HomeUnit = new int[People.Length];
        Array.Fill(HomeUnit, -1);
        var homeIsHead = new bool[People.Length];
        foreach (var post in organization.Posts.OrderBy(p => p.UnitId, StringComparer.Ordinal))
        {
            if (!PersonIndex.TryGetValue(post.HolderId, out var p) || !UnitIndex.TryGetValue(post.UnitId, out var u))
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

    public Dictionary<string, int> PersonIndex { get; }

    /// <summary>Per person: any status at all; most people have none, so most records skip the status check.</summary>
    public bool[] HasStatuses { get; }

    public Unit[] Units { get; }

    public Dictionary<string, int> UnitIndex { get; }

    public int[] HomeUnit { get; }

    public TalkDemand[] Demands { get; }

    public Dictionary<string, int> DemandIndex { get; }

    public bool HasDemands { get; }

    /// <summary>A talker or recorder may be a member of the leadership team or any person of the roster.</summary>
    public bool IsKnownActor(string id) => _leaderIds.Contains(id) || PersonIndex.ContainsKey(id);

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

        foreach (var reason in demand.Reasons)
        {
            if (reason == source)
            {
                return true;
            }
        }

        return false;
    }
}
