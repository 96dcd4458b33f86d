using TalkEngine.Calendar;
using TalkEngine.Scheduling;

namespace TalkEngine.Tests.Scheduling;

/// <summary>Checks a schedule against every rule of the request, independently of the solver.</summary>
internal static class SchedulingChecks
{
    public static void AssertValid(DaySchedulingRequest request, DaySchedule schedule)
    {
        var leaders = request.Leaders.ToDictionary(l => l.Id);
        var subjects = request.Subjects.ToDictionary(s => s.Id);
        var talks = request.Talks.ToDictionary(t => t.Id);
        schedule.Placed.Should().Be(schedule.Talks.Count);
        (schedule.Talks.Count + schedule.Unplaced.Count).Should().Be(request.Talks.Count);
        schedule.Talks.Select(t => t.TalkId).Concat(schedule.Unplaced.Select(u => u.TalkId)).Should().OnlyHaveUniqueItems();
        schedule.Placed.Should().BeLessThanOrEqualTo(schedule.UpperBound);
        schedule.ProvenMaximum.Should().Be(schedule.Placed == schedule.UpperBound);
        var calendar = request.Calendar;
        foreach (var placed in schedule.Talks)
        {
            var talk = talks[placed.TalkId];
            talk.Window.Contains(placed.Date).Should().BeTrue($"{talk.Id} is inside its window");
            calendar.IsWorkingDay(placed.Date).Should().BeTrue($"{talk.Id} is on a working day");
            leaders[talk.LeaderId].BusyDays.Should().NotContain(placed.Date);
            subjects[talk.SubjectId].BusyDays.Should().NotContain(placed.Date);
        }

        foreach (var day in schedule.Talks.GroupBy(t => (talks[t.TalkId].LeaderId, t.Date)))
        {
            day.Count().Should().BeLessThanOrEqualTo(leaders[day.Key.LeaderId].DailyCap, $"{day.Key} holds at most the daily cap");
        }

        foreach (var week in schedule.Talks.GroupBy(t => (talks[t.TalkId].LeaderId, Monday: t.Date.PlusDays(1 - (int)t.Date.DayOfWeek))))
        {
            week.Count().Should().BeLessThanOrEqualTo(leaders[week.Key.LeaderId].WeeklyCap, $"{week.Key} holds at most the weekly cap");
        }

        schedule.Talks.GroupBy(t => (talks[t.TalkId].SubjectId, t.Date)).Should().OnlyContain(g => g.Count() == 1, "a subject has at most one talk a day");
        schedule.LeaderDays.Sum(d => d.Talks).Should().Be(schedule.Placed);
        schedule.LeaderWeeks.Sum(d => d.Talks).Should().Be(schedule.Placed);
    }
}
