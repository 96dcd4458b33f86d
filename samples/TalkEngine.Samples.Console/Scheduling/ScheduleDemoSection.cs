using System.Globalization;
using Spectre.Console;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Scheduling;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp.Scheduling;

/// <summary>
/// The scheduling part of <c>demo</c>: the plan's talks with a working day, an hour and one of the example's two rooms
/// (<see cref="TalkEngine.Planning.TalkPlanner.Schedule"/>), one row a talk in time order with its source (an inspection
/// talk is on site with the team leader, a survey talk with the discipline secretary), and a line with the count
/// and the proof. The <c>schedule</c> object of <c>demo --format json</c> is the library's <see cref="TalkSchedule"/>.
/// </summary>
internal sealed class ScheduleDemoSection
{
    public void Render(IAnsiConsole console, ExampleRun run, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        var schedule = run.Schedule;
        var org = run.Dataset.Roster;
        var text = TextRenderer.For(language);
        var sources = run.Plan.Talks.ToDictionary(t => t.DemandId, t => t.Source, StringComparer.Ordinal);
        Heading(console, T(language, "约谈排期（工作日、时段、会议室）", "Schedule (working days, hours, rooms)"));
        var table = new Table().AddColumns(
            T(language, "日期", "date"),
            T(language, "时间", "time"),
            T(language, "谈话人", "talker"),
            T(language, "谈话对象", "subject"),
            T(language, "来源", "source"),
            T(language, "会议室", "room"));
        foreach (var t in schedule.Talks.OrderBy(t => t.Start.ToInstant()).ThenBy(t => t.TalkId, StringComparer.Ordinal))
        {
            table.AddRow(
                Cell(t.Start.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Cell(t.Start.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + t.End.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)),
                Cell(org.FindLeader(t.LeaderId)?.Name ?? t.LeaderId),
                Cell(org.FindPerson(t.SubjectId)?.Name ?? t.SubjectId),
                Cell(sources.TryGetValue(t.TalkId, out var source) ? text.Name(source) : string.Empty),
                Cell(t.RoomId ?? T(language, "（视频）", "(video)")));
        }

        console.Write(table);
        var total = schedule.Placed + schedule.Unplaced.Count;
        var days = schedule.Talks.Select(t => t.Start.Date).Distinct().Count();
        Line(console, T(
            language,
            string.Create(CultureInfo.InvariantCulture, $"{total} 次约谈中 {schedule.Placed} 次排入 {days} 个工作日（{string.Join("、", ExampleRun.Rooms)}）；{(schedule.ProvenMaximum ? "已证明无法排入更多" : "未能证明无法排入更多")}。"),
            string.Create(CultureInfo.InvariantCulture, $"{schedule.Placed} of {total} talks scheduled on {days} working days ({string.Join(", ", ExampleRun.Rooms)}); {(schedule.ProvenMaximum ? "proven that no schedule holds more" : "not proven that no schedule holds more")}.")));
        foreach (var u in schedule.Unplaced)
        {
            Line(console, $"{u.TalkId}: {Reason(u.Reason, language)}");
        }
    }

    private static string Reason(UnplacedReason reason, OutputLanguage language) => reason switch
    {
        UnplacedReason.NoWorkingDay => T(language, "时间窗口内没有工作日", "no working day in its window"),
        UnplacedReason.LeaderAway => T(language, "谈话人在每个可选工作日都不在岗", "the talker is away on every working day"),
        UnplacedReason.SubjectAway => T(language, "谈话对象在每个可选工作日都不在岗", "the subject is away on every working day"),
        UnplacedReason.LeaderFull => T(language, "谈话人每个可选日的约谈已满", "the talker is full on every day it could take"),
        UnplacedReason.Crowded => T(language, "每个可选日谈话人已满或谈话对象已有约谈", "every day it could take is full"),
        UnplacedReason.ReportTooLate => T(language, "报告提交过晚，窗口内没有足够靠后的工作日", "the report is due too late for its window"),
        UnplacedReason.NoTimeSlot => T(language, "当天没有合适的时段或会议室", "no hour or room fits on its day"),
        _ => reason.ToString(),
    };
}
