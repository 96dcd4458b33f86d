using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;

namespace TalkEngine.Content;

/// <summary>Writes a <see cref="TalkOutline"/> as Markdown or plain text in one language; the same outline gives the same bytes.</summary>
internal static class OutlineRenderer
{
    // The texts without arguments (headings, the why label, "none"), written once per language.
    private static readonly string[] FixedCodes =
    [
        ContentTexts.WhyLabel, ContentTexts.None, ContentTexts.Questions, ContentTexts.Commitments, ContentTexts.FollowUp,
        ContentTexts.SectionPrefix + "what", ContentTexts.SectionPrefix + "how", ContentTexts.SectionPrefix + "problems", ContentTexts.SectionPrefix + "effect",
    ];

    private static readonly Dictionary<string, string> Chinese = Fixed(TextRenderer.SimplifiedChinese);
    private static readonly Dictionary<string, string> English = Fixed(TextRenderer.English);

    private static Dictionary<string, string> Fixed(TextRenderer text)
    {
        var map = new Dictionary<string, string>(FixedCodes.Length, System.StringComparer.Ordinal);
        foreach (var code in FixedCodes)
        {
            map[code] = text.Render(Reason.Of(code));
        }

        return map;
    }

    private static string Fixed(TextRenderer text, string code) => (text.Language == OutputLanguage.English ? English : Chinese)[code];

    // One builder per thread, reused: rendering every outline of a large plan allocated a fresh 12 KB buffer each time.
    [System.ThreadStatic]
    private static StringBuilder? _builder;

    public static string Render(TalkOutline outline, TextRenderer text, bool markdown)
    {
        var output = _builder ?? new StringBuilder(6144);
        _builder = null;
        output.Clear();
        Heading(output, markdown ? "# " : string.Empty, text.Render(Host(markdown, Reason.Of(ContentTexts.Title, "subject", outline.SubjectName, "unit", outline.UnitName))));
        var bullet = markdown ? "- " : string.Empty;
        Fact(output, bullet, text.Render(Host(markdown, Reason.Of(ContentTexts.Demand, "demand", outline.DemandId, "sources", SourceCodes(outline)))));
        Fact(output, bullet, outline.Roles.Count == 0
            ? text.Render(Host(markdown, Reason.Of(ContentTexts.SubjectNoRole, "subject", outline.SubjectName)))
            : text.Render(Host(markdown, Reason.Of(ContentTexts.Subject, "subject", outline.SubjectName, "roles", RoleCodes(outline)))));
        Fact(output, bullet, text.Render(Host(markdown, Reason.Of(ContentTexts.Leader, "leader", outline.LeaderName))));
        Fact(output, bullet, text.Render(Reason.Of(ContentTexts.Window, "window", IsoText.Period(outline.Window))));
        Fact(output, bullet, text.Render(Host(markdown, Reason.Of(ContentTexts.Catalogue, "version", outline.CatalogueVersion))));

        var why = Fixed(text, ContentTexts.WhyLabel);
        var sections = outline.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            Part(output, text, markdown, SectionCode(sections[i].Question), sections[i].Items, why);
        }

        Part(output, text, markdown, ContentTexts.Questions, outline.Questions, why);
        Part(output, text, markdown, ContentTexts.Commitments, outline.Commitments, why);
        if (outline.FollowUp.Count > 0)
        {
            Part(output, text, markdown, ContentTexts.FollowUp, outline.FollowUp, why);
        }

        var result = output.ToString();
        if (output.Capacity <= 65536)
        {
            _builder = output;
        }

        return result;
    }

    private static readonly string[] SectionCodes =
    [
        ContentTexts.SectionPrefix + "what", ContentTexts.SectionPrefix + "how", ContentTexts.SectionPrefix + "problems", ContentTexts.SectionPrefix + "effect",
    ];

    private static string SectionCode(OutlineQuestion question)
        => question switch
        {
            OutlineQuestion.What => SectionCodes[0],
            OutlineQuestion.How => SectionCodes[1],
            OutlineQuestion.Problems => SectionCodes[2],
            OutlineQuestion.Effect => SectionCodes[3],
            _ => ContentTexts.SectionPrefix + Codes.Of(question),
        };

    // In Markdown the host's text (names, ids, the catalogue's version) is escaped so that it cannot add structure.
    private static Reason Host(bool markdown, Reason reason) => markdown ? MarkdownText.Escape(reason) : reason;

    private static void Fact(StringBuilder output, string bullet, string fact) => output.Append(bullet).Append(fact).Append('\n');

    private static void Heading(StringBuilder output, string mark, string title)
        => output.Append(mark).Append(title).Append('\n').Append('\n');

    private static void Part(StringBuilder output, TextRenderer text, bool markdown, string headingCode, IReadOnlyList<OutlineItem> items, string why)
    {
        output.Append('\n');
        Heading(output, markdown ? "## " : string.Empty, Fixed(text, headingCode));
        if (items.Count == 0)
        {
            output.Append(markdown ? string.Empty : "  ").Append(Fixed(text, ContentTexts.None)).Append('\n');
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var number = i + 1;
            var width = (number < 10 ? 1 : number < 100 ? 2 : 3) + 2;
            if (!markdown)
            {
                output.Append(' ', 2);
            }

            output.Append(number).Append(". ").Append(items[i].RenderLine(text, markdown)).Append('\n');
            output.Append(' ', markdown ? width : width + 2).Append(markdown ? "- " : string.Empty).Append(why).Append(items[i].RenderWhy(text, markdown)).Append('\n');
        }
    }

    private static string SourceCodes(TalkOutline outline)
    {
        var codes = new List<string>(outline.Sources.Count);
        foreach (var source in outline.Sources)
        {
            codes.Add(Codes.Of(source));
        }

        return string.Join(',', codes);
    }

    private static string RoleCodes(TalkOutline outline)
    {
        var codes = new List<string>(outline.Roles.Count);
        var both = outline.Roles.Contains(SubjectRole.Both);
        foreach (var role in outline.Roles)
        {
            // 一肩挑 names both head roles at once.
            if (!both || role is SubjectRole.Both or SubjectRole.Deputy)
            {
                codes.Add(Codes.Of(role));
            }
        }

        return string.Join(',', codes);
    }
}
