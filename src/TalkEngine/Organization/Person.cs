using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace TalkEngine.Organization;

/// <summary>
/// A person of the roster, with the statuses that apply over periods. The posts a person holds are
/// <see cref="Post"/>s of the <see cref="Roster"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Id">The person's id, unique in the roster.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Statuses">The statuses with their periods; a date no status covers is <see cref="PersonStatusKind.Active"/>.</param>
public sealed record Person(string Id, string Name, IReadOnlyList<PersonStatus> Statuses)
{
    /// <summary>Creates an active person with no statuses.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="name">The person's name.</param>
    public Person(string id, string name)
        : this(id, name, Array.Empty<PersonStatus>())
    {
    }

    /// <summary>The person's id, unique in the roster.</summary>
    public string Id { get; } = Guard.NotNullOrWhiteSpace(Id);

    /// <summary>The person's name.</summary>
    public string Name { get; } = Guard.NotNullOrWhiteSpace(Name);

    /// <summary>The statuses, ordered by start date then kind.</summary>
    public IReadOnlyList<PersonStatus> Statuses { get; } = ReadOnly.Wrap(
        Guard.NoNullItems(Statuses).OrderBy(s => s.Period.Start).ThenBy(s => s.Kind).ToList());

    /// <summary>
    /// The status on <paramref name="date"/>: <see cref="PersonStatusKind.Active"/> when no status covers it;
    /// when several do, the one that started last (the most recent change), then the higher kind.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The status kind on that date.</returns>
    public PersonStatusKind StatusOn(LocalDate date) => StatusRecordOn(date)?.Kind ?? PersonStatusKind.Active;

    /// <summary>The status record that decides <see cref="StatusOn"/>, or <see langword="null"/> when the person is simply active.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The deciding status, or <see langword="null"/>.</returns>
    public PersonStatus? StatusRecordOn(LocalDate date)
    {
        PersonStatus? found = null;

        // Statuses are sorted by start then kind, so the last covering one is the most recent.
        foreach (var status in Statuses)
        {
            if (status.Period.Contains(date))
            {
                found = status;
            }
        }

        return found;
    }

    /// <summary>The statuses that apply on at least one day of <paramref name="interval"/>, in order.</summary>
    /// <param name="interval">The dates.</param>
    /// <returns>The overlapping statuses.</returns>
    public IReadOnlyList<PersonStatus> StatusesDuring(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Statuses.Where(s => s.Period.Start <= interval.End && interval.Start <= s.Period.End).ToArray();
    }
}
