using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TalkEngine;
using TalkEngine.Balancing;
using TalkEngine.Calendar;

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
BalancingTalker[] leaders =
[
    new("L01", "党委书记", roles: ["party-secretary"]),
    new("L02", "总经理", roles: ["general-manager"]),
    new("L03", "纪委书记", roles: ["discipline-secretary"]),
];
BalancingDemand[] talks =
[
    new("D1", "P01", "U01", window, "annual", preferredTalkerIds: ["L02"]),
    new("D2", "P02", "U02", window, "annual", preferredTalkerIds: ["L02"]),
    new("D3", "P03", "U03", window, "annual", preferredTalkerIds: ["L02"]),
    new("D4", "P04", "U04", window, "satisfaction", requiredRole: "discipline-secretary"),
];
var plan = provider.GetRequiredService<LeaderBalancer>().Balance(new BalancingRequest(leaders, talks));
foreach (var assignment in plan.Assignments)
{
    Console.WriteLine($"{assignment.DemandId} → {assignment.TalkerId}：{string.Join(" ", assignment.Reasons.Select(r => r.Text))}");
}

Console.WriteLine($"目标值：{plan.Objective}；已证明最优：{plan.IsProvenOptimal}");

// CI runs this program against the packed nupkg: fail loudly if the package answers wrongly.
return calendar.IsWorkingDay(saturday) && !calendar.IsWorkingDay(new LocalDate(2026, 2, 16))
    && plan.IsFeasible && plan.IsProvenOptimal ? 0 : 1;
