using NodaTime;

namespace TalkEngine.Scheduling;

/// <summary>A stretch of time a person is away (meetings, a trip), local to the scheduler's zone; start before end.</summary>
public sealed record BusyPeriod
{
    /// <summary>Creates a busy period.</summary>
    /// <param name="start">When it begins.</param>
    /// <param name="end">When it ends (after <paramref name="start"/>).</param>
    public BusyPeriod(LocalDateTime start, LocalDateTime end)
    {
        if (end <= start)
        {
            throw new System.ArgumentException("A busy period ends after it begins.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>When it begins.</summary>
    public LocalDateTime Start { get; }

    /// <summary>When it ends.</summary>
    public LocalDateTime End { get; }
}
