using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Tests.Demands;

/// <summary>
/// A small organisation that exercises every source: four annual-scope units (one 一肩挑 head, one seconded
/// head, one newly appointed), two second-level units under a subsidiary, two high-risk units, one sensitive post.
/// </summary>
internal static class DemandFixture
{
    public static readonly DateInterval Year2017 = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    public static Roster CreateOrganization(params Leader[] extraLeaders)
    {
        var units = new[]
        {
            new Unit("D1", "办公室", UnitKind.HqDepartment, null, IntegrityRiskLevel.Low),
            new Unit("D2", "财务部", UnitKind.HqDepartment, null, IntegrityRiskLevel.Medium),
            new Unit("E1", "第一工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.High, new[] { "procurement" }),
            new Unit("S1", "检修公司", UnitKind.Subsidiary, null, IntegrityRiskLevel.Low),
            new Unit("S1A", "检修一分公司", UnitKind.SecondLevelUnit, "S1", IntegrityRiskLevel.Medium),
            new Unit("S1B", "检修二分公司", UnitKind.SecondLevelUnit, "S1", IntegrityRiskLevel.High),
        };
        var people = new[]
        {
            new Person("P01", "Zhao"), new Person("P02", "Qian"), new Person("P03", "Sun"), new Person("P04", "Li"),
            new Person("P05", "Zhou", new[] { new PersonStatus(PersonStatusKind.Seconded, Year2017, "parent company") }),
            new Person("P06", "Wu"), new Person("P07", "Zheng"),
            new Person("P08", "Wang", new[] { new PersonStatus(PersonStatusKind.NewlyAppointed, new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2017, 12, 31))) }),
            new Person("P09", "Feng"), new Person("P10", "Chen"),
        };
        var posts = new[]
        {
            new Post("D1", PostRole.AdministrativeHead, "P01"), new Post("D1", PostRole.PartySecretary, "P02"),
            new Post("D2", PostRole.AdministrativeHead, "P03"), new Post("D2", PostRole.PartySecretary, "P03"),
            new Post("E1", PostRole.AdministrativeHead, "P04"), new Post("E1", PostRole.PartySecretary, "P05"),
            new Post("E1", PostRole.Deputy, "P06", null, "procurement"),
            new Post("S1", PostRole.AdministrativeHead, "P07"), new Post("S1", PostRole.PartySecretary, "P08"),
            new Post("S1A", PostRole.AdministrativeHead, "P09"), new Post("S1B", PostRole.AdministrativeHead, "P10"),
        };
        var leaders = new[]
        {
            new Leader("L1", "Party secretary", new[] { LeaderRole.PartySecretary }, new[] { "D1" }),
            new Leader("L2", "General manager", new[] { LeaderRole.GeneralManager }, new[] { "D2" }),
            new Leader("L3", "Discipline secretary", new[] { LeaderRole.DisciplineSecretary }, Array.Empty<string>()),
            new Leader("L4", "Deputy GM", new[] { LeaderRole.DeputyGeneralManager }, new[] { "S1" }),
        };
        return Roster.Create(units, people, posts, leaders.Concat(extraLeaders));
    }

    public static InspectionRound Round() => new(
        "R2017-1",
        new[] { "S1A", "S1B" },
        "L4",
        new DateInterval(new LocalDate(2017, 5, 8), new LocalDate(2017, 5, 19)),
        new[] { new EvaluationScore("P09", 68m), new EvaluationScore("P10", 82m) });

    public static SatisfactionSurvey Survey() => new("survey-2016", 2016, new[] { new UnitScore("D1", 75m), new UnitScore("D2", 95m), new UnitScore("E1", 88m) });

    public static DemandRequest FullRequest(Roster? org = null) => new(org ?? CreateOrganization(), Year2017)
    {
        InspectionRounds = new[] { Round() },
        Survey = Survey(),
        Petitions = new[] { new PetitionCase("XF-2017-001", "P07", new LocalDate(2017, 6, 1), PetitionFinding.ProblemsFound, "违规报销差旅费") },
        GovernanceDrives = new[] { new GovernanceDrive("G1", "「四风」问题专项治理", new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 9, 30)), new[] { "S1" }, new[] { "procurement" }) },
        Appointments = new[] { new Appointment("P06", "S1A", PostRole.AdministrativeHead, new LocalDate(2017, 11, 1)) },
        Calendar = WorkingCalendar.MainlandChina,
    };

    /// <summary>Options with only <paramref name="source"/> enabled.</summary>
    public static DemandOptions Only(DemandSource source, Action<DemandOptions>? configure = null)
    {
        var options = new DemandOptions();
        options.Annual.Enabled = source == DemandSource.Annual;
        options.Inspection.Enabled = source == DemandSource.Inspection;
        options.Survey.Enabled = source == DemandSource.SatisfactionSurvey;
        options.PreHoliday.Enabled = source == DemandSource.PreHoliday;
        options.Petition.Enabled = source == DemandSource.Petition;
        options.Governance.Enabled = source == DemandSource.SpecialGovernance;
        options.PreAppointment.Enabled = source == DemandSource.PreAppointment;
        options.RiskFrequency.Enabled = source == DemandSource.RiskFrequency;
        configure?.Invoke(options);
        return options;
    }

    public static DemandSet Generate(DemandSource source, Action<DemandOptions>? configure = null, DemandRequest? request = null)
        => new DemandGenerator(Only(source, configure)).Generate(request ?? FullRequest());
}
