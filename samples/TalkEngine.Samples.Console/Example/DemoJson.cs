using NodaTime;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// The <c>demo --format json</c> document, written through the package's JSON contract: stable key order (the
/// records' parameter order), invariant numbers, enums and map keys as codes (<c>satisfaction-survey</c>).
/// </summary>
internal static class DemoJson
{
    public static string Serialize(DemoDocument document) => ConsoleJson.Serialize(document, ConsoleJson.Indented);

    public static DemoDocument Build(ExampleRun run, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(run);
        var c = run.Coverage;
        var org = run.Dataset.Roster;
        var text = TextRenderer.For(language);
        return new DemoDocument(
            run.Dataset.Name,
            new DemoPeriod(run.Dataset.Period.Start, run.Dataset.Period.End),
            new DemoRoster(org.Units.Count, org.People.Count, org.Posts.Count, org.Leaders.Count),
            new DemoDemands(
                run.Demands.Demands.Count,
                BySource(Enum.GetValues<DemandSource>().Select(s => (s, run.Demands.Demands.Count(d => d.Source == s)))),
                run.Demands.Exclusions.Count,
                run.Demands.Overlaps.Count),
            new DemoCoverage(
                c.HeadsInScope,
                c.Required.Count,
                c.Excluded.Select(e => new DemoExcluded(e.PersonId, e.Name, e.Status, text.Render(e.Reason))).ToArray(),
                c.Covered.Count,
                c.NotCovered,
                Rate(c.Rate, language),
                new DemoPersonTimes(c.PersonTimes.Total, BySource(c.PersonTimes.BySource.Select(s => (s.Source, s.Count)))),
                c.PeopleTalkedTo,
                c.ByUnitKind.Select(k => new DemoUnitKind(k.Kind, text.Name(k.Kind), k.Required, k.Covered, Rate(k.Rate, language), k.PersonTimes)).ToArray(),
                c.BySource.Select(s => new DemoSource(s.Source, s.Demands, s.DemandsAnswered, s.PersonTimes, s.PeopleTalkedTo)).ToArray(),
                c.ByLeader.Select(t => new DemoTalker(t.LeaderId, t.Name, t.Roles.ToArray(), t.PersonTimes, BySource(t.BySource.Select(s => (s.Source, s.Count))))).ToArray(),
                new DemoProjection(c.Projection.PendingTalks, Rate(c.Projection.Rate, language), c.Projection.PersonTimes)),
            Balancing.BalanceDemoSection.Json(run, language),
            c.Validation.Findings.Select(f => new DemoFinding(f.RecordId, f.Kind, f.Severity, text.Render(f.Reason))).ToArray(),
            new DemoGoodPractices(
                run.GoodPractices.Count,
                run.GoodPractices.Themes.Select(t => new DemoTheme(
                    t.Theme,
                    t.Count,
                    t.Units.Select(u => new DemoThemeUnit(u.UnitId, u.UnitName, u.Entries.Select(e => new DemoPractice(e.Description, e.RecordId, e.Date, e.SubjectName)).ToArray())).ToArray())).ToArray()),
            run.Dataset.ReportsReceived.Distinct(StringComparer.Ordinal).Count(),
            run.Summary.Render(text),
            run.Schedule,
            global::TalkEngine.Samples.ConsoleApp.Content.ContentDemoSection.Json(run, language));
    }

    private static DemoRate Rate(CoverageRate rate, OutputLanguage language)
        => new(rate.Numerator, rate.Denominator, rate.IsApplicable, rate.Percentage, TextRenderer.For(language).Render(rate.ToReason()));

    // Sources in declaration order (SortedDictionary orders by the enum value), zero counts left out.
    private static SortedDictionary<DemandSource, int> BySource(IEnumerable<(DemandSource Source, int Count)> counts)
        => new(counts.Where(c => c.Count > 0).ToDictionary(c => c.Source, c => c.Count));
}

#pragma warning disable SA1402, SA1649 // The document's parts, one small record each, read best together.

/// <summary>The whole <c>demo --format json</c> document.</summary>
internal sealed record DemoDocument(
    string Dataset,
    DemoPeriod Period,
    DemoRoster Roster,
    DemoDemands Demands,
    DemoCoverage Coverage,
    Balancing.DemoBalance Balance,
    IReadOnlyList<DemoFinding> Findings,
    DemoGoodPractices GoodPractices,
    int ReportsReceived,
    string Summary,
    TalkEngine.Scheduling.TalkSchedule Schedule,
    global::TalkEngine.Samples.ConsoleApp.Content.DemoContent Content);

internal sealed record DemoPeriod(LocalDate Start, LocalDate End);

internal sealed record DemoRoster(int Units, int People, int Posts, int Leaders);

internal sealed record DemoDemands(int Total, SortedDictionary<DemandSource, int> BySource, int Exclusions, int Overlaps);

internal sealed record DemoCoverage(
    int HeadsInScope,
    int Required,
    IReadOnlyList<DemoExcluded> Excluded,
    int Covered,
    IReadOnlyList<string> NotCovered,
    DemoRate Rate,
    DemoPersonTimes PersonTimes,
    int PeopleTalkedTo,
    IReadOnlyList<DemoUnitKind> ByUnitKind,
    IReadOnlyList<DemoSource> BySource,
    IReadOnlyList<DemoTalker> ByTalker,
    DemoProjection Projection);

internal sealed record DemoExcluded(string Person, string Name, PersonStatusKind Status, string Reason);

internal sealed record DemoRate(int Numerator, int Denominator, bool Applicable, decimal? Percent, string Text);

internal sealed record DemoPersonTimes(int Total, SortedDictionary<DemandSource, int> BySource);

internal sealed record DemoUnitKind(UnitKind Kind, string Name, int Required, int Covered, DemoRate Rate, int PersonTimes);

internal sealed record DemoSource(DemandSource Source, int Demands, int DemandsAnswered, int PersonTimes, int PeopleTalkedTo);

internal sealed record DemoTalker(string Talker, string Name, IReadOnlyList<LeaderRole> Roles, int PersonTimes, SortedDictionary<DemandSource, int> BySource);

internal sealed record DemoProjection(int PendingTalks, DemoRate Rate, int PersonTimes);

internal sealed record DemoFinding(string Record, RecordFindingKind Kind, RecordFindingSeverity Severity, string Message);

internal sealed record DemoGoodPractices(int Count, IReadOnlyList<DemoTheme> Themes);

internal sealed record DemoTheme(string Theme, int Count, IReadOnlyList<DemoThemeUnit> Units);

internal sealed record DemoThemeUnit(string? Unit, string Name, IReadOnlyList<DemoPractice> Practices);

internal sealed record DemoPractice(string Description, string Record, LocalDate Date, string Subject);
