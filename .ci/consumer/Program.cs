using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TalkEngine;
using TalkEngine.Balancing;
using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;

// Register TalkEngine in the host (safe to call twice; options can also come from configuration).
var services = new ServiceCollection();
services.AddTalkEngine(o => o.Language = OutputLanguage.SimplifiedChinese);
using var provider = services.BuildServiceProvider();

// 1. The mainland-China working calendar, with its make-up workdays (调休上班).
var calendar = provider.GetRequiredService<WorkingCalendar>();
var saturday = new LocalDate(2026, 2, 14);
Console.WriteLine($"{saturday:yyyy-MM-dd} 是工作日：{calendar.IsWorkingDay(saturday)}（{calendar.GetDay(saturday).Holiday?.Chinese}调休上班）");
Console.WriteLine($"2017-09-25 之后第 20 个工作日：{calendar.AddWorkingDays(new LocalDate(2017, 9, 25), 20):yyyy-MM-dd}");

// 2. Who talks to whom: an exact, explained balance over the leadership team.
var window = new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 12, 29));
var roster = Roster.Create(
    new[] { "U01", "U02", "U03", "U04" }.Select(u => new Unit(u, "单位" + u, UnitKind.EngineeringCompany, null, IntegrityRiskLevel.Medium)),
    new[] { "P01", "P02", "P03", "P04", "L01", "L02", "L03" }.Select(p => new Person(p, "人员" + p)),
    new[] { "U01", "U02", "U03", "U04" }.Select(u => new Post(u, PostRole.AdministrativeHead, "P" + u[1..])),
    [
        new Leader("L01", "党委书记", [LeaderRole.PartySecretary], []),
        new Leader("L02", "总经理", [LeaderRole.GeneralManager], ["U01", "U02", "U03"]),
        new Leader("L03", "纪委书记", [LeaderRole.DisciplineSecretary], []),
    ]);
TalkDemand Talk(string id, string person, string unit, DemandSource source, LeaderRole? role = null) =>
    new(id, person, unit, source, window, TalkStyle.Reminder, "年度提醒", TalkMode.InPerson, "当面", requiredLeaderRole: role);
var demands = new DemandSet(
[
    Talk("D1", "P01", "U01", DemandSource.Annual),
    Talk("D2", "P02", "U02", DemandSource.Annual),
    Talk("D3", "P03", "U03", DemandSource.Annual),
    Talk("D4", "P04", "U04", DemandSource.SatisfactionSurvey, LeaderRole.DisciplineSecretary),
]);
var plan = provider.GetRequiredService<LeaderBalancer>().Balance(roster, demands);
var text = TextRenderer.For(OutputLanguage.SimplifiedChinese);
foreach (var assignment in plan.Assignments)
{
    Console.WriteLine($"{assignment.DemandId} → {assignment.LeaderId}：{text.Render(assignment.Reasons)}");
}

Console.WriteLine($"目标值：{plan.Objective}；已证明最优：{plan.IsProvenOptimal}");

// CI runs this program against the packed nupkg: fail loudly if the package answers wrongly.
return calendar.IsWorkingDay(saturday) && !calendar.IsWorkingDay(new LocalDate(2026, 2, 16))
    && plan.IsFeasible && plan.IsProvenOptimal ? 0 : 1;
