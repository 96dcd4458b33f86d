using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;
using TalkEngine.Balancing;
using TalkEngine.Calendar;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine;

/// <summary>
/// Turns <see cref="Reason"/>s into text for people, in one language: the one place where TalkEngine writes
/// simplified Chinese or English. Engines return codes with arguments; hosts render them at the edge with
/// the renderer of the language they chose (registered by <c>AddTalkEngine</c> from
/// <see cref="TalkEngineOptions.Language"/>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A placeholder <c>{name}</c> inserts the argument as it is (ids, names, numbers, ISO dates);
/// <c>{name:kind}</c> renders it by kind: <c>source</c>, <c>sources</c> (comma-separated codes), <c>style</c>,
/// <c>mode</c>, <c>status</c>, <c>post-role</c>, <c>leader-role</c>, <c>leader-roles</c>, <c>unit-kind</c>, <c>period</c>
/// (<c>2017-01-01/2017-12-31</c>), <c>list</c> (comma-separated values; a comma inside a value is written <c>\,</c>),
/// <c>holiday</c> (a holiday key such as <c>spring-festival</c>, named from the package's holiday data; another key is
/// written as it is) and <c>reason</c> (the value is another code, whose template is filled from the same reason's
/// arguments: a merged demand quotes the reason of the demand it took its style from). The year's summary adds
/// <c>person-times</c> (a count, <c>1 person-time</c> in English), <c>unit-kinds</c> (unit-kind codes, named in the
/// plural and listed as the language lists: <c>A, B and C</c>), <c>status-counts</c> (<c>seconded:1,on-leave:2</c>),
/// <c>theme-counts</c> (<c>theme:count</c> items) and <c>leader-title</c> (a leader role as running text names it,
/// <c>the discipline secretary</c>); balancing adds <c>talks</c> (a count, <c>3次</c> / <c>3 talks</c>, <c>1 talk</c>); content adds <c>subject-role</c> and <c>subject-roles</c> (role codes such as <c>both</c>, 党政一肩挑); planning adds <c>plan-state</c>, <c>plan-action</c> and <c>plan-actions</c> (codes of <c>PlanState</c> and <c>PlanAction</c>). A code the renderer does not know is written as <see cref="Reason.ToString"/>,
/// so that nothing is lost.
/// </remarks>
public sealed class TextRenderer
{
    private static readonly FrozenDictionary<string, TextTemplate> Templates = BuildTemplates();

    private TextRenderer(OutputLanguage language) => Language = language;

    /// <summary>The renderer for simplified Chinese.</summary>
    public static TextRenderer SimplifiedChinese { get; } = new(OutputLanguage.SimplifiedChinese);

    /// <summary>The renderer for English.</summary>
    public static TextRenderer English { get; } = new(OutputLanguage.English);

    /// <summary>The language this renderer writes.</summary>
    public OutputLanguage Language { get; }

    private bool IsEnglish => Language == OutputLanguage.English;

    /// <summary>The renderer for <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The renderer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The language is not defined.</exception>
    public static TextRenderer For(OutputLanguage language) => language switch
    {
        OutputLanguage.SimplifiedChinese => SimplifiedChinese,
        OutputLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Use SimplifiedChinese or English."),
    };

    /// <summary>Whether the renderer has a text for <paramref name="code"/>.</summary>
    /// <param name="code">A reason code.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool Knows(string code) => Templates.ContainsKey(Guard.NotNull(code));

    /// <summary>The reason as text.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The text, in <see cref="Language"/>.</returns>
    public string Render(Reason reason)
    {
        Guard.NotNull(reason);
        if (!Templates.TryGetValue(reason.Code, out var template))
        {
            return reason.ToString();
        }

        return Fill(IsEnglish ? template.English : template.Chinese, reason);
    }

    /// <summary>
    /// The reasons as text, one after another, joined as the language joins sentences and clauses: Chinese without a
    /// space, English with one, except before a text that begins with a mark closing on the word before it
    /// (<c>,</c> <c>;</c> <c>:</c> <c>.</c>).
    /// </summary>
    /// <param name="reasons">The reasons.</param>
    /// <returns>The text.</returns>
    public string Render(IEnumerable<Reason> reasons)
    {
        Guard.NotNull(reasons);
        var text = new StringBuilder();
        foreach (var reason in reasons)
        {
            var next = Render(reason);
            if (text.Length > 0 && IsEnglish && next.Length > 0 && next[0] is not (',' or ';' or ':' or '.'))
            {
                text.Append(' ');
            }

            text.Append(next);
        }

        return text.ToString();
    }

