using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Tests.Records;

/// <summary>A small roster for the records and coverage tests: three units, five heads, two leaders.</summary>
internal static class RosterFixture
{
    public static readonly DateInterval Year2017 = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    public static Roster Create()
    {
        var units = new[]
        {
            new Unit("HQ1", "办公室", UnitKind.HqDepartment, null, IntegrityRiskLevel.Low),
            new Unit("EC1", "第一工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.High),
            new Unit("SUB1", "物资公司", UnitKind.Subsidiary, null, IntegrityRiskLevel.Medium),
        };
        var people = new[]
        {
            new Person("P1", "张一"),
            new Person("P2", "李二"),
            new Person("P3", "王三", [new PersonStatus(PersonStatusKind.Seconded, new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2017, 12, 31)), "借调股份公司")]),
            new Person("P4", "赵四", [new PersonStatus(PersonStatusKind.Left, new DateInterval(new LocalDate(2017, 7, 1), new LocalDate(2099, 12, 31)))]),
            new Person("P5", "钱五"),
        };
        var posts = new[]
        {
            new Post("HQ1", PostRole.AdministrativeHead, "P1"),
            new Post("EC1", PostRole.AdministrativeHead, "P2"),
            new Post("EC1", PostRole.PartySecretary, "P2"),
            new Post("SUB1", PostRole.AdministrativeHead, "P3"),
            new Post("SUB1", PostRole.PartySecretary, "P4"),
            new Post("HQ1", PostRole.PartySecretary, "P5"),
        };
        var leaders = new[]
        {
            new Leader("L1", "孙书记", [LeaderRole.PartySecretary], ["HQ1"]),
            new Leader("L2", "周纪委", [LeaderRole.DisciplineSecretary], ["EC1", "SUB1"]),
        };
        return Roster.Create(units, people, posts, leaders);
    }

    public static TalkDemand Demand(string subject, string unit, DemandSource source = DemandSource.Annual, DateInterval? window = null, string? requiredLeader = null, string? id = null)
        => new(
            id ?? $"{source.ToString().ToLowerInvariant()}-2017-{subject}",
            subject,
            unit,
            source,
            window ?? Year2017,
            TalkStyle.Reminder,
            new Reason("test.routine-reminder"),
            TalkMode.InPerson,
            new Reason("test.in-person"),
            requiredLeader);

    /// <summary>Annual demands for P1, P2 (both posts), P4 (until he left); P3 excluded as seconded.</summary>
    public static DemandSet AnnualDemands()
        => new(
            [Demand("P1", "HQ1"), Demand("P2", "EC1"), Demand("P4", "SUB1"), Demand("P5", "HQ1")],
            [
                new DemandExclusion("P3", "SUB1", DemandSource.Annual, PersonStatusKind.Seconded, new Reason("test.seconded", [new("to", "股份公司")]), new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2017, 12, 31))),
            ]);

    public static TalkRecord Record(
        string id,
        string subject,
        int month,
        int day,
        DemandSource source = DemandSource.Annual,
        string[]? talkers = null,
        string? demandId = null,
        string? recorder = null,
        string? unitId = null,
        GoodPractice[]? practices = null,
        Commitment[]? commitments = null)
        => new(
            id,
            new LocalDate(2017, month, day),
            subject,
            talkers ?? ["L1"],
            source,
            TalkStyle.Reminder,
            TalkMode.InPerson,
            demandId,
            recorder,
            unitId,
            topics: ["一岗双责"],
            commitments: commitments,
            goodPractices: practices);
}
