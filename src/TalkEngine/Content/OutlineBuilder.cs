using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Records;

namespace TalkEngine.Content;

/// <summary>
/// Builds the outline (约谈提纲) of an assigned talk: selects the catalogue items that apply to the subject's roles, the
/// demand's sources and style, the unit's kind and risk, a sensitive post, the holiday and the date, and adds the
/// demand's evidence, the arrangement, the problems found in the subject's last talk and the commitments still open.
/// <see cref="YearPlan.Outline"/> uses one per plan; a host that runs content alone makes its own. Talks with the same
/// selection inputs share one selection (computed once). Thread-safe.
/// </summary>
public sealed class OutlineBuilder
{
    private static readonly IReadOnlyList<OutlineItem> NoItems = System.Collections.ObjectModel.ReadOnlyCollection<OutlineItem>.Empty;

    private readonly ConcurrentDictionary<SelectionKey, Selection> _selections = new();

    // The days on which some item starts or stops applying, sorted: two dates of one year between the same two
    // boundaries select the same items, so the selection is keyed by (year, epoch), not by the date.
    private readonly LocalDate[] _boundaries;

    // The catalogue's conditions as arrays, read once: a selection tests every item, and reading the items' lists
    // through their interfaces (an enumerator and a UnitKind per test) dominated the selection benchmark.
    private readonly Rule[] _rules;

    // Narrows a selection to the items whose conditions can hold, so that only those are tested one by one.
    private readonly ContentItemFilter _filter;

    // The lines that many talks share, made once: the style and mode lines per (style, reason, mode, reason), the
    // attendees per leader, the window per window, an evidence line per evidence (demands of a source share theirs).
    private readonly ConcurrentDictionary<(TalkStyle, Reason, TalkMode, Reason), (OutlineItem Style, OutlineItem Mode)> _styleLines = new();
    private readonly ConcurrentDictionary<string, OutlineItem> _attendeeLines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<DateInterval, OutlineItem> _windowLines = new();
    private readonly ConcurrentDictionary<(DemandEvidence Evidence, DemandSource Source, int Index), OutlineItem> _evidenceLines = new();

    /// <summary>Creates a builder.</summary>
    /// <param name="catalogue">The catalogue to select from.</param>
    /// <param name="roster">The roster the talks are about (names, posts, units).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OutlineBuilder(ContentCatalogue catalogue, Roster roster)
    {
        Catalogue = Guard.NotNull(catalogue);
        Roster = Guard.NotNull(roster);
        var boundaries = new SortedSet<LocalDate>();
        foreach (var item in catalogue.Items)
        {
            if (item.EffectiveFrom is { } from)
            {
                boundaries.Add(from);
            }

            if (item.EffectiveTo is { } to && to < LocalDate.MaxIsoValue)
            {
                boundaries.Add(to.PlusDays(1));
            }
        }

        _boundaries = [.. boundaries];
        _rules = new Rule[catalogue.Items.Count];
        for (var i = 0; i < _rules.Length; i++)
        {
            _rules[i] = new Rule(catalogue.Items[i]);
        }

        _filter = new ContentItemFilter(catalogue.Items);
    }

    /// <summary>How many distinct selections were made (for the benchmark's report).</summary>
    internal int SelectionCount => _selections.Count;

    internal int EvidenceLineCount => _evidenceLines.Count;

    /// <summary>The catalogue selected from.</summary>
    public ContentCatalogue Catalogue { get; }

    /// <summary>The roster.</summary>
    public Roster Roster { get; }

