using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>
/// Builds the year's summary from a coverage report, in the account's own manner (seed ¶2): talks in person-times,
/// the annual heads and the exclusions, the coverage rate, the talks from other work, the talkers and the average per
/// talker, the reports received and the good practices. The summary is data: each clause is a
/// <c>coverage.summary.*</c> code with its figures as arguments (invariant numbers, ISO dates, enum and unit-kind
/// codes, names); <see cref="YearSummary.Render"/> writes it in a language. Stateless and thread-safe.
/// </summary>
public static class YearSummaryBuilder
{
    private static readonly string[] KindOrder =
    [
        UnitKind.HqDepartment.Code,
        UnitKind.EngineeringCompany.Code,
        UnitKind.Subsidiary.Code,
        UnitKind.SpecializedCompany.Code,
        UnitKind.SecondLevelUnit.Code,
    ];

    /// <summary>Builds the summary.</summary>
    /// <param name="report">The coverage of the period (usually a year).</param>
    /// <param name="goodPractices">The good practices compiled for the period; <see langword="null"/> to leave them out.</param>
    /// <param name="reportsReceived">How many written reports (专题汇报材料) were received before the talks; <see langword="null"/> to leave them out.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reportsReceived"/> is negative.</exception>
    public static YearSummary Build(CoverageReport report, GoodPracticeDigest? goodPractices = null, int? reportsReceived = null)
    {
        Guard.NotNull(report);
        if (reportsReceived is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reportsReceived), reportsReceived, "The number of reports cannot be negative.");
        }

        var paragraphs = new List<IReadOnlyList<Reason>> { Headline(report), Leaders(report) };
        var materials = Materials(reportsReceived, goodPractices);
        if (materials.Count > 0)
        {
            paragraphs.Add(materials);
        }

        var open = Open(report);
        if (open.Count > 0)
        {
            paragraphs.Add(open);
        }

        return new YearSummary(report.Period, paragraphs.AsReadOnly());
    }

    private static IReadOnlyList<Reason> Headline(CoverageReport r)
    {
        var clauses = new List<Reason> { Talks(r) };
        if (r.HeadsInScope > 0)
        {
            var kinds = Kinds(r);
            clauses.Add(kinds.Count > 0
                ? Reason.Of(CoverageTexts.HeadsByKind, "kinds", TextRenderer.ListArgument(kinds), "heads", N(r.HeadsInScope))
                : Reason.Of(CoverageTexts.Heads, "heads", N(r.HeadsInScope)));
            if (r.Excluded.Count > 0)
            {
                clauses.Add(Reason.Of(CoverageTexts.Excluded, "excluded", Exclusions(r)));
            }

            clauses.Add(r.NotCovered.Count == 0
                ? Reason.Of(CoverageTexts.AllCovered, [("covered", N(r.Rate.Numerator)), .. RateArguments(r.Rate)])
                : Reason.Of(CoverageTexts.SomeCovered, [("required", N(r.Rate.Denominator)), ("covered", N(r.Rate.Numerator)), ("notCovered", N(r.NotCovered.Count)), .. RateArguments(r.Rate)]));
        }
        else
        {
            clauses.Add(Reason.Of(CoverageTexts.NoHeads));
        }

        foreach (var s in r.BySource.Where(s => s.Source != DemandSource.Annual && s.PersonTimes > 0))
        {
            var arguments = new List<(string, string)>();
            if (s.Source == DemandSource.Inspection)
            {
                arguments.Add(("year", N(r.Period.Start.Year)));
            }
            else if (s.Source == DemandSource.SatisfactionSurvey)
            {
                arguments.Add(("surveyYear", N(r.Period.Start.Year - 1)));
            }

            if (s.Source is DemandSource.Inspection or DemandSource.SatisfactionSurvey)
            {
                arguments.AddRange(By(r, s.Source));
            }

            arguments.Add(("personTimes", N(s.PersonTimes)));
            clauses.Add(Reason.Of(CoverageTexts.SourceTalks + Codes.Of(s.Source), arguments.ToArray()));
        }

        return clauses.AsReadOnly();
    }

    private static Reason Talks(CoverageReport r)
    {
        var p = r.Period;
        var wholeYear = p.Start.Month == 1 && p.Start.Day == 1 && p.End.Month == 12 && p.End.Day == 31 && p.Start.Year == p.End.Year;
        return wholeYear
            ? Reason.Of(CoverageTexts.TalksInYear, "year", N(p.Start.Year), "personTimes", N(r.PersonTimes.Total))
            : Reason.Of(CoverageTexts.TalksInPeriod, "start", IsoText.Date(p.Start), "end", IsoText.Date(p.End), "personTimes", N(r.PersonTimes.Total));
    }

    // A rate is quoted by its code ({rate:reason}), filled from the clause's own "percent".
    private static (string Name, string Value)[] RateArguments(CoverageRate rate)
    {
        var reason = rate.ToReason();
        return reason["percent"] is { } percent ? [("rate", reason.Code), ("percent", percent)] : [("rate", reason.Code)];
    }

    private static IReadOnlyList<Reason> Leaders(CoverageReport r)
    {
        var talkers = r.ByLeader.Count;
        if (talkers == 0)
        {
            return [Reason.Of(CoverageTexts.NoTalks)];
        }

        var leaders = r.ByLeader.Count(t => t.Roles.Count > 0);
        var average = Average(r.ByLeader.Sum(t => t.PersonTimes), talkers);
        var clauses = new List<Reason>
        {
            leaders == talkers
                ? Reason.Of(CoverageTexts.TalkersAllLeaders, "talkers", N(talkers), "average", average)
                : Reason.Of(CoverageTexts.Talkers, "talkers", N(talkers), "leaders", N(leaders), "average", average),
        };
        var annual = r.ByLeader.Where(t => t.BySource.Any(s => s.Source == DemandSource.Annual)).ToArray();
        if (annual.Length > 0)
        {
            var annualAverage = Average(annual.Sum(t => t.BySource.First(s => s.Source == DemandSource.Annual).Count), annual.Length);
            clauses.Add(Reason.Of(CoverageTexts.AnnualShared, "talkers", N(annual.Length), "average", annualAverage));
        }

        return clauses.AsReadOnly();
    }

    private static List<Reason> Materials(int? reports, GoodPracticeDigest? practices)
    {
        var clauses = new List<Reason>();
        if (reports is { } count)
        {
            clauses.Add(Reason.Of(CoverageTexts.Reports, "reports", N(count)));
        }

        if (practices is not null)
        {
            clauses.Add(practices.Count == 0
                ? Reason.Of(CoverageTexts.NoPractices)
                : Reason.Of(
                    CoverageTexts.Practices,
                    "practices",
                    N(practices.Count),
                    "themes",
                    N(practices.Themes.Count),
                    "byTheme",
                    TextRenderer.ListArgument(practices.Themes.Select(t => t.Theme + ":" + N(t.Count)))));
        }

        return clauses;
    }

    private static List<Reason> Open(CoverageReport r)
    {
        var clauses = new List<Reason>();
        if (r.Validation.Rejected.Count > 0)
        {
            clauses.Add(Reason.Of(CoverageTexts.Rejected, "records", N(r.Validation.Rejected.Count)));
        }

        if (r.RecordsOutsidePeriod > 0)
        {
            // The ids quoted are the first few; an ellipsis says there are more.
            var ids = r.RecordsOutsidePeriod > r.RecordIdsOutsidePeriod.Count ? r.RecordIdsOutsidePeriod.Append("…") : r.RecordIdsOutsidePeriod;
            clauses.Add(Reason.Of(
                CoverageTexts.OutsidePeriod,
                ("records", N(r.RecordsOutsidePeriod)),
                ("ids", TextRenderer.ListArgument(ids)),
                ("start", IsoText.Date(r.Period.Start)),
                ("end", IsoText.Date(r.Period.End))));
        }

        if (r.NotCovered.Count > 0)
        {
            clauses.Add(Reason.Of(CoverageTexts.NotCovered, "names", TextRenderer.ListArgument(r.Required.Where(p => !p.IsCovered).Select(p => p.Name))));
            if (r.Projection.PendingTalks > 0)
            {
                clauses.Add(Reason.Of(CoverageTexts.Projection, [("asOf", IsoText.Date(r.Projection.AsOf)), ("pending", N(r.Projection.PendingTalks)), .. RateArguments(r.Projection.Rate)]));
            }
        }

        return clauses;
    }

    /// <summary>
    /// Who held a source's talks, quoted by the source's clause: one leader and his or her role, several leaders and the
    /// role they share (the first in enum order), or several leaders; nothing when no talker, or a talker who is not a leader.
    /// </summary>
    private static (string Name, string Value)[] By(CoverageReport r, DemandSource source)
    {
        var talkers = r.ByLeader.Where(t => t.BySource.Any(s => s.Source == source)).ToArray();
        if (talkers.Length == 0 || talkers.Any(t => t.Roles.Count == 0))
        {
            return [];
        }

        var shared = Enum.GetValues<LeaderRole>().Where(role => talkers.All(t => t.Roles.Contains(role))).ToArray();
        if (shared.Length == 0)
        {
            return [("by", CoverageTexts.ByLeaders), ("leaders", N(talkers.Length))];
        }

        return talkers.Length == 1
            ? [("by", CoverageTexts.ByRole), ("role", Codes.Of(shared[0]))]
            : [("by", CoverageTexts.BySharedRole), ("role", Codes.Of(shared[0])), ("leaders", N(talkers.Length))];
    }

    // The unit kinds with someone required, well-known kinds first in the account's order, then by code.
    private static List<string> Kinds(CoverageReport r)
        => r.ByUnitKind
            .Where(k => k.Required > 0)
            .Select(k => k.Kind.Code)
            .OrderBy(code => Array.IndexOf(KindOrder, code) is var i && i >= 0 ? i : KindOrder.Length)
            .ThenBy(code => code, StringComparer.Ordinal)
            .ToList();

    // "seconded:1,on-leave:2": the excluded heads by status, in enum order.
    private static string Exclusions(CoverageReport r)
        => TextRenderer.ListArgument(r.Excluded
            .GroupBy(e => e.Status)
            .OrderBy(g => g.Key)
            .Select(g => Codes.Of(g.Key) + ":" + N(g.Count())));

    private static string Average(int total, int count)
        => Math.Round((decimal)total / count, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
