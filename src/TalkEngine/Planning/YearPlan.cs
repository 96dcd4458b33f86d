using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using NodaTime;
using TalkEngine.Balancing;
using TalkEngine.Content;
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
    private OutlineBuilder? _outlines;
    private Dictionary<string, TalkDemand>? _demandsById;

    internal YearPlan(YearInput input, DemandSet demands, BalancingPlan assignment, ContentCatalogue catalogue)
    {
        Input = input;
        Catalogue = catalogue;
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

    /// <summary>The catalogue the plan's outlines select from.</summary>
    [JsonIgnore]
    public ContentCatalogue Catalogue { get; }

    /// <summary>
    /// The outline (约谈提纲) of the talk planned for <paramref name="demandId"/>: the catalogue's items that apply, the
    /// demand's evidence, the arrangement, and from <paramref name="records"/> the problems found in the subject's last
    /// talk and the commitments still open. Built when asked (selections are shared between the plan's outlines).
    /// </summary>
    /// <param name="demandId">The demand's id, such as <c>annual-2017-P02</c>.</param>
    /// <param name="records">Earlier records (the subject's, dated before the talk's window, count); <see langword="null"/> for none.</param>
    /// <returns>The outline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demandId"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">No demand has that id, or the demand has no leader (code <c>content.outline</c>; the problem's path is <c>demand</c>).</exception>
    public TalkOutline Outline(string demandId, IEnumerable<TalkRecord>? records = null)
    {
        Guard.NotNull(demandId);
        if (!_talksByDemand.TryGetValue(demandId, out var talk))
        {
            var known = DemandsById.ContainsKey(demandId);
            throw new TalkEngineValidationException(OutlineErrorCode, [new ValidationProblem(
                known ? "content.unassigned-demand" : "content.unknown-demand",
                known
                    ? $"The demand '{demandId}' has no leader in the plan (see the assignment's unserved demands), so it has no outline."
                    : $"No demand of the plan has the id '{demandId}'; the plan's demand ids look like '{(Talks.Count > 0 ? Talks[0].DemandId : "annual-2017-P01")}'.",
                "demand",
                [demandId])]);
        }

        return OutlineBuilder.Build(talk, DemandsById[demandId], RecordHistory.Of(records));
    }

    /// <summary>The outlines of every talk of the plan, in <see cref="Talks"/> order, over the same records.</summary>
    /// <param name="records">Earlier records; <see langword="null"/> for none.</param>
    /// <returns>The outlines.</returns>
    public IReadOnlyList<TalkOutline> Outlines(IEnumerable<TalkRecord>? records = null)
    {
        var history = RecordHistory.Of(records);
        var builder = OutlineBuilder;
        var outlines = new TalkOutline[Talks.Count];
        for (var i = 0; i < outlines.Length; i++)
        {
            outlines[i] = builder.Build(Talks[i], DemandsById[Talks[i].DemandId], history);
        }

        return Array.AsReadOnly(outlines);
    }

    /// <summary>The four-heading report template (汇报模板) for the subject of the talk planned for <paramref name="demandId"/>, with the unit and the year of the talk filled in.</summary>
    /// <param name="demandId">The demand's id, such as <c>annual-2017-P02</c>.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demandId"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">No talk of the plan answers that demand (code <c>content.outline</c>).</exception>
    public ReportTemplate ReportTemplate(string demandId)
    {
        var outline = Outline(demandId);
        return new ReportTemplate(outline.DemandId, outline.SubjectId, outline.SubjectName, outline.UnitId, outline.UnitName, outline.LeaderName, outline.Window.Start.Year);
    }

    /// <summary>The error code of an outline asked for a demand the plan has no talk for.</summary>
    public const string OutlineErrorCode = "content.outline";

    private OutlineBuilder OutlineBuilder
    {
        get
        {
            var builder = Volatile.Read(ref _outlines);
            if (builder is null)
            {
                builder = new OutlineBuilder(Catalogue, Input.Roster);
                builder = Interlocked.CompareExchange(ref _outlines, builder, null) ?? builder;
            }

            return builder;
        }
    }

    private Dictionary<string, TalkDemand> DemandsById
    {
        get
        {
            var map = Volatile.Read(ref _demandsById);
            if (map is null)
            {
                map = new Dictionary<string, TalkDemand>(Demands.Demands.Count, StringComparer.Ordinal);
                foreach (var demand in Demands.Demands)
                {
                    map.TryAdd(demand.Id, demand);
                }

                map = Interlocked.CompareExchange(ref _demandsById, map, null) ?? map;
            }

            return map;
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
