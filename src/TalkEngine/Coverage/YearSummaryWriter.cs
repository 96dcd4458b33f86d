using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>
/// Writes the year's summary from a coverage report, in the account's own manner (seed ¶2): talks
/// in person-times, the annual heads and the exclusions, the coverage rate, the talks from other
/// work, the leaders who talked and the average per leader, the reports received and the good practices.
/// Every figure comes from the data; every name (sources, statuses, roles, unit kinds, the rate) comes from
/// <see cref="TextRenderer"/>, in the writer's one language. Immutable and thread-safe.
/// </summary>
public sealed class YearSummaryWriter
{
    private static readonly string[] KindOrder =
    [
        UnitKind.HqDepartment.Code,
        UnitKind.EngineeringCompany.Code,
        UnitKind.Subsidiary.Code,
        UnitKind.SpecializedCompany.Code,
        UnitKind.SecondLevelUnit.Code,
    ];

    private readonly TextRenderer _text;

    /// <summary>Creates a writer for the language of <paramref name="renderer"/>.</summary>
    /// <param name="renderer">The renderer, such as the one <c>AddTalkEngine</c> registers or <see cref="TextRenderer.For"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/> is null.</exception>
    public YearSummaryWriter(TextRenderer renderer) => _text = Guard.NotNull(renderer);

    /// <summary>Creates a writer for <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException">The language is not defined.</exception>
    public YearSummaryWriter(OutputLanguage language)
        : this(TextRenderer.For(language))
    {
    }

    /// <summary>The language the writer writes.</summary>
    public OutputLanguage Language => _text.Language;

