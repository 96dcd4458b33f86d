using System.Collections.Generic;
using TalkEngine.Demands;

namespace TalkEngine.Scheduling;

/// <summary>How <see cref="TalkScheduler"/> times talks (section <c>TalkEngine:Scheduling</c>). A plain options class with documented defaults.</summary>
public sealed class SchedulingOptions
{
    /// <summary>The working hours of a working day, as <c>HH:mm-HH:mm</c> periods in order. Default: <c>09:00-11:30</c> and <c>14:00-17:30</c>.</summary>
    public IList<string> WorkingHours { get; set; } = ["09:00-11:30", "14:00-17:30"];

    /// <summary>A talk's length in minutes by style. Default: reminder 30, warning 45, communication 45, admonition 60.</summary>
    public IDictionary<TalkStyle, int> MinutesByStyle { get; set; } = new Dictionary<TalkStyle, int>
    {
        [TalkStyle.Reminder] = 30,
        [TalkStyle.Warning] = 45,
        [TalkStyle.Communication] = 45,
        [TalkStyle.Admonition] = 60,
    };

    /// <summary>Minutes added to a talk's length by mode (a video call's set-up, say). Default: none.</summary>
    public IDictionary<TalkMode, int> ExtraMinutesByMode { get; set; } = new Dictionary<TalkMode, int>();

    /// <summary>Minutes a leader keeps free between two talks. Default 15.</summary>
    public int BufferMinutes { get; set; } = 15;

    /// <summary>The most branch-and-bound nodes for each group of leaders coupled by shared subjects (see <see cref="Solver.DayPlacementSolver"/>). Default 1,000,000.</summary>
    public long NodeLimit { get; set; } = Solver.DayPlacementSolver.DefaultNodeLimit;
}
