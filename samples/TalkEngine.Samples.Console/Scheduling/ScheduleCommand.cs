using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Calendars;
using Spectre.Console;
using TalkEngine.Scheduling;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp.Scheduling;

/// <summary>
/// <c>schedule --input FILE [--format json|table|ics] [--out FILE] [--lang zh|en]</c>: places the talks of a scheduling bench file
/// (a day is the unit) at the proven maximum. Each leader's talks of a day take the day's slots in talk-id order:
/// 45 minutes and a 15-minute buffer within 09:00–11:30 and 14:00–17:30 (the bench format has no hours). Exit codes
/// (<see cref="SampleApp"/>): 0 every talk placed, 1 some are not (each listed with its reason), 2 a file that cannot
/// be read or is invalid (every problem listed on stderr with its JSON path).
/// </summary>
internal sealed class ScheduleCommand : ISampleCommand
{
    private static readonly (LocalTime Start, LocalTime End)[] Slots =
    [
        (new LocalTime(9, 0), new LocalTime(9, 45)),
        (new LocalTime(10, 0), new LocalTime(10, 45)),
        (new LocalTime(14, 0), new LocalTime(14, 45)),
        (new LocalTime(15, 0), new LocalTime(15, 45)),
        (new LocalTime(16, 0), new LocalTime(16, 45)),
    ];

