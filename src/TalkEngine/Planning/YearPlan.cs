using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using NodaTime;
using TalkEngine.Balancing;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Planning;

/// <summary>
/// The year's plan made by <see cref="TalkPlanner.Plan"/>: the demands (with exclusions and overlaps), the
/// assignment of leaders (with its certificate and explanations) and the talks it holds. Records of the talks
/// held go into <see cref="CreateRecordStore"/>; <see cref="TalkPlanner.Measure(YearPlan, TalkRecordStore)"/>
/// measures coverage against the plan. Later steps (content, scheduling) add their parts here.
/// Immutable and thread-safe.
/// </summary>
public sealed class YearPlan
{
    private readonly Dictionary<string, PlannedTalk> _talksByDemand;
    private RosterIndex? _index;

    internal YearPlan(YearInput input, DemandSet demands, BalancingPlan assignment)
    {
        Input = input;
        Demands = demands;
        Assignment = assignment;
        var talks = new List<PlannedTalk>(assignment.Assignments.Count);
        _talksByDemand = new Dictionary<string, PlannedTalk>(assignment.Assignments.Count, StringComparer.Ordinal);
        var byId = new Dictionary<string, TalkDemand>(demands.Demands.Count, StringComparer.Ordinal);
        foreach (var demand in demands.Demands)
        {
            byId.TryAdd(demand.Id, demand);
        }

        foreach (var a in assignment.Assignments)
        {
            var d = byId[a.DemandId];
            var talk = new PlannedTalk(d.Id, d.SubjectId, d.UnitId, a.LeaderId, d.Source, d.Window, d.Style, d.Mode);
            talks.Add(talk);
            _talksByDemand.Add(d.Id, talk);
        }

        talks.Sort((x, y) => string.CompareOrdinal(x.DemandId, y.DemandId));
        Talks = talks.AsReadOnly();
    }

    /// <summary>What the plan was made from (the roster is not part of the plan's JSON).</summary>
    [JsonIgnore]
    public YearInput Input { get; }

    /// <summary>The roster the plan was made for.</summary>
    [JsonIgnore]
    public Roster Roster => Input.Roster;

    /// <summary>The plan period.</summary>
    public DateInterval Period => Input.Period;

    /// <summary>The demands, with the people excluded and the overlaps.</summary>
    public DemandSet Demands { get; }

    /// <summary>Who talks to whom: assignments with reasons, loads, the optimum and its proof, or what cannot be served.</summary>
    public BalancingPlan Assignment { get; }

    /// <summary>The talks the plan holds, one per assigned demand, sorted by demand id.</summary>
    public IReadOnlyList<PlannedTalk> Talks { get; }

    /// <summary>The index over roster and demands, built once and shared by the plan's stores and its coverage.</summary>
    internal RosterIndex Index
    {
        get
        {
            var index = Volatile.Read(ref _index);
            if (index is null)
            {
                // Building twice under a race is harmless (the same content); one instance wins.
                index = new RosterIndex(Input.Roster, Demands);
                index = Interlocked.CompareExchange(ref _index, index, null) ?? index;
            }

            return index;
        }
    }

    /// <summary>The talk planned for <paramref name="demandId"/>, or <see langword="null"/> when the demand has no leader.</summary>
    /// <param name="demandId">The demand's id.</param>
    /// <returns>The talk, or <see langword="null"/>.</returns>
    public PlannedTalk? FindTalk(string demandId) => _talksByDemand.GetValueOrDefault(Guard.NotNull(demandId));

    /// <summary>
    /// An empty record store for this plan: records are checked against the plan's roster and demands once,
    /// when added, and the store shares the plan's index (nothing is built again per store or per measure).
    /// </summary>
    /// <param name="options">How records are checked; <see langword="null"/> for the defaults.</param>
    /// <returns>The store.</returns>
    public TalkRecordStore CreateRecordStore(RecordValidationOptions? options = null) => new(Index, Demands, options);
}
