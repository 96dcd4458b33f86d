using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Tests.Text;

/// <summary>
/// The language the host registers is the only language of every text the services' results render to
/// (issue 7): with English, no Chinese character; with simplified Chinese, no English sentence. The roster's
/// names are ASCII single words, so whatever is Chinese or English in the text comes from the package.
/// </summary>
public sealed class OutputLanguageTests
{
    // A Chinese character or Chinese punctuation (、，。「」（）：；…).
    private static readonly Regex Chinese = new(@"[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF]", RegexOptions.CultureInvariant);

    // Two English words in a row (letters only, joined by a space, a hyphen or an apostrophe): "annual round",
    // "satisfaction-survey". Ids (P01, XF-01, R1) and the single-word names of this roster do not match.
    private static readonly Regex EnglishWords = new(@"[A-Za-z]{2,}(?:[ \-'’][A-Za-z]{2,})+", RegexOptions.CultureInvariant);

    private static readonly DateInterval Year = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    [Fact]
    public void English_NoChineseCharacterReachesAnyText()
    {
        var texts = RenderEverything(OutputLanguage.English, out var reasons);

        reasons.Select(r => r.Code).Distinct().Should().HaveCountGreaterThan(20, "the run exercises most reason codes");
        texts.Where(t => Chinese.IsMatch(t)).Should().BeEmpty();
        // The check can fail: the same reasons in Chinese are caught.
        reasons.Select(TextRenderer.SimplifiedChinese.Render).Where(t => Chinese.IsMatch(t)).Should().NotBeEmpty();
    }

    [Fact]
    public void SimplifiedChinese_NoEnglishSentenceReachesAnyText()
    {
        var texts = RenderEverything(OutputLanguage.SimplifiedChinese, out var reasons);

        texts.Where(t => EnglishWords.IsMatch(t)).Should().BeEmpty();
        texts.Should().OnlyContain(t => t.Length == 0 || Chinese.IsMatch(t) || Regex.IsMatch(t, @"^[0-9.]+%$") || t == "Zhang" || t == "Audit" || t == "Expenses");
        // The check can fail: the same reasons in English are caught.
        reasons.Select(TextRenderer.English.Render).Where(t => EnglishWords.IsMatch(t)).Should().NotBeEmpty();
    }