    public Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "实例文件（bench 格式）。 Instance file in the bench format.", Required = true };
        var format = new Option<string>("--format") { Description = "输出格式：table、json 或 ics（日历文件）。 Output format: table, json or ics (a calendar file).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "ics");
        var outFile = new Option<FileInfo?>("--out") { Description = "ics 写入该文件（默认标准输出）。 Write the ics to this file (default: stdout)." };
        var lang = CreateLanguageOption();
        var command = new Command("schedule", "把谈话排到工作日（最大数量并证明）。 Places talks on working days, maximum and proven.") { input, format, outFile, lang };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(format)!,
            Language(parse, lang),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(outFile)));
        return command;
    }

    internal static int Run(FileInfo file, string format, OutputLanguage language, TextWriter output, TextWriter error, FileInfo? outFile = null)
    {
        SchedulingInstance instance;
        try
        {
            instance = SchedulingInstanceReader.ReadFile(file.FullName);
        }
        catch (TalkEngineValidationException e)
        {
            error.WriteLine(T(language, $"{file.Name}：实例有 {e.Problems.Count} 处问题，未计算：", $"{file.Name}: the instance has {e.Problems.Count} problem(s); nothing was computed:"));
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"  {problem.Path}: {problem.Message}");
            }

            return SampleApp.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(T(language, $"{file.Name}：无法读取文件（{e.Message}）。", $"{file.Name}: the file cannot be read ({e.Message})."));
            return SampleApp.BadInput;
        }

        var schedule = DayScheduler.Schedule(instance.Request);
        var times = TimesOfDay(schedule);
        if (format == "ics")
        {
            var ics = ScheduleIcs.Write(instance, schedule, times, language);
            if (outFile is null)
            {
                output.Write(ics);
            }
            else
            {
                try
                {
                    File.WriteAllText(outFile.FullName, ics, new System.Text.UTF8Encoding(false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine(T(language, $"{outFile.Name}：无法写入文件（{e.Message}）。", $"{outFile.Name}: the file cannot be written ({e.Message})."));
                    return SampleApp.BadInput;
                }
            }
        }
        else if (format == "json")
        {
            WriteJson(schedule, times, output);
        }
        else
        {
            WriteTable(instance, schedule, times, language == OutputLanguage.English, Create(output));
        }

        return schedule.Unplaced.Count == 0 ? SampleApp.Success : SampleApp.Infeasible;
    }

    /// <summary>Each placed talk's slot: a leader's talks of a day in talk-id order take the day's slots in order.</summary>
    private static (LocalTime Start, LocalTime End)?[] TimesOfDay(DaySchedule schedule)
    {
        var times = new (LocalTime, LocalTime)?[schedule.Talks.Count];
        var used = new Dictionary<(string Leader, LocalDate Day), int>();
        for (var i = 0; i < schedule.Talks.Count; i++)
        {
            var talk = schedule.Talks[i];
            var k = used.GetValueOrDefault((talk.LeaderId, talk.Date));
            used[(talk.LeaderId, talk.Date)] = k + 1;
            times[i] = k < Slots.Length ? Slots[k] : null;
        }

        return times;
    }

    private static string Detail(UnplacedTalk u, bool en)
    {
        var days = string.Join(", ", u.Days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return u.Reason switch
        {
            UnplacedReason.NoWorkingDay => en ? "the window holds no working day" : "窗口内没有工作日",
            UnplacedReason.LeaderAway => en ? $"leader {u.LeaderId} is away on every working day of the window: {days}" : $"谈话人 {u.LeaderId} 在窗口内每个工作日都不在：{days}",
            UnplacedReason.SubjectAway => en ? $"subject {u.SubjectId} is away on every day the leader is free: {days}" : $"谈话对象 {u.SubjectId} 在谈话人有空的每一天都不在：{days}",
            UnplacedReason.LeaderFull => en ? $"leader {u.LeaderId} is full (day or week cap) on every possible day: {days}" : $"谈话人 {u.LeaderId} 在每个可选日都已排满（日或周上限）：{days}",
            _ => en ? $"on every possible day leader {u.LeaderId} is full or subject {u.SubjectId} has another talk: {days}" : $"每个可选日谈话人 {u.LeaderId} 已排满或谈话对象 {u.SubjectId} 已有其他谈话：{days}",
        };
    }

    /// <summary>Writes what the JSON writer has so far and empties the buffer, so that a large schedule is not held twice in memory.</summary>
    private static void Drain(Utf8JsonWriter? json, MemoryStream stream, TextWriter output)
    {
        json?.Flush();
        output.Write(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        stream.SetLength(0);
    }

    private static void WriteJson(DaySchedule schedule, (LocalTime Start, LocalTime End)?[] times, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false }))
        {
            json.WriteStartObject();
            json.WriteNumber("placed", schedule.Placed);
            json.WriteNumber("upperBound", schedule.UpperBound);
            json.WriteBoolean("provenMaximum", schedule.ProvenMaximum);
            json.WriteStartArray("talks");
            for (var i = 0; i < schedule.Talks.Count; i++)
            {
                var talk = schedule.Talks[i];
                json.WriteStartObject();
                json.WriteString("talk", talk.TalkId);
                json.WriteString("date", talk.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (times[i] is { } time)
                {
                    json.WriteString("start", time.Start.ToString("HH:mm", CultureInfo.InvariantCulture));
                    json.WriteString("end", time.End.ToString("HH:mm", CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteNull("start");
                    json.WriteNull("end");
                }

                json.WriteEndObject();
                if (i % 4096 == 4095)
                {
                    Drain(json, stream, output);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("unplaced");
            foreach (var u in schedule.Unplaced)
            {
                json.WriteStartObject();
                json.WriteString("talk", u.TalkId);
                json.WriteString("reason", u.ReasonCode);
                json.WriteString("detail", Detail(u, en: true));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        Drain(null, stream, output);
        output.WriteLine();
    }

    // Every piece of data (ids, the instance's name) is written as plain text: never parsed as markup.
    private static void WriteTable(SchedulingInstance instance, DaySchedule schedule, (LocalTime Start, LocalTime End)?[] times, bool en, IAnsiConsole console)
    {
        string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        string D(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var request = instance.Request;
        Heading(console, en
            ? $"{instance.Name ?? "instance"}: {N(request.Talks.Count)} talks, {N(request.Leaders.Count)} leaders, {N(request.Subjects.Count)} subjects"
            : $"{instance.Name ?? "实例"}：谈话 {N(request.Talks.Count)} 次，谈话人 {N(request.Leaders.Count)} 人，谈话对象 {N(request.Subjects.Count)} 人");
        var summary = new Table().AddColumn(en ? "measure" : "指标").AddColumn(new TableColumn(en ? "value" : "值").RightAligned());
        summary.AddRow(Cell(en ? "placed" : "已安排"), Cell(N(schedule.Placed)));
        summary.AddRow(Cell(en ? "upper bound" : "上界"), Cell(N(schedule.UpperBound)));
        summary.AddRow(Cell(en ? "proven maximum" : "已证明最大"), Cell(schedule.ProvenMaximum ? (en ? "yes" : "是") : (en ? "no" : "否")));
        summary.AddRow(Cell(en ? "not placed" : "未能安排"), Cell(N(schedule.Unplaced.Count)));
        console.Write(summary);

        // A table per leader (the first 30 leaders of a large instance; the JSON has all).
        var byLeader = schedule.Talks.Select((t, i) => (Talk: t, Time: times[i])).GroupBy(x => x.Talk.LeaderId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var group in byLeader.Take(30))
        {
            Heading(console, en ? $"Leader {group.Key}" : $"谈话人 {group.Key}");
            var table = new Table().AddColumn(en ? "date" : "日期").AddColumn(en ? "time" : "时间").AddColumn(en ? "talk" : "谈话").AddColumn(en ? "subject" : "谈话对象");
            foreach (var (talk, time) in group.OrderBy(x => x.Talk.Date).ThenBy(x => x.Time?.Start ?? LocalTime.MaxValue))
            {
                table.AddRow(Cell(D(talk.Date)), Cell(time is { } t ? $"{t.Start:HH:mm}–{t.End:HH:mm}" : "—"), Cell(talk.TalkId), Cell(talk.SubjectId));
            }

            console.Write(table);
        }

        if (byLeader.Count > 30)
        {
            Line(console, en ? $"… and {byLeader.Count - 30} more leaders (see --format json)." : $"……另有 {byLeader.Count - 30} 名谈话人（见 --format json）。");
        }

        // The week view: talks per leader and ISO week.
        Heading(console, en ? "Week view (talks per leader and ISO week)" : "周视图（每名谈话人每个 ISO 周的谈话数）");
        var weeks = schedule.LeaderWeeks.Select(w => (w.WeekYear, w.Week)).Distinct().Order().ToList();
        var view = new Table().AddColumn(en ? "leader" : "谈话人");
        foreach (var (year, week) in weeks)
        {
            view.AddColumn(new TableColumn($"{year % 100:00}W{week:00}").RightAligned());
        }

        foreach (var group in schedule.LeaderWeeks.GroupBy(w => w.LeaderId).OrderBy(g => g.Key, StringComparer.Ordinal).Take(30))
        {
            var counts = group.ToDictionary(w => (w.WeekYear, w.Week), w => w.Talks);
            view.AddRow([Cell(group.Key), .. weeks.Select(w => Cell(counts.TryGetValue(w, out var c) ? c.ToString(CultureInfo.InvariantCulture) : "·"))]);
        }

        console.Write(view);
        if (schedule.Unplaced.Count > 0)
        {
            Heading(console, en ? "Not placed" : "未能安排");
            var table = new Table().AddColumn(en ? "talk" : "谈话").AddColumn(en ? "reason" : "原因").AddColumn(en ? "detail" : "说明");
            foreach (var u in schedule.Unplaced.Take(200))
            {
                table.AddRow(Cell(u.TalkId), Cell(u.ReasonCode), Cell(Detail(u, en)));
            }

            console.Write(table);
        }
    }
}
