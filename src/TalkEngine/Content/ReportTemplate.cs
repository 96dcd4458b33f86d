using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TalkEngine.Content;

/// <summary>
/// The four-heading report template (汇报模板, seed ¶5) for one subject and year, sent out early so that the subject
/// can prepare: basic situation; the year's Party-conduct and anti-corruption work; fulfilment of 一岗双责; problems.
/// The unit and the year are filled in. Language-neutral data rendered like an outline. Immutable and thread-safe.
/// </summary>
public sealed class ReportTemplate
{
    internal ReportTemplate(string demandId, string subjectId, string subjectName, string unitId, string unitName, string leaderName, int year)
    {
        DemandId = demandId;
        SubjectId = subjectId;
        SubjectName = subjectName;
        UnitId = unitId;
        UnitName = unitName;
        LeaderName = leaderName;
        Year = year;
        var args = new[] { ("unit", unitName), ("year", year.ToString(CultureInfo.InvariantCulture)) };
        var headings = new Reason[4];
        var guidance = new Reason[4];
        for (var i = 0; i < 4; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            headings[i] = Reason.Of(ContentTexts.ReportHeading + n, args);
            guidance[i] = Reason.Of(ContentTexts.ReportGuidance + n, args);
        }

        Headings = headings;
        Guidance = guidance;
    }

    /// <summary>The talk the report prepares.</summary>
    public string DemandId { get; }

    /// <summary>The person who writes the report.</summary>
    public string SubjectId { get; }

    /// <summary>The subject's name.</summary>
    public string SubjectName { get; }

    /// <summary>The subject's unit.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name.</summary>
    public string UnitName { get; }

    /// <summary>The leader the report is forwarded to.</summary>
    public string LeaderName { get; }

    /// <summary>The year reported on.</summary>
    public int Year { get; }

    /// <summary>The four headings, with the unit and year filled in.</summary>
    public IReadOnlyList<Reason> Headings { get; }

    /// <summary>What to write under each heading.</summary>
    public IReadOnlyList<Reason> Guidance { get; }

    /// <summary>The template as Markdown.</summary>
    /// <param name="text">The renderer of the language wanted.</param>
    /// <returns>The Markdown, lines ended by <c>\n</c>.</returns>
    public string RenderMarkdown(TextRenderer text) => Render(Guard.NotNull(text), markdown: true);

    /// <summary>The template as plain text.</summary>
    /// <param name="text">The renderer of the language wanted.</param>
    /// <returns>The text, lines ended by <c>\n</c>.</returns>
    public string RenderText(TextRenderer text) => Render(Guard.NotNull(text), markdown: false);

    private string Render(TextRenderer text, bool markdown)
    {
        var output = new StringBuilder(1024);
        var year = Year.ToString(CultureInfo.InvariantCulture);
        output.Append(markdown ? "# " : string.Empty).Append(text.Render(Reason.Of(ContentTexts.ReportTitle, "unit", UnitName, "year", year))).Append("\n\n");
        output.Append(markdown ? "- " : string.Empty).Append(text.Render(Reason.Of(ContentTexts.ReportFor, "subject", SubjectName, "leader", LeaderName))).Append('\n');
        for (var i = 0; i < Headings.Count; i++)
        {
            output.Append('\n').Append(markdown ? "## " : string.Empty).Append(text.Render(Headings[i])).Append("\n\n");
            output.Append(markdown ? string.Empty : "  ").Append(text.Render(Guidance[i])).Append('\n');
        }

        return output.ToString();
    }
}