    /// <summary>
    /// A paragraph of clauses (the year's summary): the clauses joined as <see cref="Render(IEnumerable{Reason})"/> joins
    /// them, without the joint the first clause would have to a clause before it (<c>；</c>, <c>; </c>), with a capital
    /// letter in English, and ended with the language's full stop.
    /// </summary>
    internal string Paragraph(IEnumerable<Reason> clauses)
    {
        var text = Render(clauses);
        var start = 0;
        while (start < text.Length && text[start] is ';' or '；' or ',' or '，' or '.' or '。' or ' ')
        {
            start++;
        }

        if (start == text.Length)
        {
            return string.Empty;
        }

        var first = IsEnglish ? char.ToUpperInvariant(text[start]) : text[start];
        return string.Concat(first.ToString(), text.AsSpan(start + 1), IsEnglish ? "." : "。");
    }

    /// <summary>A list argument (the <c>list</c> kind and the summary's lists): the values comma-separated, a comma or backslash inside a value escaped.</summary>
    internal static string ListArgument(IEnumerable<string> values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            foreach (var c in value)
            {
                if (c is ',' or '\\')
                {
                    text.Append('\\');
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The name of a source, such as 巡察 / inspection.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The name.</returns>
    public string Name(DemandSource source) => source.DisplayName(Language);

    /// <summary>The name of a style, such as 提醒式 / reminder.</summary>
    /// <param name="style">The style.</param>
    /// <returns>The name.</returns>
    public string Name(TalkStyle style) => style.DisplayName(Language);

    /// <summary>The name of a mode, such as 当面 / in person.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The name.</returns>
    public string Name(TalkMode mode) => mode.DisplayName(Language);

    /// <summary>The name of a status, such as 借调 / seconded.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public string Name(PersonStatusKind status) => status.DisplayName(Language);

    /// <summary>The name of a post role, such as 党组织书记 / party secretary.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    public string Name(PostRole role) => role.DisplayName(Language);

    /// <summary>The name of a leader role, such as 纪委书记 / discipline secretary.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    public string Name(LeaderRole role) => role.DisplayName(Language);

    /// <summary>The name of a unit kind, such as 工程公司 / engineering company.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public string Name(UnitKind kind) => kind.DisplayName(Language);

    /// <summary>A period, such as 2017-01-01至2017-12-31 / 2017-01-01 to 2017-12-31.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The text.</returns>
    public string Period(NodaTime.DateInterval period)
    {
        Guard.NotNull(period);
        return Period(IsoText.Date(period.Start), IsoText.Date(period.End));
    }

    internal static IReadOnlyCollection<TextTemplate> AllTemplates => Templates.Values;

    private string Period(string start, string end) => IsEnglish ? $"{start} to {end}" : $"{start}至{end}";

    internal string Fill(string template, Reason reason) => Fill(template, reason, 0);

    private string Fill(string template, Reason reason, int depth)
    {
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, i, open - i);
            var placeholder = template.AsSpan(open + 1, close - open - 1);
            var colon = placeholder.IndexOf(':');
            var name = colon < 0 ? placeholder.ToString() : placeholder[..colon].ToString();
            var kind = colon < 0 ? null : placeholder[(colon + 1)..].ToString();
            var value = reason[name] ?? string.Empty;
            text.Append(kind is null ? value : kind == "reason" ? Nested(value, reason, depth) : Format(kind, value));
            i = close + 1;
        }

        return text.ToString();
    }

    // A nested code is filled from the outer reason's arguments; one level is all the engines use, a few more are tolerated.
    private string Nested(string code, Reason reason, int depth)
        => depth < 4 && Templates.TryGetValue(code, out var inner) ? Fill(IsEnglish ? inner.English : inner.Chinese, reason, depth + 1) : code;

    private string Format(string kind, string value) => kind switch
    {
        "source" => Codes.TryParse<DemandSource>(value, out var s) ? Name(s) : value,
        "sources" => JoinEach(value, v => Codes.TryParse<DemandSource>(v, out var s) ? Name(s) : v),
        "style" => Codes.TryParse<TalkStyle>(value, out var st) ? Name(st) : value,
        "mode" => Codes.TryParse<TalkMode>(value, out var m) ? Name(m) : value,
        "status" => Codes.TryParse<PersonStatusKind>(value, out var k) ? Name(k) : value,
        "post-role" => Codes.TryParse<PostRole>(value, out var p) ? Name(p) : value,
        "leader-role" => Codes.TryParse<LeaderRole>(value, out var r) ? Name(r) : value,
        "leader-roles" => JoinEach(value, v => Codes.TryParse<LeaderRole>(v, out var r) ? Name(r) : v),
        "unit-kind" => value.Length == 0 ? value : Name(new UnitKind(value)),
        "period" => value.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? Period(value[..slash], value[(slash + 1)..]) : value,
        "list" => JoinEach(value, v => v),
        "holiday" => HolidayNames.Find(value) is { } holiday ? holiday.Get(Language) : value,
        "person-times" => Render(Reason.Of(value == "1" ? CoverageTexts.PersonTime : CoverageTexts.PersonTimes, "count", value)),
        "subject-role" => Knows(Content.ContentTexts.RolePrefix + value) ? Render(Reason.Of(Content.ContentTexts.RolePrefix + value)) : value,
        "subject-roles" => JoinEach(value, v => Knows(Content.ContentTexts.RolePrefix + v) ? Render(Reason.Of(Content.ContentTexts.RolePrefix + v)) : v),
        "talks" => Render(Reason.Of(value == "1" ? BalancingTexts.Talk : BalancingTexts.Talks, "count", value)),
        "unit-kinds" => JoinAnd(SplitList(value).ConvertAll(code => Knows(CoverageTexts.UnitKinds + code) ? Render(Reason.Of(CoverageTexts.UnitKinds + code)) : Name(new UnitKind(code)))),
        "status-counts" => JoinCounted(value, CoverageTexts.ExcludedStatus, "status", status => Render(Reason.Of(CoverageTexts.Status + status))),
        "theme-counts" => JoinCounted(value, CoverageTexts.PracticeTheme, "theme", theme => theme),
        "leader-title" => Knows(CoverageTexts.LeaderRole + value) ? Render(Reason.Of(CoverageTexts.LeaderRole + value)) : value,
        "plan-state" => Knows(Planning.PlanningTexts.StatePrefix + value) ? Render(Reason.Of(Planning.PlanningTexts.StatePrefix + value)) : value,
        "plan-action" => Knows(Planning.PlanningTexts.ActionPrefix + value) ? Render(Reason.Of(Planning.PlanningTexts.ActionPrefix + value)) : value,
        "plan-actions" => JoinEach(value, v => Knows(Planning.PlanningTexts.ActionPrefix + v) ? Render(Reason.Of(Planning.PlanningTexts.ActionPrefix + v)) : v),
        _ => value,
    };

    private string JoinEach(string value, Func<string, string> each) => Join(SplitList(value).ConvertAll(v => each(v)));

    private string Join(List<string> parts) => string.Join(IsEnglish ? ", " : "、", parts);

    // "A、B、C" / "A, B and C".
    private string JoinAnd(List<string> parts)
        => !IsEnglish || parts.Count < 2 ? Join(parts) : string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[^1];

    // Items "key:count" (the count after the last colon), each written by the item template from the key's name and the count.
    private string JoinCounted(string value, string itemCode, string keyName, Func<string, string> name)
        => Join(SplitList(value).ConvertAll(item =>
        {
            var colon = item.LastIndexOf(':');
            var (key, count) = colon < 0 ? (item, string.Empty) : (item[..colon], item[(colon + 1)..]);
            return Fill(IsEnglish ? Templates[itemCode].English : Templates[itemCode].Chinese, Reason.Of(itemCode, keyName, name(key), "count", count));
        }));

    // The values of a list argument: split at the commas that are not escaped (see ListArgument).
    private static List<string> SplitList(string value)
    {
        var parts = new List<string>();
        if (value.Length == 0)
        {
            return parts;
        }

        var part = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length)
            {
                part.Append(value[++i]);
            }
            else if (c == ',')
            {
                parts.Add(part.ToString());
                part.Clear();
            }
            else
            {
                part.Append(c);
            }
        }

        parts.Add(part.ToString());
        return parts;
    }

    private static FrozenDictionary<string, TextTemplate> BuildTemplates()
    {
        var all = new Dictionary<string, TextTemplate>(StringComparer.Ordinal);
        foreach (var table in new[] { OrganizationTexts.All, CalendarTexts.All, DemandsTexts.All, BalancingTexts.All, RecordsTexts.All, CoverageTexts.All, Content.ContentTexts.All, Planning.PlanningTexts.All })
        {
            foreach (var template in table)
            {
                // Duplicates are a programming error that a unit test catches; the first wins meanwhile.
                all.TryAdd(template.Code, template);
            }
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
