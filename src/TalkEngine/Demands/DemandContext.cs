using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using TalkEngine.Calendar;
using TalkEngine.Organization;
using Roster = TalkEngine.Organization.Organization;

namespace TalkEngine.Demands;

/// <summary>The state one generation run shares between the sources: inputs, policies, texts and the results so far.</summary>
internal sealed class DemandContext
{
    private readonly bool[] _excluded;
    private readonly HashSet<string> _videoKinds;
    private readonly bool[] _inPersonStyles;

    public DemandContext(DemandRequest request, DemandOptions options, WorkingCalendar? calendar)
    {
        Request = request;
        Options = options;
        Org = request.Organization;
        Calendar = request.Calendar ?? calendar;
        English = options.Language == OutputLanguage.English;
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

    public WorkingCalendar? Calendar { get; }

    public bool English { get; }

    public List<TalkDemand> Demands { get; } = new();

    public List<DemandExclusion> Exclusions { get; } = new();

    public OutputLanguage Language => Options.Language;

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

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

    public string Text(string zh, string en) => English ? en : zh;

    public string Interval(DateInterval interval) => Text(
        Date(interval.Start) + " 至 " + Date(interval.End),
        Date(interval.Start) + " to " + Date(interval.End));

    public string UnitLabel(string unitId)
    {
        var unit = Org.FindUnit(unitId);
        return unit is null ? unitId : Text("「" + unit.Name + "」", "'" + unit.Name + "'");
    }

    public string PostLabel(Post post)
        => Text(UnitLabel(post.UnitId) + post.Role.DisplayName(Language), post.Role.DisplayName(Language) + " of " + UnitLabel(post.UnitId));

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
        var note = string.IsNullOrWhiteSpace(status.Note) ? string.Empty : Text("（" + status.Note + "）", " (" + status.Note + ")");
        var reason = Text(
            $"{person.Name}{status.Kind.DisplayName(Language)}{note}，{Interval(status.Period)}，按政策不列入{source.DisplayName(Language)}。",
            $"{person.Name} is {status.Kind.DisplayName(Language)}{note} from {Interval(status.Period)}, so the policy leaves him or her out of the {source.DisplayName(Language)}.");
        Exclusions.Add(new DemandExclusion(person.Id, unitId, source, status.Kind, reason, status.Period));
    }

    public (TalkMode Mode, string Reason) ChooseMode(TalkStyle style, string unitId)
    {
        if (_inPersonStyles[(int)style])
        {
            return (TalkMode.InPerson, Text(
                $"{style.DisplayName(Language)}约谈须当面进行。",
                $"A {style.DisplayName(Language)} talk is held in person."));
        }

        var unit = Org.FindUnit(unitId);
        if (unit is not null && _videoKinds.Contains(unit.Kind.Code))
        {
            return (TalkMode.Video, Text(
                $"{unit.Kind.DisplayName(Language)}的负责人按政策视频约谈。",
                $"Heads of a {unit.Kind.DisplayName(Language)} are talked to by video under the policy."));
        }

        var mode = Options.Mode.Default;
        return (mode, Text($"默认方式：{mode.DisplayName(Language)}。", $"Default mode: {mode.DisplayName(Language)}."));
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
        string styleReason,
        IReadOnlyList<DemandEvidence> evidence,
        string? requiredTalkerId = null,
        LeaderRole? requiredTalkerRole = null)
    {
        var (mode, modeReason) = ChooseMode(style, unitId);
        Demands.Add(new TalkDemand(id, subject.Id, unitId, source, window, style, styleReason, mode, modeReason, requiredTalkerId, requiredTalkerRole, evidence));
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
            var start = entry.Window.Start < tenure.Start ? entry.Window.Start : tenure.Start;
            var end = entry.Window.End > tenure.End ? entry.Window.End : tenure.End;
            byPerson[post.HolderId] = (entry.Person, entry.Posts, new DateInterval(start, end));
        }
        else
        {
            byPerson.Add(post.HolderId, (Org.FindPerson(post.HolderId)!, new List<Post> { post }, tenure));
        }
    }

    public static List<(Person Person, List<Post> Posts, DateInterval Window)> Sorted(Dictionary<string, (Person Person, List<Post> Posts, DateInterval Window)> byPerson)
    {
        var list = byPerson.Values.ToList();
        list.Sort((a, b) => string.CompareOrdinal(a.Person.Id, b.Person.Id));
        return list;
    }

    public List<DemandEvidence> PostEvidence(IEnumerable<Post> posts)
    {
        var evidence = new List<DemandEvidence>();
        foreach (var post in posts)
        {
            evidence.Add(new DemandEvidence("post", PostLabel(post), null, post.UnitId));
        }

        return evidence;
    }
}
