using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using TalkEngine.Calendar;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>The state one generation run shares between the sources: inputs, policies, reasons and the results so far.</summary>
internal sealed class DemandContext
{
    private readonly bool[] _excluded;
    private readonly HashSet<string> _videoKinds;
    private readonly bool[] _inPersonStyles;

    // Caches for one run: a large organisation repeats the same units, posts and styles in thousands of demands.
    private readonly HashSet<DemandExclusion> _exclusionSet = new();
    private readonly Dictionary<string, string> _unitNames = new(StringComparer.Ordinal);
    private readonly Dictionary<Post, DemandEvidence> _postEvidence = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Post, DemandEvidence> _riskEvidence = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Post, DemandEvidence> _sensitiveEvidence = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(TalkStyle Style, string Kind), (TalkMode Mode, Reason Reason)> _modes = new();
    private readonly Dictionary<string, (TalkMode Mode, Reason Reason)?[]> _modesByUnit = new(StringComparer.Ordinal);

    public DemandContext(DemandRequest request, DemandOptions options, WorkingCalendar calendar)
    {
        Request = request;
        Options = options;
        Org = request.Roster;
        Calendar = request.Calendar ?? calendar;
        _excluded = new bool[Enum.GetValues<PersonStatusKind>().Length];
        foreach (var status in options.ExcludedStatuses)
        {
            _excluded[(int)status] = true;
        }

        _videoKinds = new HashSet<string>(options.Mode.VideoUnitKinds, StringComparer.Ordinal);
        _inPersonStyles = new bool[Enum.GetValues<TalkStyle>().Length];
        foreach (var style in options.Mode.InPersonStyles)
        {
            _inPersonStyles[(int)style] = true;
        }
    }

    public DemandRequest Request { get; }

    public DemandOptions Options { get; }

    public Roster Org { get; }

    /// <summary>The request's calendar, or else the generator's (never absent: pre-holiday reminders always have one).</summary>
    public WorkingCalendar Calendar { get; }

    public List<TalkDemand> Demands { get; } = new();

    public List<DemandExclusion> Exclusions { get; } = new();

    /// <summary>
    /// The posts that are sensitive posts, in roster order: found with one pass over every post per run
    /// (the pre-holiday check and the governance drives both need them, and a large roster has 100,000 posts).
    /// </summary>
    public List<Post> SensitivePosts => _sensitivePosts ??= FindSensitivePosts();

    private List<Post>? _sensitivePosts;

    private List<Post> FindSensitivePosts()
    {
        var found = new List<Post>();
        var posts = Org.Posts;
        for (var i = 0; i < posts.Count; i++)
        {
            if (posts[i].SensitivePost is not null)
            {
                found.Add(posts[i]);
            }
        }

        return found;
    }

    /// <summary>Merged-talk style reasons by (bit mask of sources, sternest reason), built once per run.</summary>
    public Dictionary<(int Mask, Reason Reason), Reason> MergedStyleReasons { get; } = new();

    /// <summary>The reasons of merged-demand evidence by (source, style reason), built once per run.</summary>
    public Dictionary<(DemandSource Source, Reason Reason), Reason> MergedEvidenceReasons { get; } = new();

    public static string Date(LocalDate date) => IsoText.Date(date);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static DateInterval? Intersect(DateInterval window, DateInterval? period)
    {
        if (period is null)
        {
            return window;
        }

        var start = window.Start > period.Start ? window.Start : period.Start;
        var end = window.End < period.End ? window.End : period.End;
        return start <= end ? new DateInterval(start, end) : null;
    }

    public static DateInterval Hull(DateInterval a, DateInterval b)
    {
        var start = a.Start < b.Start ? a.Start : b.Start;
        var end = a.End > b.End ? a.End : b.End;
        return start == a.Start && end == a.End ? a : new DateInterval(start, end);
    }

    /// <summary>The unit's name for reasons (the id when the roster does not know the unit), looked up once per unit.</summary>
    public string UnitName(string unitId)
    {
        if (!_unitNames.TryGetValue(unitId, out var name))
        {
            name = Org.FindUnit(unitId)?.Name ?? unitId;
            _unitNames.Add(unitId, name);
        }

        return name;
    }

    /// <summary>The integrity-risk evidence of a post's unit (one shared instance per post).</summary>
    public DemandEvidence RiskEvidence(Post post)
    {
        if (!_riskEvidence.TryGetValue(post, out var evidence))
        {
            var unit = Org.FindUnit(post.UnitId)!;
            evidence = new DemandEvidence(
                "risk-level",
                Reason.Of(DemandsTexts.RiskLevel, "unit", unit.Name, "role", Codes.Of(post.Role), "level", Codes.Of(unit.RiskLevel)),
                null,
                unit.Id);
            _riskEvidence.Add(post, evidence);
        }

        return evidence;
    }

