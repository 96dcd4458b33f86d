using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Scheduling;

/// <summary>
/// What <see cref="Planning.TalkPlanner.Schedule"/> needs besides the plan: the leaders' caps and absences, the
/// subjects' absences and the rooms. Everything is optional: a leader not listed holds at most 3 talks a day and 10 a
/// week and is never away; a subject not listed is never away; with no rooms, rooms are not planned. Immutable.
/// </summary>
public sealed class SchedulingInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="leaders">The leaders' caps and absences.</param>
    /// <param name="subjects">The subjects' absences.</param>
    /// <param name="rooms">The rooms for in-person talks, in order of preference.</param>
    public SchedulingInput(IEnumerable<SchedulingLeader>? leaders = null, IEnumerable<SchedulingSubject>? subjects = null, IEnumerable<string>? rooms = null)
    {
        Leaders = leaders is null ? [] : Guard.NoNullItems(leaders).ToArray();
        Subjects = subjects is null ? [] : Guard.NoNullItems(subjects).ToArray();
        Rooms = rooms is null ? [] : Guard.NoNullItems(rooms).ToArray();
    }

    /// <summary>The leaders' caps and absences.</summary>
    public IReadOnlyList<SchedulingLeader> Leaders { get; }

    /// <summary>The subjects' absences.</summary>
    public IReadOnlyList<SchedulingSubject> Subjects { get; }

    /// <summary>The rooms for in-person talks, in order of preference; empty when rooms are not planned.</summary>
    public IReadOnlyList<string> Rooms { get; }
}
