using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalkEngine.Demands;
using TalkEngine.Organization;
using static TalkEngine.Tests.Demands.DemandFixture;

namespace TalkEngine.Tests.Demands;

public sealed class DemandGeneratorTests
{
    private static LocalDate D(int month, int day) => new(2017, month, day);

    [Fact]
    public void Generate_AllSources_CountsPerSourceAndSortedIds()
    {
        var set = new DemandGenerator().Generate(FullRequest());

        set.Demands.GroupBy(d => d.Source).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(new Dictionary<DemandSource, int>
        {
            [DemandSource.Annual] = 6,
            [DemandSource.Inspection] = 2,
            [DemandSource.SatisfactionSurvey] = 3,
            [DemandSource.PreHoliday] = 18,
            [DemandSource.Petition] = 1,
            [DemandSource.SpecialGovernance] = 5,
            [DemandSource.PreAppointment] = 1,
            [DemandSource.RiskFrequency] = 8,
        });
        set.Demands.Select(d => d.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        set.Demands.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        set.Exclusions.Should().OnlyContain(e => e.PersonId == "P05");
    }

    [Fact]
    public void Generate_SameInputTwice_SameIdsOrderAndContent()
    {
        var first = new DemandGenerator().Generate(FullRequest());
        var second = new DemandGenerator().Generate(FullRequest());

        second.Demands.Select(Describe).Should().Equal(first.Demands.Select(Describe));
        second.Overlaps.Select(o => string.Join(",", o.DemandIds)).Should().Equal(first.Overlaps.Select(o => string.Join(",", o.DemandIds)));
    }

    [Fact]
    public void Overlaps_KeepApart_ReportedWithoutMerging()
    {
        var set = new DemandGenerator().Generate(FullRequest());

        set.Overlaps.Should().OnlyContain(o => !o.IsMerged);
        var p01 = set.Overlaps.Single(o => o.SubjectId == "P01");
        p01.DemandIds.Should().Equal("annual-2017-P01", "survey-survey-2016-P01");
        p01.Sources.Should().Equal(DemandSource.Annual, DemandSource.SatisfactionSurvey);
        // P09 has inspection (May) and governance (Sept) talks that do not overlap; P10 has three separate overlaps with its quarterly talks.
        set.Overlaps.Select(o => o.SubjectId).Should().Equal("P01", "P02", "P04", "P06", "P07", "P08", "P10", "P10", "P10");
        set.Demands.Should().HaveCount(44);
    }

    [Fact]
    public void Overlaps_Merge_OneTalkKeepingEveryReasonAndEvidence()
    {
        var options = new DemandOptions { Overlaps = OverlapHandling.Merge };

        var set = new DemandGenerator(options).Generate(FullRequest());

        var merged = set.Demands.Single(d => d.SubjectId == "P01");
        merged.Id.Should().Be("merged-annual-2017-P01");
        merged.Sources.Should().Equal(DemandSource.Annual, DemandSource.SatisfactionSurvey);
        merged.Source.Should().Be(DemandSource.Annual);
        merged.Style.Should().Be(TalkStyle.Warning);
        merged.RequiredLeaderId.Should().Be("L3");
        merged.Window.Should().Equal(Year2017);
        merged.Evidence.Where(e => e.Kind == "merged-demand").Select(e => e.Reference).Should().Equal("annual-2017-P01", "survey-survey-2016-P01");
        merged.Evidence.Should().Contain(e => e.Kind == "satisfaction-score" && e.Score == 75m);
        set.Overlaps.Single(o => o.SubjectId == "P01").MergedDemandId.Should().Be(merged.Id);
    }

    [Fact]
    public void Overlaps_Merge_AnnualJoinsEarliestTalkAndDifferentLeadersStayApart()
    {
        var options = new DemandOptions { Overlaps = OverlapHandling.Merge };

        var set = new DemandGenerator(options).Generate(FullRequest());

        // P07: petition (June, L3) ends first, so the annual talk merges into it; governance (Sept) stays alone.
        var p07 = set.ForSubject("P07");
        p07.Select(d => d.Id).Should().Equal("governance-G1-P07", "merged-annual-2017-P07");
        p07[1].Window.Should().Equal(new DateInterval(D(6, 1), D(6, 30)));
        p07[1].Style.Should().Be(TalkStyle.Admonition);
        p07[1].Sources.Should().Equal(DemandSource.Annual, DemandSource.Petition);

        // P04: survey needs the discipline secretary; the risk and pre-holiday talks do not, so they merge around it.
        var p04 = set.ForSubject("P04");
        p04.Should().OnlyContain(d => d.Sources.Count >= 1);
        p04.Count(d => d.RequiredLeaderId == "L3").Should().Be(1);
        p04.Select(d => d.Sources.Count).Sum().Should().Be(1 + 1 + 6 + 4); // annual, survey, six pre-holiday, four risk slices
    }

    [Fact]
    public void Overlaps_SameSourceOnly_NotAnOverlap()
    {
        var set = Generate(DemandSource.RiskFrequency);

        set.Overlaps.Should().BeEmpty();
    }

    [Fact]
    public void Generate_BadRequest_ReportsEveryProblem()
    {
        var org = CreateOrganization();
        var request = new DemandRequest(org, Year2017)
        {
            InspectionRounds = new[]
            {
                new InspectionRound("R1", new[] { "S1A", "NOPE" }, "P09", Year2017, new[] { new EvaluationScore("GHOST", 1m), new EvaluationScore("GHOST", 2m) }),
                new InspectionRound("R1", new[] { "S1A" }, "L4", Year2017, Array.Empty<EvaluationScore>()),
            },
            Survey = new SatisfactionSurvey("S", 2016, new[] { new UnitScore("D1", 1m), new UnitScore("D1", 2m), new UnitScore("X", 3m) }),
            Petitions = new[] { new PetitionCase("C1", "WHO", D(1, 1), PetitionFinding.Unsubstantiated, "s"), new PetitionCase("C1", "P01", D(1, 1), PetitionFinding.Unsubstantiated, "s", "BAD") },
            GovernanceDrives = new[] { new GovernanceDrive("G", "drive", Year2017, new[] { "ZZ" }, new[] { "gambling" }) },
            Appointments = new[] { new Appointment("NEW", "QQ", PostRole.Deputy, D(5, 1)) },
        };

        var act = () => new DemandGenerator().Generate(request);

        var problems = act.Should().Throw<TalkEngineValidationException>().Which.Problems;
        problems.Select(p => p.Code + "@" + p.Path).Should().Equal(
            "roster.unknown-unit@inspectionRounds[0].inspectedUnitIds[1]",
            "roster.unknown-leader@inspectionRounds[0].teamLeaderId",
            "roster.unknown-person@inspectionRounds[0].scores[0].personId",
            "roster.unknown-person@inspectionRounds[0].scores[1].personId",
            "demands.duplicate-score@inspectionRounds[0].scores[1]",
            "demands.duplicate-round-id@inspectionRounds[1].id",
            "demands.duplicate-score@survey.scores[1]",
            "roster.unknown-unit@survey.scores[2].unitId",
            "roster.unknown-person@petitions[0].subjectId",
            "demands.duplicate-case@petitions[1].caseNumber",
            "roster.unknown-unit@petitions[1].unitId",
            "roster.unknown-unit@governanceDrives[0].unitIds[0]",
            "demands.unknown-sensitive-post@governanceDrives[0].sensitivePosts[0]",
            "roster.unknown-person@appointments[0].personId",
            "roster.unknown-unit@appointments[0].unitId");
        problems[1].Ids.Should().Equal("R1", "P09");
    }

    [Fact]
    public void Constructor_BadOptions_ListsEveryFailure()
    {
        var options = new DemandOptions();
        options.Inspection.Selection = ScoreSelection.LowestN;
        options.Inspection.LowestCount = 0;
        options.Inspection.AdmonitionBelow = 90m;
        options.PreHoliday.WorkingDaysBefore = 0;
        options.RiskFrequency.EveryMonths = 13;
        options.Annual.UnitKinds = new List<string>();
        options.ExcludedStatuses = new List<PersonStatusKind> { (PersonStatusKind)99 };

        var act = () => new DemandGenerator(options);

        var problems = act.Should().Throw<TalkEngineValidationException>().Which;
        problems.ErrorCode.Should().Be("options.demands");
        problems.Problems.Should().HaveCount(6)
            .And.Contain(p => p.Path == "TalkEngine:Demands:Inspection:LowestCount" && p.Code == "options.out-of-range")
            .And.Contain(p => p.Path == "TalkEngine:Demands:RiskFrequency:EveryMonths" && p.Message.Contains("is 13"))
            .And.Contain(p => p.Path == "TalkEngine:Demands:ExcludedStatuses:0" && p.Code == "options.unknown-value");
    }

    [Fact]
    public void AddTalkEngine_RegistersGeneratorWithHostOptions()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine();
        services.AddTalkEngine();
        services.Configure<TalkEngineOptions>(o => o.Demands.Annual.Enabled = false);
        using var provider = services.BuildServiceProvider();

        var generator = provider.GetRequiredService<DemandGenerator>();
        var set = generator.Generate(FullRequest() with { Calendar = null });

        services.Count(d => d.ServiceType == typeof(DemandGenerator)).Should().Be(1);
        set.BySource(DemandSource.Annual).Should().BeEmpty();
        set.BySource(DemandSource.PreHoliday).Should().HaveCount(18); // the calendar registered by AddTalkEngine
    }

