using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Records;

// 1. The roster: two units, their heads, a leadership team of two (L1 supervises 分管 U1).
var roster = Roster.Create(
    [new Unit("U1", "第一工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.Medium), new Unit("U2", "财务部", UnitKind.HqDepartment, null, IntegrityRiskLevel.Low)],
    [new Person("P1", "张某"), new Person("P2", "李某"), new Person("L1", "王某"), new Person("L2", "赵某")],
    [new Post("U1", PostRole.AdministrativeHead, "P1"), new Post("U2", PostRole.AdministrativeHead, "P2")],
    [new Leader("L1", "王某", [LeaderRole.PartySecretary], ["U1"]), new Leader("L2", "赵某", [LeaderRole.DisciplineSecretary], [])]);

// 2. Plan the year: who must be talked to and why, and which leader talks to whom (an exact, explained balance).
var planner = new TalkPlanner();   // or GetRequiredService<TalkPlanner>() after services.AddTalkEngine(...)
var plan = planner.Plan(new YearInput(new DemandRequest(roster, new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)))));
foreach (var assignment in plan.Assignment.Assignments)
{
    Console.WriteLine($"{assignment.DemandId} → {assignment.LeaderId}：{planner.Text.Render(assignment.Reasons)}");
}

// 3. Record the talks as they are held, then measure coverage and write the year's summary.
var store = plan.CreateRecordStore();
foreach (var talk in plan.Talks)
{
    store.Add(new TalkRecord("R-" + talk.SubjectId, new LocalDate(2017, 10, 9), talk.SubjectId, [talk.LeaderId], talk.Source, talk.Style, talk.Mode, talk.DemandId));
}

var report = planner.Measure(plan, store);
Console.WriteLine(planner.Text.Render(report.Rate.ToReason()));
Console.WriteLine(planner.Summarize(report).RenderParagraphs(planner.Text)[0]);

// CI runs this program against the packed nupkg: fail loudly if the package answers wrongly.
return plan.Assignment.IsProvenOptimal && report.Covered.Count == 2 && report.Rate.Percentage == 100m ? 0 : 1;
