using System.Text;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using TalkEngine.Demands;
using TalkEngine.Scheduling;
using IcalCalendar = Ical.Net.Calendar;

namespace TalkEngine.ICalendar.Tests;

public sealed class TalkCalendarExporterTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static readonly string[] AllowedEventProperties = ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "SEQUENCE"];

    [Theory]
    [InlineData(OutputLanguage.SimplifiedChinese)]
    [InlineData(OutputLanguage.English)]
    public void Export_Example2017_EveryPlacedTalkIsOneEventInShanghaiNamingThePeople(OutputLanguage language)
    {
        var plan = Example2017.Plan;
        var schedule = Example2017.Schedule;
        schedule.Talks.Should().NotBeEmpty();

        var ics = TalkCalendarExporter.Export(plan, schedule, new TalkCalendarOptions { Language = language });
        var calendar = IcalCalendar.Load(ics)!;

        calendar.TimeZones.Should().ContainSingle().Which.TzId.Should().Be("Asia/Shanghai");
        calendar.Events.Should().HaveCount(schedule.Talks.Count);
        calendar.Events.Select(e => e.Uid).Should().OnlyHaveUniqueItems();
        var byUid = calendar.Events.ToDictionary(e => e.Uid!, StringComparer.Ordinal);
        foreach (var timed in schedule.Talks)
        {
            var talk = plan.FindTalk(timed.TalkId)!;
            var evt = byUid[$"{timed.TalkId}.2017@talkengine"];
            evt.DtStart!.TzId.Should().Be("Asia/Shanghai");
            evt.DtEnd!.TzId.Should().Be("Asia/Shanghai");
            evt.DtStart.Value.Should().Be(timed.Start.WithZone(Shanghai).LocalDateTime.ToDateTimeUnspecified());
            evt.DtEnd.Value.Should().Be(timed.End.WithZone(Shanghai).LocalDateTime.ToDateTimeUnspecified());
            evt.DtStart.AsUtc.Should().Be(timed.Start.ToDateTimeUtc());
            evt.DtEnd.AsUtc.Should().Be(timed.End.ToDateTimeUtc());
            evt.DtStamp!.AsUtc.Should().Be(new DateTime(2016, 12, 31, 16, 0, 0, DateTimeKind.Utc), "DTSTAMP is the plan period's first midnight in Shanghai");
            evt.Location.Should().Be(timed.RoomId);

            var leader = plan.Roster.FindLeader(talk.LeaderId)!.Name;
            var subject = plan.Roster.FindPerson(talk.SubjectId)!.Name;
            var text = TextRenderer.For(language);
            evt.Summary.Should().Contain(leader).And.Contain(subject).And.Contain(text.Name(talk.Style));
            evt.Summary!.ToUpperInvariant().Should().Contain(text.Name(talk.Source).ToUpperInvariant());
            if (language == OutputLanguage.English)
            {
                new[] { leader, subject }.Aggregate(evt.Summary!, (s, n) => s.Replace(n, "NAME", StringComparison.Ordinal))
                    .Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
            }
            else
            {
                evt.Summary.Should().Contain("谈话");
            }

            evt.Properties.Select(p => p.Name).Should().BeSubsetOf(AllowedEventProperties);
            evt.Description.Should().BeNull();
        }

        schedule.Talks.Should().Contain(t => t.RoomId != null, "the in-person talks of 2017 get rooms");
    }

    [Fact]
    public void Export_Example2017_AnnualReminderTitleInChinese()
    {
        var plan = Example2017.Plan;
        var timed = Example2017.Schedule.Talks.First(t => plan.FindTalk(t.TalkId)!.Source == DemandSource.Annual);
        var talk = plan.FindTalk(timed.TalkId)!;
        var events = TalkCalendarExporter.Events(plan, Example2017.Schedule);

        var summary = events.Single(e => e.Uid.StartsWith(timed.TalkId + ".", StringComparison.Ordinal)).Summary;

        summary.Should().StartWith("年度约谈（" + TextRenderer.SimplifiedChinese.Name(talk.Style))
            .And.EndWith($"：{plan.Roster.FindLeader(talk.LeaderId)!.Name}与{plan.Roster.FindPerson(talk.SubjectId)!.Name}谈话");
    }

    [Fact]
    public void Export_Example2017_NoEvidenceReasonOrScoreAnywhereInTheFile()
    {
        var plan = Example2017.Plan;
        var sensitive = Example2017.SensitiveTexts(plan);
        sensitive.Should().NotBeEmpty();
        Example2017.DemandsWithScores(plan).Should().NotBeEmpty("the 2017 inspections and survey carry scores");

        foreach (var language in new[] { OutputLanguage.SimplifiedChinese, OutputLanguage.English })
        {
            var ics = Unfolded(TalkCalendarExporter.Export(plan, Example2017.Schedule, new TalkCalendarOptions { Language = language }));
            foreach (var text in sensitive)
            {
                ics.Should().NotContain(text);
            }

            // Nothing but the allowed properties inside any VEVENT.
            var inEvent = false;
            foreach (var line in ics.Split("\r\n"))
            {
                if (line == "BEGIN:VEVENT")
                {
                    inEvent = true;
                }
                else if (line == "END:VEVENT")
                {
                    inEvent = false;
                }
                else if (inEvent)
                {
                    AllowedEventProperties.Should().Contain(Regex.Match(line, "^[A-Z-]+").Value, line);
                }
            }
        }
    }

    [Fact]
    public void Export_TwoRuns_ByteIdenticalAndTheSameUids()
    {
        var (planA, scheduleA) = Example2017.BuildFresh();
        var (planB, scheduleB) = Example2017.BuildFresh();

        using var a = new MemoryStream();
        using var b = new MemoryStream();
        TalkCalendarExporter.Export(planA, scheduleA, a, null);
        TalkCalendarExporter.Export(planB, scheduleB, b, null);

        a.ToArray().Should().Equal(b.ToArray());
        a.ToArray().Take(3).Should().NotEqual(Encoding.UTF8.GetPreamble(), "no byte order mark");
        var writer = new StringWriter();
        TalkCalendarExporter.Export(planA, scheduleA, writer, null);
        writer.ToString().Should().Be(Encoding.UTF8.GetString(a.ToArray()));
        TalkCalendarExporter.Events(planA, scheduleA).Select(e => e.Uid).Should().Equal(TalkCalendarExporter.Events(planB, scheduleB).Select(e => e.Uid));
    }

    [Fact]
    public void Export_EventsSortedByStartThenUid()
    {
        var events = TalkCalendarExporter.Events(Example2017.Plan, Example2017.Schedule);

        events.Select(e => (e.Start.ToInstant(), e.Uid)).Should().BeInAscendingOrder(Comparer<(Instant, string)>.Create((x, y) =>
            x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : string.CompareOrdinal(x.Item2, y.Item2)));
    }

    [Fact]
    public void Export_TimestampOption_IsTheDtStamp()
    {
        var ics = TalkCalendarExporter.Export(Example2017.Plan, Example2017.Schedule, new TalkCalendarOptions { Timestamp = Instant.FromUtc(2017, 3, 1, 8, 30) });

        Unfolded(ics).Should().Contain("DTSTAMP:20170301T083000Z").And.NotContain("DTSTAMP:20161231T160000Z");
    }

    [Fact]
    public void Export_NullArguments_ArgumentNullException()
    {
        var plan = Example2017.Plan;
        var schedule = Example2017.Schedule;

        FluentActions.Invoking(() => TalkCalendarExporter.Export(null!, schedule, null)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
        FluentActions.Invoking(() => TalkCalendarExporter.Export(plan, null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("schedule");
        FluentActions.Invoking(() => TalkCalendarExporter.Export(plan, schedule, (Stream)null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => TalkCalendarExporter.Export(plan, schedule, (TextWriter)null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => TalkCalendarExporter.Export((IEnumerable<TalkCalendarEvent>)null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("events");
    }

    [Fact]
    public void Export_ScheduleOfAnotherPlan_ClearError()
    {
        var day = new LocalDate(2017, 3, 6);
        var request = new DaySchedulingRequest(
            [new SchedulingLeader("L-other", 3, 10)],
            [new SchedulingSubject("P-other")],
            [new SchedulingTalk("K-other", "L-other", "P-other", new DateInterval(day, day))]);
        var other = new TalkScheduler().Schedule(request);
        other.Talks.Should().ContainSingle();

        FluentActions.Invoking(() => TalkCalendarExporter.Export(Example2017.Plan, other, null))
            .Should().Throw<ArgumentException>().WithParameterName("schedule")
            .Which.Message.Should().Contain("not this plan's").And.Contain("K-other");
    }

    [Fact]
    public void Export_BadUidDomain_ClearError()
    {
        FluentActions.Invoking(() => TalkCalendarExporter.Export(Example2017.Plan, Example2017.Schedule, new TalkCalendarOptions { UidDomain = "a b@c" }))
            .Should().Throw<ArgumentException>().WithMessage("*UidDomain*");
    }

    [Fact]
    public void Export_Events_DuplicateUidOrEndBeforeStart_ClearErrors()
    {
        var start = new LocalDateTime(2026, 11, 2, 9, 0).InZoneStrictly(Shanghai);
        var end = start.PlusMinutes(45);
        var one = new TalkCalendarEvent("K1@bench", "talk: L1 with P1", start, end, null);

        FluentActions.Invoking(() => TalkCalendarExporter.Export([one, one with { Summary = "x" }], null))
            .Should().Throw<ArgumentException>().WithMessage("*K1@bench*");
        FluentActions.Invoking(() => TalkCalendarExporter.Export([one with { End = start }], null))
            .Should().Throw<ArgumentException>().WithMessage("*ends before it starts*");

        var ics = TalkCalendarExporter.Export([one with { Start = start.WithZone(DateTimeZone.Utc), End = end.WithZone(DateTimeZone.Utc) }], null);
        var evt = IcalCalendar.Load(ics)!.Events.Single();
        evt.DtStart!.TzId.Should().Be("Asia/Shanghai");
        evt.DtStart.Value.Should().Be(new DateTime(2026, 11, 2, 9, 0, 0));
        evt.DtStamp!.AsUtc.Should().Be(new DateTime(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc), "the earliest start when no timestamp is given");
    }

    [Fact]
    public void MainPackage_DoesNotReferenceIcalNet()
    {
        typeof(TalkEngine.Planning.TalkPlanner).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Should().NotContain(n => n!.StartsWith("Ical", StringComparison.OrdinalIgnoreCase));
        typeof(TalkCalendarExporter).Assembly.GetReferencedAssemblies().Select(a => a.Name).Should().Contain("Ical.Net");
    }

    // RFC 5545 folds long lines and escapes commas and semicolons in text.
    private static string Unfolded(string ics)
        => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal)
            .Replace("\\,", ",", StringComparison.Ordinal)
            .Replace("\\;", ";", StringComparison.Ordinal)
            .Replace("\\n", "\n", StringComparison.Ordinal)
            .Replace("\\\\", "\\", StringComparison.Ordinal);
}