    /// <summary>The outline of one talk.</summary>
    /// <param name="talk">The assigned talk.</param>
    /// <param name="demand">Its demand (evidence, sources, style and mode reasons).</param>
    /// <param name="records">
    /// Earlier records (any subject; those of the talk's subject dated before its window count): their open commitments
    /// (due by the window's end, not reviewed by a record dated before the window) are followed up, and the problems
    /// found in the last one come forward. <see langword="null"/> for none.
    /// </param>
    /// <returns>The outline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The talk is not the demand's.</exception>
    public TalkOutline Build(PlannedTalk talk, TalkDemand demand, IEnumerable<TalkRecord>? records = null)
    {
        Guard.NotNull(talk);
        Guard.NotNull(demand);
        if (!string.Equals(talk.DemandId, demand.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The talk answers demand '{talk.DemandId}', not '{demand.Id}'.", nameof(demand));
        }

        return Build(talk, demand, RecordHistory.Of(records));
    }

    internal TalkOutline Build(PlannedTalk talk, TalkDemand demand, RecordHistory history)
    {
        var window = demand.Window;
        var person = Roster.TryGetPerson(demand.SubjectId, out var found, out var posts) ? found : null;
        var unit = Roster.FindUnit(demand.UnitId);
        var leader = Roster.FindLeader(talk.LeaderId);
        var (roleMask, sensitivePost) = RolesOf(demand, window, posts);
        var holiday = HolidayOf(demand);
        var sourceMask = 0;
        var sources = demand.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            sourceMask |= 1 << (int)sources[i];
        }

        var epoch = Array.BinarySearch(_boundaries, window.Start);
        var key = new SelectionKey(roleMask, sourceMask, demand.Style, unit?.Kind.Code ?? string.Empty, unit?.RiskLevel ?? IntegrityRiskLevel.Low, sensitivePost, holiday, window.Start.Year, epoch < 0 ? ~epoch : epoch + 1);
        var selection = _selections.TryGetValue(key, out var cached) ? cached : _selections.GetOrAdd(key, Select(key, window.Start));

        var leaderName = leader?.Name ?? talk.LeaderId;
        var styleKey = (demand.Style, demand.StyleReason, demand.Mode, demand.ModeReason);
        if (!_styleLines.TryGetValue(styleKey, out var styleLines))
        {
            styleLines = _styleLines.GetOrAdd(styleKey, (
                new OutlineItem("arrangement.style", ContentItemKind.Arrangement, null, Reason.Of(ContentTexts.FactStyle, "style", Codes.Of(demand.Style)), demand.StyleReason),
                new OutlineItem("arrangement.mode", ContentItemKind.Arrangement, null, Reason.Of(ContentTexts.FactMode, "mode", Codes.Of(demand.Mode)), demand.ModeReason)));
        }

        var attendees = _attendeeLines.TryGetValue(talk.LeaderId, out var attendeeLine) ? attendeeLine : _attendeeLines.GetOrAdd(
            talk.LeaderId,
            new OutlineItem("arrangement.attendees", ContentItemKind.Arrangement, null, Reason.Of(ContentTexts.FactAttendees, "leader", leaderName), Reason.Of(ContentTexts.WhyAssigned, "leader", talk.LeaderId)));
        var windowItem = _windowLines.TryGetValue(window, out var windowLine) ? windowLine : _windowLines.GetOrAdd(
            window,
            new OutlineItem("arrangement.window", ContentItemKind.Arrangement, null, Reason.Of(ContentTexts.FactWindow, "window", IsoText.Period(window)), Reason.Of(ContentTexts.WhyWindow)));

        // The selection's style guidance is shared, not copied: the talk's own four lines follow it.
        var how = new HowLines(selection.How, styleLines.Style, styleLines.Mode, attendees, windowItem);

        var problems = new List<OutlineItem>(demand.Evidence.Count + 2);
        for (var i = 0; i < demand.Evidence.Count; i++)
        {
            var evidence = demand.Evidence[i];
            if (string.Equals(evidence.Kind, "post", StringComparison.Ordinal))
            {
                continue;
            }

            // The line's id says its position in the demand's evidence, its reason the demand's source.
            var evidenceKey = (evidence, demand.Source, i);
            if (!_evidenceLines.TryGetValue(evidenceKey, out var line))
            {
                line = _evidenceLines.GetOrAdd(evidenceKey, new OutlineItem("evidence." + IsoText.Number(i + 1), ContentItemKind.Evidence, null, evidence.Description, Reason.Of(ContentTexts.WhyEvidence, "source", Codes.Of(demand.Source))));
            }

            problems.Add(line);
        }

        var followUp = history.Knows(demand.SubjectId) ? new List<OutlineItem>() : null;
        if (followUp is not null)
        {
            history.Collect(demand, problems, followUp);
        }

        var sections = new[]
        {
            selection.WhatSection,
            new OutlineSection(OutlineQuestion.How, how),
            new OutlineSection(OutlineQuestion.Problems, problems.Count == 0 ? NoItems : problems.AsReadOnly()),
            selection.EffectSection,
        };

        return new TalkOutline(
            demand,
            person?.Name ?? demand.SubjectId,
            unit?.Name ?? demand.UnitId,
            talk.LeaderId,
            leaderName,
            selection.Roles,
            Catalogue.Version,
            Array.AsReadOnly(sections),
            selection.Questions,
            selection.Commitments,
            followUp is { Count: > 0 } ? followUp.AsReadOnly() : NoItems);
    }

