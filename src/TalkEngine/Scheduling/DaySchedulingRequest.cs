using System.Collections.Generic;
using NodaTime;
using TalkEngine.Calendar;

namespace TalkEngine.Scheduling;

/// <summary>
/// What <see cref="DayScheduler"/> places: leaders, subjects and talks, on the days of a working calendar. Validated
/// when built: every problem (a duplicate id, a talk naming an unknown leader or subject, a window longer than
/// <see cref="MaxWindowDays"/>) is reported at once in a <see cref="TalkEngineValidationException"/> with code
/// <c>scheduling.request</c>. Immutable and thread-safe.
/// </summary>
public sealed class DaySchedulingRequest
{
    /// <summary>The longest window a talk may have, in days (ten years).</summary>
    public const int MaxWindowDays = 3660;

    /// <summary>Creates a request.</summary>
    /// <param name="leaders">The leaders.</param>
    /// <param name="subjects">The subjects.</param>
    /// <param name="talks">The talks.</param>
    /// <param name="calendar">The working calendar (make-up workdays count, holidays do not); mainland China when null.</param>
    /// <param name="reportLeadWorkingDays">A talk with a report due date is no earlier than this many working days after it (0: the due date itself).</param>
    /// <exception cref="TalkEngineValidationException">The request has problems.</exception>
    public DaySchedulingRequest(
        IEnumerable<SchedulingLeader> leaders,
        IEnumerable<SchedulingSubject> subjects,
        IEnumerable<SchedulingTalk> talks,
        WorkingCalendar? calendar = null,
        int reportLeadWorkingDays = 0)
    {
        ReportLeadWorkingDays = Guard.NotNegative(reportLeadWorkingDays);
        Leaders = Guard.NoNullItems(leaders);
        Subjects = Guard.NoNullItems(subjects);
        Talks = Guard.NoNullItems(talks);
        Calendar = calendar ?? WorkingCalendar.MainlandChina;
        var problems = new List<ValidationProblem>();
        var leaderIds = Duplicates(Leaders, static l => l.Id, "leaders", "leader", problems);
        var subjectIds = Duplicates(Subjects, static s => s.Id, "subjects", "subject", problems);
        Duplicates(Talks, static t => t.Id, "talks", "talk", problems);
        for (var i = 0; i < Talks.Count; i++)
        {
            var talk = Talks[i];
            if (!leaderIds.Contains(talk.LeaderId))
            {
                problems.Add(new ValidationProblem("scheduling.unknown-leader", $"Talk '{talk.Id}' names leader '{talk.LeaderId}', who is not among the leaders: add the leader or correct the id.", $"talks[{i}].leader", [talk.Id, talk.LeaderId]));
            }

            if (!subjectIds.Contains(talk.SubjectId))
            {
                problems.Add(new ValidationProblem("scheduling.unknown-subject", $"Talk '{talk.Id}' names subject '{talk.SubjectId}', who is not among the subjects: add the subject or correct the id.", $"talks[{i}].subject", [talk.Id, talk.SubjectId]));
            }

            if (talk.Window.Length > MaxWindowDays)
            {
                problems.Add(new ValidationProblem("scheduling.window-too-long", $"Talk '{talk.Id}' has a window of {talk.Window.Length} days; at most {MaxWindowDays} are scheduled.", $"talks[{i}].to", [talk.Id]));
            }
        }

        TalkEngineValidationException.ThrowIfAny("scheduling.request", problems);
    }

    /// <summary>The leaders.</summary>
    public IReadOnlyList<SchedulingLeader> Leaders { get; }

    /// <summary>The subjects.</summary>
    public IReadOnlyList<SchedulingSubject> Subjects { get; }

    /// <summary>The talks.</summary>
    public IReadOnlyList<SchedulingTalk> Talks { get; }

    /// <summary>How many working days after its report's due date a talk may take place, at the earliest.</summary>
    public int ReportLeadWorkingDays { get; }

    /// <summary>The working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    private static HashSet<string> Duplicates<T>(IReadOnlyList<T> items, System.Func<T, string> idOf, string path, string what, List<ValidationProblem> problems)
    {
        var seen = new HashSet<string>(items.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var id = idOf(items[i]);
            if (!seen.Add(id))
            {
                problems.Add(new ValidationProblem("scheduling.duplicate-id", $"The {what} id '{id}' appears more than once: give each {what} its own id.", $"{path}[{i}].id", [id]));
            }
        }

        return seen;
    }
}