    public bool IsExcludedStatus(PersonStatusKind kind) => _excluded[(int)kind];

    /// <summary>
    /// The excluded status that makes <paramref name="person"/> unreachable over <paramref name="window"/>
    /// (excluded statuses cover every day of it), or <see langword="null"/> when the person can be talked to.
    /// Of several covering statuses, the one covering the most days of the window is returned.
    /// </summary>
    public PersonStatus? UnreachableOver(Person person, DateInterval window)
    {
        if (person.Statuses.Count == 0)
        {
            return null;
        }

        var cursor = window.Start;
        PersonStatus? main = null;
        var mainDays = -1;
        foreach (var status in person.Statuses)
        {
            if (!IsExcludedStatus(status.Kind) || status.Period.End < cursor)
            {
                continue;
            }

            if (status.Period.Start > cursor)
            {
                // Statuses are sorted by start, so nothing later can fill the gap at the cursor.
                return null;
            }

            var covered = Intersect(window, status.Period)!;
            if (covered.Length > mainDays)
            {
                main = status;
                mainDays = covered.Length;
            }

            if (status.Period.End >= window.End)
            {
                return main;
            }

            cursor = status.Period.End.PlusDays(1);
        }

        return null;
    }

    public void Exclude(Person person, string? unitId, DemandSource source, PersonStatus status)
    {
        var reason = string.IsNullOrWhiteSpace(status.Note)
            ? Reason.Of(DemandsTexts.Excluded, ("person", person.Name), ("status", Codes.Of(status.Kind)), ("period", IsoText.Period(status.Period)), ("source", Codes.Of(source)))
            : Reason.Of(DemandsTexts.ExcludedWithNote, ("person", person.Name), ("status", Codes.Of(status.Kind)), ("note", status.Note!), ("period", IsoText.Period(status.Period)), ("source", Codes.Of(source)));
        // A status that blocks several windows of one source (each holiday, each quarter) is one exclusion.
        var exclusion = new DemandExclusion(person.Id, unitId, source, status.Kind, reason, status.Period);
        if (_exclusionSet.Add(exclusion))
        {
            Exclusions.Add(exclusion);
        }
    }

    /// <summary>The evidence that a post is one of its unit's sensitive posts (one shared instance per post).</summary>
    public DemandEvidence SensitivePostEvidence(Post post)
    {
        if (!_sensitiveEvidence.TryGetValue(post, out var evidence))
        {
            evidence = new DemandEvidence(
                "sensitive-post",
                Reason.Of(DemandsTexts.SensitivePost, "unit", UnitName(post.UnitId), "post", post.SensitivePost!),
                null,
                post.UnitId);
            _sensitiveEvidence.Add(post, evidence);
        }

        return evidence;
    }

    public (TalkMode Mode, Reason Reason) ChooseMode(TalkStyle style, string unitId)
    {
        // One look-up per demand: the choice depends only on the style and the unit's kind, cached per unit.
        if (!_modesByUnit.TryGetValue(unitId, out var byStyle))
        {
            byStyle = new (TalkMode Mode, Reason Reason)?[_inPersonStyles.Length];
            _modesByUnit.Add(unitId, byStyle);
        }

        if (byStyle[(int)style] is { } cached)
        {
            return cached;
        }

        var kind = Org.FindUnit(unitId)?.Kind.Code ?? string.Empty;
        if (!_modes.TryGetValue((style, kind), out var choice))
        {
            choice = ChooseModeUncached(style, unitId);
            _modes.Add((style, kind), choice);
        }

        byStyle[(int)style] = choice;
        return choice;
    }

    private (TalkMode Mode, Reason Reason) ChooseModeUncached(TalkStyle style, string unitId)
    {
        if (_inPersonStyles[(int)style])
        {
            return (TalkMode.InPerson, Reason.Of(DemandsTexts.ModeInPersonStyle, "style", Codes.Of(style)));
        }

        var unit = Org.FindUnit(unitId);
        if (unit is not null && _videoKinds.Contains(unit.Kind.Code))
        {
            return (TalkMode.Video, Reason.Of(DemandsTexts.ModeVideoUnitKind, "kind", unit.Kind.Code));
        }

        var mode = Options.Mode.Default;
        return (mode, Reason.Of(DemandsTexts.ModeDefault, "mode", Codes.Of(mode)));
    }