    [Fact]
    public void AddTalkEngine_BadDemandOptions_FailsWhenResolved()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine();
        services.Configure<TalkEngineOptions>(o => o.Demands.Petition.WindowDays = 0);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;

        // The same problem, with the same code, as new DemandGenerator(options) reports.
        act.Should().Throw<OptionsValidationException>().Which.Failures.Should()
            .ContainSingle(f => f.StartsWith("[options.out-of-range] TalkEngine:Demands:Petition:WindowDays: is 0", StringComparison.Ordinal));
    }

    [Fact]
    public void UnreachableOver_MatchesDayByDayBruteForce()
    {
        var day0 = new LocalDate(2017, 1, 1);
        var genStatus = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 20], Gen.Int[0, 10])
            .Select((kind, start, length) => new PersonStatus(
                kind switch { 0 => PersonStatusKind.Seconded, 1 => PersonStatusKind.Left, 2 => PersonStatusKind.OnLeave, _ => PersonStatusKind.NewlyAppointed },
                new DateInterval(day0.PlusDays(start), day0.PlusDays(start + length))));
        var ctx = new DemandContext(new DemandRequest(CreateOrganization(), Year2017), new DemandOptions(), TalkEngine.Calendar.WorkingCalendar.MainlandChina);

        Gen.Select(genStatus.Array[0, 5], Gen.Int[0, 20], Gen.Int[0, 10]).Sample((statuses, start, length) =>
        {
            var window = new DateInterval(day0.PlusDays(start), day0.PlusDays(start + length));
            var person = new Person("X", "x", statuses);
            var expected = window.All(day => statuses.Any(s => s.Kind is PersonStatusKind.Seconded or PersonStatusKind.Left && s.Period.Contains(day)));

            var blocking = ctx.UnreachableOver(person, window);

            (blocking is not null).Should().Be(expected);
            if (blocking is not null)
            {
                blocking.Kind.Should().BeOneOf(PersonStatusKind.Seconded, PersonStatusKind.Left);
            }
        });
    }

    private static string Describe(TalkDemand d)
        => $"{d.Id}|{d.SubjectId}|{d.UnitId}|{d.Window}|{d.Style}|{d.StyleReason}|{d.Mode}|{d.ModeReason}|{d.RequiredLeaderId}|{d.RequiredLeaderRole}|{string.Join(";", d.Evidence.Select(e => e.Description))}";
}
