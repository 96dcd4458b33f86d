using NodaTime;

namespace TalkEngine.Scheduling;

/// <summary>A talk whose day changed in a re-schedule (<see cref="TalkScheduler.Reschedule"/>).</summary>
/// <param name="TalkId">The talk.</param>
/// <param name="From">Its day before, or null when it had none.</param>
/// <param name="To">Its day now, or null when it has none.</param>
public sealed record TalkMove(string TalkId, LocalDate? From, LocalDate? To);
