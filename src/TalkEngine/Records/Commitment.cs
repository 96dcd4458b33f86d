using NodaTime;

namespace TalkEngine.Records;

/// <summary>
/// A promise the subject made in a talk (表态), with the date by which it is due; later outlines
/// follow up open commitments. Immutable and thread-safe.
/// </summary>
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="description">What was promised.</param>
    /// <param name="dueDate">The date by which it is due; a date of another calendar system is kept as its ISO date.</param>
    /// <exception cref="System.ArgumentException"><paramref name="description"/> is empty.</exception>
    public Commitment(string description, LocalDate dueDate)
    {
        Description = Guard.NotNullOrWhiteSpace(description);
        DueDate = dueDate.WithCalendar(CalendarSystem.Iso);
    }

    /// <summary>What was promised.</summary>
    public string Description { get; }

    /// <summary>The date by which it is due, in the ISO calendar.</summary>
    public LocalDate DueDate { get; }
}