    /// <summary>Writes the summary.</summary>
    /// <param name="report">The coverage of the period (usually a year).</param>
    /// <param name="goodPractices">The good practices compiled for the period; <see langword="null"/> to leave them out.</param>
    /// <param name="reportsReceived">How many written reports (专题汇报材料) were received before the talks; <see langword="null"/> to leave them out.</param>
    /// <returns>The summary, in <see cref="Language"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reportsReceived"/> is negative.</exception>
    public YearSummary Write(CoverageReport report, GoodPracticeDigest? goodPractices = null, int? reportsReceived = null)
    {
        Guard.NotNull(report);
        if (reportsReceived is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reportsReceived), reportsReceived, "The number of reports cannot be negative.");
        }

        var language = _text.Language;
        var en = language == OutputLanguage.English;
        var paragraphs = new List<string>
        {
            en ? HeadlineEn(report) : HeadlineZh(report),
            en ? LeadersEn(report) : LeadersZh(report),
        };
        var materials = en ? MaterialsEn(reportsReceived, goodPractices) : MaterialsZh(reportsReceived, goodPractices);
        if (materials.Length > 0)
        {
            paragraphs.Add(materials);
        }

        var open = en ? OpenEn(report) : OpenZh(report);
        if (open.Length > 0)
        {
            paragraphs.Add(open);
        }

        return new YearSummary(language, paragraphs.AsReadOnly());
    }

    private string HeadlineZh(CoverageReport r)
    {
        var year = PeriodLabel(r, OutputLanguage.SimplifiedChinese);
        var text = $"{year}，公司党委组织约谈{N(r.PersonTimes.Total)}人次。";
        if (r.HeadsInScope > 0)
        {
            var kinds = Kinds(r, OutputLanguage.SimplifiedChinese);
            text += $"其中，{(kinds.Length > 0 ? kinds + "共有" : "共有")}党政负责人{N(r.HeadsInScope)}人，";
            if (r.Excluded.Count > 0)
            {
                text += $"除{ExclusionsZh(r)}外，";
            }

            text += r.NotCovered.Count == 0
                ? $"年度约谈{N(r.Rate.Numerator)}人，约谈涵盖率{Rate(r.Rate)}"
                : $"年度应约谈{N(r.Rate.Denominator)}人，已约谈{N(r.Rate.Numerator)}人，尚有{N(r.NotCovered.Count)}人未约谈，约谈涵盖率{Rate(r.Rate)}";
        }
        else
        {
            text += "本期没有应约谈的党政负责人，约谈涵盖率不适用";
        }

        var others = OtherSources(r)
            .Select(s => s.Source switch
            {
                DemandSource.Inspection =>
                    $"利用{Year(r)}年度党委巡察工作，{By(r, s.Source, OutputLanguage.SimplifiedChinese)}约谈被巡察单位党政负责人{N(s.PersonTimes)}人次",
                DemandSource.SatisfactionSurvey =>
                    $"{By(r, s.Source, OutputLanguage.SimplifiedChinese)}对{Year(r) - 1}年度党风廉政巡察满意度测评中得分较低的单位相关负责人约谈{N(s.PersonTimes)}人次",
                _ => $"{Label(CoverageTexts.SourceTalks, Codes.Of(s.Source))}{N(s.PersonTimes)}人次",
            })
            .ToArray();
        return text + (others.Length > 0 ? "；" + string.Join("；", others) : string.Empty) + "。";
    }

    private string HeadlineEn(CoverageReport r)
    {
        var year = PeriodLabel(r, OutputLanguage.English);
        var text = $"In {year} the Party committee held supervisory talks totalling {PersonTimesEn(r.PersonTimes.Total)}.";
        if (r.HeadsInScope > 0)
        {
            var kinds = Kinds(r, OutputLanguage.English);
            text += $" {(kinds.Length > 0 ? kinds + " had " : "There were ")}{N(r.HeadsInScope)} Party and administrative heads";
            text += r.Excluded.Count > 0 ? $"; apart from {ExclusionsEn(r)}, " : "; ";
            text += r.NotCovered.Count == 0
                ? $"all {N(r.Rate.Numerator)} required were talked to in the annual round, a coverage rate of {Rate(r.Rate)}."
                : $"{N(r.Rate.Numerator)} of the {N(r.Rate.Denominator)} required were talked to and {N(r.NotCovered.Count)} not yet, a coverage rate of {Rate(r.Rate)}.";
        }
        else
        {
            text += " No head was required in the period, so the coverage rate is not applicable.";
        }

        foreach (var s in OtherSources(r))
        {
            text += s.Source switch
            {
                DemandSource.Inspection =>
                    $" During the Party committee's {Year(r)} inspections, talks were held on the spot with the heads of the inspected units{By(r, s.Source, OutputLanguage.English)}: {PersonTimesEn(s.PersonTimes)}.",
                DemandSource.SatisfactionSurvey =>
                    $" Talks were held with the heads of units that scored low in the {Year(r) - 1} integrity-inspection satisfaction survey{By(r, s.Source, OutputLanguage.English)}: {PersonTimesEn(s.PersonTimes)}.",
                _ => $" {Capitalise(Label(CoverageTexts.SourceTalks, Codes.Of(s.Source)))}: {PersonTimesEn(s.PersonTimes)}.",
            };
        }

        return text;
    }

    private string LeadersZh(CoverageReport r)
    {
        var talkers = r.ByLeader.Count;
        if (talkers == 0)
        {
            return "本期没有有效的约谈记录。";
        }

        var leaders = r.ByLeader.Count(t => t.Roles.Count > 0);
        var who = leaders == talkers ? $"谈话人为领导班子成员{N(talkers)}人" : $"谈话人共{N(talkers)}人（其中领导班子成员{N(leaders)}人）";
        var text = $"{who}，人均约谈{Average(r.ByLeader.Sum(t => t.PersonTimes), talkers)}人次";
        var annual = r.ByLeader.Where(t => t.BySource.Any(s => s.Source == DemandSource.Annual)).ToArray();
        if (annual.Length > 0)
        {
            text += $"；年度约谈由{N(annual.Length)}人分担，人均约谈{Average(annual.Sum(t => t.BySource.First(s => s.Source == DemandSource.Annual).Count), annual.Length)}人次";
        }

        return text + "。";
    }

    private string LeadersEn(CoverageReport r)
    {
        var talkers = r.ByLeader.Count;
        if (talkers == 0)
        {
            return "No valid talk record was kept in the period.";
        }

        var leaders = r.ByLeader.Count(t => t.Roles.Count > 0);
        var who = leaders == talkers ? $"The talks were held by {N(talkers)} members of the leadership team" : $"The talks were held by {N(talkers)} people ({N(leaders)} of them on the leadership team)";
        var text = $"{who}, with {Average(r.ByLeader.Sum(t => t.PersonTimes), talkers)} person-times each on average";
        var annual = r.ByLeader.Where(t => t.BySource.Any(s => s.Source == DemandSource.Annual)).ToArray();
        if (annual.Length > 0)
        {
            text += $"; the annual round was shared by {N(annual.Length)} leaders, {Average(annual.Sum(t => t.BySource.First(s => s.Source == DemandSource.Annual).Count), annual.Length)} each on average";
        }

        return text + ".";
    }

    private static string MaterialsZh(int? reports, GoodPracticeDigest? practices)
    {
        var parts = new List<string>();
        if (reports is { } count)
        {
            parts.Add($"谈话前共收集专题汇报材料{N(count)}份，提前报送各谈话人");
        }

        if (practices is not null)
        {
            parts.Add(practices.Count == 0
                ? "约谈中未收集到“特色点”"
                : $"约谈中收集“特色点”{N(practices.Count)}条，按{N(practices.Themes.Count)}个主题整理汇编：{string.Join("、", practices.Themes.Select(t => $"{t.Theme}（{N(t.Count)}条）"))}");
        }

        return parts.Count == 0 ? string.Empty : string.Join("；", parts) + "。";
    }

    private static string MaterialsEn(int? reports, GoodPracticeDigest? practices)
    {
        var parts = new List<string>();
        if (reports is { } count)
        {
            parts.Add($"{N(count)} written reports were received before the talks and passed to the leaders holding the talks");
        }

        if (practices is not null)
        {
            parts.Add(practices.Count == 0
                ? "no good practice was collected in the talks"
                : $"{N(practices.Count)} good practices were collected in the talks and compiled under {N(practices.Themes.Count)} themes: {string.Join(", ", practices.Themes.Select(t => $"{t.Theme} ({N(t.Count)})"))}");
        }

        return parts.Count == 0 ? string.Empty : Capitalise(string.Join("; ", parts)) + ".";
    }

    private string OpenZh(CoverageReport r)
    {
        var parts = new List<string>();
        if (r.Validation.Rejected.Count > 0)
        {
            parts.Add($"另有{N(r.Validation.Rejected.Count)}条约谈记录与名册不符，未计入");
        }

        if (r.NotCovered.Count > 0)
        {
            parts.Add($"尚未约谈：{string.Join("、", r.Required.Where(p => !p.IsCovered).Select(p => p.Name))}");
            if (r.Projection.PendingTalks > 0)
            {
                parts.Add($"已安排的{N(r.Projection.PendingTalks)}次约谈如期完成后，约谈涵盖率将达到{Rate(r.Projection.Rate)}");
            }
        }

        return parts.Count == 0 ? string.Empty : string.Join("；", parts) + "。";
    }

    private string OpenEn(CoverageReport r)
    {
        var parts = new List<string>();
        if (r.Validation.Rejected.Count > 0)
        {
            parts.Add($"{N(r.Validation.Rejected.Count)} talk records contradict the roster and were not counted");
        }

        if (r.NotCovered.Count > 0)
        {
            parts.Add($"not yet talked to: {string.Join(", ", r.Required.Where(p => !p.IsCovered).Select(p => p.Name))}");
            if (r.Projection.PendingTalks > 0)
            {
                parts.Add($"once the {N(r.Projection.PendingTalks)} talks still scheduled take place, coverage will reach {Rate(r.Projection.Rate)}");
            }
        }

        return parts.Count == 0 ? string.Empty : Capitalise(string.Join("; ", parts)) + ".";
    }

    private static IEnumerable<SourceActivity> OtherSources(CoverageReport r)
        => r.BySource.Where(s => s.Source != DemandSource.Annual && s.PersonTimes > 0);

    /// <summary>
    /// "由纪委书记" / " by the discipline secretary" when every leader who talked for the source shares a role,
    /// else "由领导班子成员" / " by N members of the leadership team"; empty when one of them is not on the leadership team.
    /// </summary>
    private string By(CoverageReport r, DemandSource source, OutputLanguage language)
    {
        var talkers = r.ByLeader.Where(t => t.BySource.Any(s => s.Source == source)).ToArray();
        if (talkers.Length == 0 || talkers.Any(t => t.Roles.Count == 0))
        {
            return string.Empty;
        }

        var shared = Enum.GetValues<LeaderRole>().Where(role => talkers.All(t => t.Roles.Contains(role))).ToArray();
        var role = shared.Length > 0 ? shared[0] : LeaderRole.Other;
        var label = Label(CoverageTexts.LeaderRole, Codes.Of(role));
        if (language == OutputLanguage.English)
        {
            return shared.Length > 0 && talkers.Length == 1 ? $" by {label}" : $" by {N(talkers.Length)} members of the leadership team";
        }

        return shared.Length > 0 ? $"由{label}" : "由领导班子成员";
    }

    private string Kinds(CoverageReport r, OutputLanguage language)
    {
        var kinds = r.ByUnitKind
            .Where(k => k.Required > 0)
            .Select(k => k.Kind)
            .OrderBy(k => Array.IndexOf(KindOrder, k.Code) is var i && i >= 0 ? i : KindOrder.Length)
            .ThenBy(k => k.Code, StringComparer.Ordinal)
            .Select(k => TextRenderer.Knows(CoverageTexts.UnitKinds + k.Code) ? Label(CoverageTexts.UnitKinds, k.Code) : _text.Name(k))
            .ToArray();
        if (language == OutputLanguage.English)
        {
            return kinds.Length switch
            {
                0 => string.Empty,
                1 => "The " + kinds[0],
                _ => "The " + string.Join(", ", kinds[..^1]) + " and " + kinds[^1],
            };
        }

        return string.Join("、", kinds);
    }

    private string ExclusionsZh(CoverageReport r)
        => string.Join("、", r.Excluded
            .GroupBy(e => e.Status)
            .OrderBy(g => g.Key)
            .Select(g => $"{N(g.Count())}人{Label(CoverageTexts.Status, Codes.Of(g.Key))}"));

    private string ExclusionsEn(CoverageReport r)
        => string.Join(", ", r.Excluded
            .GroupBy(e => e.Status)
            .OrderBy(g => g.Key)
            .Select(g => $"{N(g.Count())} {Label(CoverageTexts.Status, Codes.Of(g.Key))}"));

    private string Rate(CoverageRate rate) => _text.Render(rate.ToReason());

    private string Label(string prefix, string code) => _text.Render(Reason.Of(prefix + code));

    private static int Year(CoverageReport r) => r.Period.Start.Year;

    private static string PeriodLabel(CoverageReport r, OutputLanguage language)
    {
        var p = r.Period;
        var wholeYear = p.Start.Month == 1 && p.Start.Day == 1 && p.End.Month == 12 && p.End.Day == 31 && p.Start.Year == p.End.Year;
        if (wholeYear)
        {
            return language == OutputLanguage.English
                ? p.Start.Year.ToString(CultureInfo.InvariantCulture)
                : p.Start.Year.ToString(CultureInfo.InvariantCulture) + "年";
        }

        var range = $"{TalkRecordValidator.Iso(p.Start)}..{TalkRecordValidator.Iso(p.End)}";
        return language == OutputLanguage.English ? "the period " + range : range + "期间";
    }

    private static string Average(int total, int count)
        => Math.Round((decimal)total / count, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string PersonTimesEn(int value) => value == 1 ? "1 person-time" : N(value) + " person-times";

    private static string Capitalise(string text)
        => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