    /// <summary>Registers TalkEngine in <paramref name="language"/>, runs demands, coverage and the summary, and renders every reason and name found.</summary>
    private static List<string> RenderEverything(OutputLanguage language, out List<Reason> reasons)
    {
        var services = new ServiceCollection();
        services.AddTalkEngine(o => o.Language = language);
        using var provider = services.BuildServiceProvider();
        // The renderer registered for the host's language, or (until DI registers one) the one its options name.
        var text = provider.GetService<TextRenderer>() ?? TextRenderer.For(provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value.Language);
        text.Language.Should().Be(language);

        var roster = CreateRoster();
        var demands = provider.GetRequiredService<DemandGenerator>().Generate(CreateRequest(roster));
        var merged = new DemandGenerator(new DemandOptions { Overlaps = OverlapHandling.Merge }, TalkEngine.Calendar.WorkingCalendar.MainlandChina).Generate(CreateRequest(roster));
        var records = new[]
        {
            new TalkRecord("R1", new LocalDate(2017, 3, 10), "P01", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson, demandId: "annual-2017-P01"),
            new TalkRecord("R2", new LocalDate(2017, 3, 11), "P99", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson),
            new TalkRecord("R3", new LocalDate(2017, 6, 1), "P04", ["L2"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson),
            new TalkRecord("R4", new LocalDate(2017, 3, 12), "P02", ["P02", "L9"], DemandSource.Inspection, TalkStyle.Reminder, TalkMode.Phone, demandId: "annual-2017-P02", recorderId: "X1", unitId: "U9"),
            new TalkRecord("R5", new LocalDate(2017, 4, 12), "P03", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson, demandId: "nothing",
                commitments: [new Commitment("Fix", new LocalDate(2017, 1, 5))]),
            new TalkRecord("R1", new LocalDate(2017, 3, 10), "P01", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson),
            new TalkRecord("R6", new LocalDate(2018, 3, 10), "P01", ["L2"], DemandSource.SatisfactionSurvey, TalkStyle.Reminder, TalkMode.InPerson, demandId: "survey-S2016-P01"),
        };
        var report = provider.GetRequiredService<CoverageCalculator>().Compute(roster, demands, records, Year);
        var summary = YearSummaryBuilder.Build(report, GoodPracticeCompiler.Compile(report.Validation, Year), reportsReceived: 2);
        // Balancing with a supervising leader recused and another at capacity, so that "why not him" is rendered too.
        var input = new TalkEngine.Balancing.BalancingInput();
        input.Recusals.Add(new TalkEngine.Balancing.RecusalPair("L1", "P01"));
        input.Leaders["L3"] = new TalkEngine.Balancing.LeaderSettings { Capacity = 4 };
        var balance = provider.GetRequiredService<TalkEngine.Balancing.LeaderBalancer>().Balance(roster, demands, input);

        reasons = demands.Demands.Concat(merged.Demands)
            .SelectMany(d => d.Evidence.Select(e => e.Description).Append(d.StyleReason).Append(d.ModeReason))
            .Concat(demands.Exclusions.Select(x => x.Reason))
            .Concat(report.Excluded.Select(x => x.Reason))
            .Concat(report.Validation.Findings.Select(f => f.Reason))
            .Concat(report.ByUnitKind.Select(k => k.Rate.ToReason()).Append(report.Rate.ToReason()).Append(report.Projection.Rate.ToReason()))
            .Concat(summary.Paragraphs.SelectMany(p => p))
            .Concat(balance.Assignments.SelectMany(a => a.Reasons))
            .Concat(balance.Unserved.SelectMany(u => u.Exclusions.Select(e => e.Reason).Prepend(u.Reason)))
            // Every refused step of the plan document, in every state, with the steps allowed there.
            .Concat(Enum.GetValues<TalkEngine.Planning.PlanState>().SelectMany(s => Enum.GetValues<TalkEngine.Planning.PlanAction>().Select(a =>
                new TalkEngine.Planning.PlanActionException(s, a, s == TalkEngine.Planning.PlanState.Closed ? [] : Enum.GetValues<TalkEngine.Planning.PlanAction>()).Reason)))
            .Distinct()
            .ToList();
        reasons.Should().OnlyContain(r => TextRenderer.Knows(r.Code));
        reasons.Select(r => r.Code).Should().Contain(new[] { "balancing.fixed-by-source", "balancing.supervisor-excluded" });
        report.Validation.Findings.Select(f => f.Kind).Distinct().Should().HaveCountGreaterThan(6);

        var texts = reasons.Select(text.Render).Concat(summary.RenderParagraphs(text)).ToList();
        texts.AddRange(Enum.GetValues<DemandSource>().Select(text.Name));
        texts.AddRange(Enum.GetValues<TalkStyle>().Select(text.Name));
        texts.AddRange(Enum.GetValues<TalkMode>().Select(text.Name));
        texts.AddRange(Enum.GetValues<PersonStatusKind>().Select(text.Name));
        texts.AddRange(Enum.GetValues<PostRole>().Select(text.Name));
        texts.AddRange(Enum.GetValues<LeaderRole>().Select(text.Name));
        texts.AddRange(report.ByUnitKind.Select(k => text.Name(k.Kind)));
        return texts;
    }

    private static Roster CreateRoster()
    {
        var secondedAll = new PersonStatus(PersonStatusKind.Seconded, Year, "Parent");
        var leftLate = new PersonStatus(PersonStatusKind.Left, new DateInterval(new LocalDate(2017, 5, 1), new LocalDate(2017, 12, 31)));
        var newly = new PersonStatus(PersonStatusKind.NewlyAppointed, Year);
        return Roster.Create(
            units:
            [
                new Unit("U1", "Finance", UnitKind.HqDepartment, null, IntegrityRiskLevel.High, ["Procurement"]),
                new Unit("U2", "Works", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.Low),
                new Unit("U3", "Branch", UnitKind.SecondLevelUnit, "U2", IntegrityRiskLevel.Medium),
                new Unit("U4", "Ventures", UnitKind.Subsidiary, null, IntegrityRiskLevel.Low),
            ],
            people:
            [
                new Person("P01", "Zhang"), new Person("P02", "Li"), new Person("P03", "Wang", [newly]),
                new Person("P04", "Zhao", [leftLate]), new Person("P05", "Qian", [secondedAll]), new Person("P06", "Sun"),
                new Person("P07", "Zhou"),
            ],
            posts:
            [
                new Post("U1", PostRole.AdministrativeHead, "P01"), new Post("U1", PostRole.PartySecretary, "P01"),
                new Post("U1", PostRole.Deputy, "P06", null, "Procurement"),
                new Post("U2", PostRole.AdministrativeHead, "P02"), new Post("U2", PostRole.PartySecretary, "P05"),
                new Post("U3", PostRole.AdministrativeHead, "P03"), new Post("U3", PostRole.PartySecretary, "P07"),
                new Post("U4", PostRole.AdministrativeHead, "P04"),
            ],
            leaders:
            [
                new Leader("L1", "Chen", [LeaderRole.PartySecretary], ["U1"]),
                new Leader("L2", "Liu", [LeaderRole.DisciplineSecretary], ["U2"]),
                new Leader("L3", "Yang", [LeaderRole.DeputyGeneralManager], ["U3", "U4"]),
            ]);
    }

    private static DemandRequest CreateRequest(Roster roster) => new(roster, Year)
    {
        InspectionRounds =
        [
            new InspectionRound("R1", ["U3"], "L3", new DateInterval(new LocalDate(2017, 5, 8), new LocalDate(2017, 5, 19)), [new EvaluationScore("P03", 65m)]),
            new InspectionRound("R2", ["U2", "U3"], "L3", new DateInterval(new LocalDate(2017, 9, 4), new LocalDate(2017, 9, 15)), [new EvaluationScore("P02", 75m), new EvaluationScore("P07", 90m)]),
        ],
        Survey = new SatisfactionSurvey("S2016", 2016, [new UnitScore("U1", 55m), new UnitScore("U2", 70m)]),
        Petitions =
        [
            new PetitionCase("XF-01", "P02", new LocalDate(2017, 6, 1), PetitionFinding.ProblemsFound, "Expenses"),
            new PetitionCase("XF-02", "P06", new LocalDate(2017, 7, 1), PetitionFinding.MinorProblems, "Expenses"),
            new PetitionCase("XF-03", "P07", new LocalDate(2017, 8, 1), PetitionFinding.Unsubstantiated, "Expenses"),
            new PetitionCase("XF-04", "P05", new LocalDate(2017, 8, 1), PetitionFinding.Unsubstantiated, "Expenses"),
        ],
        GovernanceDrives = [new GovernanceDrive("G1", "Audit", new DateInterval(new LocalDate(2017, 4, 1), new LocalDate(2017, 4, 30)), ["U2"], ["Procurement"])],
        Appointments = [new Appointment("P06", "U4", PostRole.PartySecretary, new LocalDate(2017, 11, 1))],
        Calendar = TalkEngine.Calendar.WorkingCalendar.MainlandChina,
    };
}