    /// <summary>The id of the only leader with <paramref name="role"/>, or <see langword="null"/> when none or several.</summary>
    public string? SoleLeaderWith(LeaderRole? role)
    {
        if (role is null)
        {
            return null;
        }

        string? found = null;
        foreach (var leader in Org.Leaders)
        {
            if (leader.HasRole(role.Value))
            {
                if (found is not null)
                {
                    return null;
                }

                found = leader.Id;
            }
        }

        return found;
    }

    public void Add(
        string id,
        Person subject,
        string unitId,
        DemandSource source,
        DateInterval window,
        TalkStyle style,
        Reason styleReason,
        IReadOnlyList<DemandEvidence> evidence,
        string? requiredLeaderId = null,
        LeaderRole? requiredLeaderRole = null)
    {
        var (mode, modeReason) = ChooseMode(style, unitId);
        Demands.Add(TalkDemand.Trusted(id, subject.Id, unitId, source, window, style, styleReason, mode, modeReason, requiredLeaderId, requiredLeaderRole, evidence));
    }

    /// <summary>Adds a demand whose evidence list is read-only and never changed again, so it is kept, not copied.</summary>
    public void AddShared(string id, Person subject, string unitId, DemandSource source, DateInterval window, TalkStyle style, Reason styleReason, System.Collections.ObjectModel.ReadOnlyCollection<DemandEvidence> evidence)
    {
        var (mode, modeReason) = ChooseMode(style, unitId);
        Demands.Add(TalkDemand.TrustedShared(id, subject.Id, unitId, source, window, style, styleReason, mode, modeReason, null, null, evidence));
    }

    /// <summary>
    /// The people holding head posts of <paramref name="unitIds"/> during <paramref name="window"/>, each with
    /// the posts concerned and the part of the window they hold them, in person-id order.
    /// </summary>
    public List<(Person Person, List<Post> Posts, DateInterval Window)> HeadsDuring(IEnumerable<string> unitIds, DateInterval window)
    {
        var byPerson = new Dictionary<string, (Person Person, List<Post> Posts, DateInterval Window)>(StringComparer.Ordinal);
        foreach (var unitId in unitIds)
        {
            foreach (var post in Org.HeadsOf(unitId))
            {
                AddHolder(byPerson, post, window);
            }
        }

        return Sorted(byPerson);
    }

    /// <summary>
    /// Fills <paramref name="held"/> with the posts of <paramref name="posts"/> held during <paramref name="window"/>
    /// and returns the part of the window they cover, or <see langword="null"/> when none is held.
    /// </summary>
    public static DateInterval? ClipTo(List<Post> posts, DateInterval window, List<Post> held)
    {
        held.Clear();
        DateInterval? tenure = null;
        foreach (var post in posts)
        {
            var part = Intersect(window, post.Period);
            if (part is not null)
            {
                held.Add(post);
                tenure = tenure is null ? part : Hull(tenure, part);
            }
        }

        return tenure;
    }

    public void AddHolder(Dictionary<string, (Person Person, List<Post> Posts, DateInterval Window)> byPerson, Post post, DateInterval window)
    {
        var tenure = Intersect(window, post.Period);
        if (tenure is null)
        {
            return;
        }

        if (byPerson.TryGetValue(post.HolderId, out var entry))
        {
            entry.Posts.Add(post);
            byPerson[post.HolderId] = (entry.Person, entry.Posts, Hull(entry.Window, tenure));
        }
        else
        {
            byPerson.Add(post.HolderId, (Org.FindPerson(post.HolderId)!, new List<Post> { post }, tenure));
        }
    }

    public static List<(Person Person, List<Post> Posts, DateInterval Window)> Sorted(Dictionary<string, (Person Person, List<Post> Posts, DateInterval Window)> byPerson)
    {
        var list = byPerson.Values.ToArray();
        var keys = byPerson.Keys.ToArray();
        Array.Sort(keys, list, StringComparer.Ordinal);
        return new List<(Person Person, List<Post> Posts, DateInterval Window)>(list);
    }

    public List<DemandEvidence> PostEvidence(IEnumerable<Post> posts)
    {
        var evidence = new List<DemandEvidence>();
        foreach (var post in posts)
        {
            if (!_postEvidence.TryGetValue(post, out var item))
            {
                item = new DemandEvidence("post", Reason.Of(DemandsTexts.Post, "unit", UnitName(post.UnitId), "role", Codes.Of(post.Role)), null, post.UnitId);
                _postEvidence.Add(post, item);
            }

            evidence.Add(item);
        }

        return evidence;
    }
}