    // The subject's roles from the posts held during the window (in the demand's unit when there are any), and a sensitive post's name.
    private static (int RoleMask, string? SensitivePost) RolesOf(TalkDemand demand, DateInterval window, IReadOnlyList<Post> posts)
    {
        var inUnit = false;
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            if (post.IsHeldDuring(window) && string.Equals(post.UnitId, demand.UnitId, StringComparison.Ordinal))
            {
                inUnit = true;
                break;
            }
        }

        var mask = 0;
        string? sensitive = null;
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            if (!post.IsHeldDuring(window) || (inUnit && !string.Equals(post.UnitId, demand.UnitId, StringComparison.Ordinal)))
            {
                continue;
            }

            switch (post.Role)
            {
                case PostRole.AdministrativeHead:
                    mask |= 1 << (int)SubjectRole.AdministrativeHead;
                    break;
                case PostRole.PartySecretary:
                    mask |= 1 << (int)SubjectRole.PartySecretary;
                    break;
                default:
                    mask |= 1 << (int)SubjectRole.Deputy;
                    break;
            }

            sensitive ??= post.SensitivePost;
        }

        // 一肩挑: both head posts of one unit. Looked for only when both roles are there (a few posts, no lists).
        const int bothHeads = (1 << (int)SubjectRole.AdministrativeHead) | (1 << (int)SubjectRole.PartySecretary);
        if ((mask & bothHeads) == bothHeads && HoldsBothHeadPostsOfOneUnit(posts, window, inUnit ? demand.UnitId : null))
        {
            mask |= 1 << (int)SubjectRole.Both;
        }

        if (sensitive is null)
        {
            for (var i = 0; i < demand.Evidence.Count; i++)
            {
                var evidence = demand.Evidence[i];
                if (string.Equals(evidence.Kind, "sensitive-post", StringComparison.Ordinal))
                {
                    sensitive = evidence.Description["post"] ?? evidence.Reference ?? string.Empty;
                    break;
                }
            }
        }

        return (mask, sensitive);
    }

    private static bool HoldsBothHeadPostsOfOneUnit(IReadOnlyList<Post> posts, DateInterval window, string? onlyUnit)
    {
        for (var i = 0; i < posts.Count; i++)
        {
            var admin = posts[i];
            if (admin.Role != PostRole.AdministrativeHead || !admin.IsHeldDuring(window)
                || (onlyUnit is not null && !string.Equals(admin.UnitId, onlyUnit, StringComparison.Ordinal)))
            {
                continue;
            }

            for (var j = 0; j < posts.Count; j++)
            {
                var secretary = posts[j];
                if (secretary.Role == PostRole.PartySecretary && secretary.IsHeldDuring(window)
                    && string.Equals(secretary.UnitId, admin.UnitId, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? HolidayOf(TalkDemand demand)
    {
        for (var i = 0; i < demand.Evidence.Count; i++)
        {
            var evidence = demand.Evidence[i];
            if (string.Equals(evidence.Kind, "holiday", StringComparison.Ordinal))
            {
                return evidence.Reference ?? evidence.Description["holiday"];
            }
        }

        return null;
    }

    private Selection Select(SelectionKey key, LocalDate date)
    {
        var chosen = new List<(ContentItem Item, OutlineItem Line)>();
        foreach (var index in _filter.Candidates(key.RoleMask, key.SourceMask, key.Style, key.UnitKind, key.Risk, key.SensitivePost is not null, key.Holiday, key.Year))
        {
            var rule = _rules[index];
            if (Applies(rule, key, date) is { } line)
            {
                chosen.Add((rule.Item, line));
            }
        }

        // A fallback item stays only when no other item of its kind applies.
        var kindsWithOwn = new HashSet<ContentItemKind>(chosen.Where(c => !c.Item.Fallback).Select(c => c.Item.Kind));
        chosen.RemoveAll(c => c.Item.Fallback && kindsWithOwn.Contains(c.Item.Kind));
        chosen.Sort((a, b) => a.Item.Priority != b.Item.Priority ? b.Item.Priority.CompareTo(a.Item.Priority) : string.CompareOrdinal(a.Item.Id, b.Item.Id));

        OutlineItem[] Of(Func<ContentItemKind, bool> kinds)
            => chosen.Where(c => kinds(c.Item.Kind)).Select(c => c.Line).ToArray();

        var roles = new List<SubjectRole>(4);
        foreach (var role in Enum.GetValues<SubjectRole>())
        {
            if ((key.RoleMask & (1 << (int)role)) != 0)
            {
                roles.Add(role);
            }
        }

        return new Selection(
            Array.AsReadOnly(Of(k => k is ContentItemKind.BaseRequirement or ContentItemKind.RoleFocus or ContentItemKind.TopicalRequirement or ContentItemKind.SourcePoint)),
            Of(k => k == ContentItemKind.StyleGuidance),
            Array.AsReadOnly(Of(k => k == ContentItemKind.Effect)),
            Array.AsReadOnly(Of(k => k == ContentItemKind.Question)),
            Array.AsReadOnly(Of(k => k == ContentItemKind.Commitment)),
            roles.AsReadOnly());
    }

    // Whether the item applies, as its line with why (its most specific condition); null when it does not.
    private static OutlineItem? Applies(Rule rule, in SelectionKey key, LocalDate date)
    {
        var item = rule.Item;
        if ((rule.From is { } from && date < from) || (rule.To is { } to && date > to))
        {
            return null;
        }

        if (rule.Years.Length > 0 && Array.IndexOf(rule.Years, key.Year) < 0)
        {
            return null;
        }

        SubjectRole? role = null;
        foreach (var r in rule.Roles)
        {
            if ((key.RoleMask & (1 << (int)r)) != 0)
            {
                role = r;
                break;
            }
        }

        if (rule.Roles.Length > 0 && role is null)
        {
            return null;
        }

        DemandSource? source = null;
        foreach (var s in rule.Sources)
        {
            if ((key.SourceMask & (1 << (int)s)) != 0)
            {
                source = s;
                break;
            }
        }

        if (rule.Sources.Length > 0 && source is null)
        {
            return null;
        }

        if ((rule.Styles.Length > 0 && Array.IndexOf(rule.Styles, key.Style) < 0)
            || (rule.UnitKinds.Length > 0 && !Contains(rule.UnitKinds, key.UnitKind.Length == 0 ? "-" : key.UnitKind))
            || (item.MinRiskLevel is { } min && key.Risk < min)
            || (item.SensitivePostOnly && key.SensitivePost is null)
            || (rule.Holidays.Length > 0 && (key.Holiday is null || !Contains(rule.Holidays, key.Holiday))))
        {
            return null;
        }

        if (rule.Holidays.Length > 0)
        {
            return rule.Line(ContentTexts.WhyHoliday, "holiday", key.Holiday!);
        }

        if (item.SensitivePostOnly)
        {
            return rule.Line(ContentTexts.WhySensitivePost, "post", key.SensitivePost!);
        }

        if (item.MinRiskLevel is { } level)
        {
            return rule.Line(ContentTexts.WhyRiskPrefix, null, Codes.Of(level));
        }

        if (source is { } matched)
        {
            return rule.Line(ContentTexts.WhySource, "source", Codes.Of(matched));
        }

        if (rule.Styles.Length > 0)
        {
            return rule.Line(ContentTexts.WhyStyle, "style", Codes.Of(key.Style));
        }

        if (role is { } r2)
        {
            return rule.Line(ContentTexts.WhyRole, "role", Codes.Of(r2));
        }

        if (rule.UnitKinds.Length > 0)
        {
            return rule.Line(ContentTexts.WhyUnitKind, "kind", key.UnitKind);
        }

        var year = IsoText.Number(key.Year);
        if (item.Fallback)
        {
            return rule.Line(ContentTexts.WhyGeneralYear, "year", year);
        }

        if (rule.Years.Length > 0 || item.Kind == ContentItemKind.TopicalRequirement)
        {
            return rule.Line(ContentTexts.WhyYear, "year", year);
        }

        return item.Kind == ContentItemKind.BaseRequirement ? rule.Line(ContentTexts.WhyBase, null, string.Empty) : rule.Line(ContentTexts.WhyEveryTalk, null, string.Empty);
    }

    private static bool Contains(string[] values, string value)
    {
        foreach (var v in values)
        {
            if (string.Equals(v, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // An item's conditions, copied into arrays in the item's order (the first role or source matched names the reason).
    private sealed class Rule(ContentItem item)
    {
        public ContentItem Item { get; } = item;

        public LocalDate? From { get; } = item.EffectiveFrom;

        public LocalDate? To { get; } = item.EffectiveTo;

        public int[] Years { get; } = [.. item.Years];

        public SubjectRole[] Roles { get; } = [.. item.Roles];

        public DemandSource[] Sources { get; } = [.. item.Sources];

        public TalkStyle[] Styles { get; } = [.. item.Styles];

        public string[] UnitKinds { get; } = item.UnitKinds.Select(k => k.Code).ToArray();

        public string[] Holidays { get; } = [.. item.Holidays];

        // The item's line per reason, made once: selections that pick the item for the same reason share the line
        // (and its rendered reason) instead of each making its own.
        private readonly ConcurrentDictionary<(string Code, string Value), OutlineItem> _lines = new();

        // The line with reason code(name=value); without a name, the code is code + value and has no argument.
        public OutlineItem Line(string code, string? name, string value)
        {
            if (_lines.TryGetValue((code, value), out var line))
            {
                return line;
            }

            var why = name is null ? Reason.Of(code + value) : Reason.Of(code, name, value);
            return _lines.GetOrAdd((code, value), new OutlineItem(Item.Id, Item.Kind, Item.Text, null, why));
        }
    }

    // The how section: the selection's shared guidance lines, then the talk's style, mode, attendees and window.
    private sealed class HowLines(OutlineItem[] shared, OutlineItem style, OutlineItem mode, OutlineItem attendees, OutlineItem window) : IReadOnlyList<OutlineItem>
    {
        public int Count => shared.Length + 4;

        public OutlineItem this[int index]
        {
            get
            {
                var own = index - shared.Length;
                return own switch
                {
                    < 0 when index >= 0 => shared[index],
                    0 => style,
                    1 => mode,
                    2 => attendees,
                    3 => window,
                    _ => throw new ArgumentOutOfRangeException(nameof(index), index, $"The how section has {Count} lines."),
                };
            }
        }

        public IEnumerator<OutlineItem> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private readonly record struct SelectionKey(int RoleMask, int SourceMask, TalkStyle Style, string UnitKind, IntegrityRiskLevel Risk, string? SensitivePost, string? Holiday, int Year, int Epoch);

    private sealed record Selection(
        IReadOnlyList<OutlineItem> What,
        OutlineItem[] How,
        IReadOnlyList<OutlineItem> Effect,
        IReadOnlyList<OutlineItem> Questions,
        IReadOnlyList<OutlineItem> Commitments,
        IReadOnlyList<SubjectRole> Roles)
    {
        public OutlineSection WhatSection { get; } = new(OutlineQuestion.What, What);

        public OutlineSection EffectSection { get; } = new(OutlineQuestion.Effect, Effect);
    }
}
