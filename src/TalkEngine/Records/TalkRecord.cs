using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Demands;

namespace TalkEngine.Records;

/// <summary>
/// The record of one talk that took place (约谈记录): who talked with whom, when, how, what was
/// covered, found and promised, and the good practices heard. One record is one person-time (人次).
/// Immutable and thread-safe; checked against the roster by <see cref="TalkRecordValidator"/>.
/// </summary>
public sealed record TalkRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="id">The record's id, unique among the records of a host.</param>
    /// <param name="date">The day the talk took place; a date of another calendar system is kept as its ISO date.</param>
    /// <param name="subjectId">The person talked to (the 谈话对象), a person id of the roster.</param>
    /// <param name="leaderIds">Who talked (谈话人), leader or person ids of the roster; at least one, the one who led the talk first.</param>
    /// <param name="source">Why the talk was held: the source of the demand it answers, or of the work it was part of.</param>
    /// <param name="style">The style the talk took.</param>
    /// <param name="mode">How the talk was held.</param>
    /// <param name="demandId">The demand the talk answers, when it answers one.</param>
    /// <param name="recorderId">Who kept the record, when known.</param>
    /// <param name="unitId">The unit the talk was about, when it is not the subject's own head post (used by breakdowns).</param>
    /// <param name="topics">The topics covered.</param>
    /// <param name="problemsFound">The problems found.</param>
    /// <param name="commitments">The commitments the subject made, with due dates.</param>
    /// <param name="goodPractices">The good practices (特色点) heard.</param>
    /// <exception cref="ArgumentException">An id is empty, no leader is given, a leader is listed twice, or a list holds an empty or null item.</exception>
    public TalkRecord(
        string id,
        LocalDate date,
        string subjectId,
        IEnumerable<string> leaderIds,
        DemandSource source,
        TalkStyle style,
        TalkMode mode,
        string? demandId = null,
        string? recorderId = null,
        string? unitId = null,
        IEnumerable<string>? topics = null,
        IEnumerable<string>? problemsFound = null,
        IEnumerable<Commitment>? commitments = null,
        IEnumerable<GoodPractice>? goodPractices = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        // Every date of the package is ISO: NodaTime refuses to compare dates of two calendars, and day numbers are ISO.
        Date = date.WithCalendar(CalendarSystem.Iso);
        SubjectId = Guard.NotNullOrWhiteSpace(subjectId);
        LeaderIds = Texts(leaderIds, nameof(leaderIds));
        if (LeaderIds.Count == 0)
        {
            throw new ArgumentException($"Record '{id}' names no leader; give at least one leader id.", nameof(leaderIds));
        }

        if (LeaderIds.Distinct(StringComparer.Ordinal).Count() != LeaderIds.Count)
        {
            throw new ArgumentException($"Record '{id}' lists a leader more than once; list each leader once.", nameof(leaderIds));
        }

        Source = Defined(source, nameof(source));
        Style = Defined(style, nameof(style));
        Mode = Defined(mode, nameof(mode));
        DemandId = OptionalId(demandId, nameof(demandId));
        RecorderId = OptionalId(recorderId, nameof(recorderId));
        UnitId = OptionalId(unitId, nameof(unitId));
        Topics = topics is null ? Array.Empty<string>() : Texts(topics, nameof(topics));
        ProblemsFound = problemsFound is null ? Array.Empty<string>() : Texts(problemsFound, nameof(problemsFound));
        Commitments = commitments is null ? Array.Empty<Commitment>() : Array.AsReadOnly(Guard.NoNullItems(commitments, nameof(commitments)).ToArray());
        GoodPractices = goodPractices is null ? Array.Empty<GoodPractice>() : Array.AsReadOnly(Guard.NoNullItems(goodPractices, nameof(goodPractices)).ToArray());
    }

    /// <summary>The record's id.</summary>
    public string Id { get; }

    /// <summary>The day the talk took place, in the ISO calendar.</summary>
    public LocalDate Date { get; }

    /// <summary>The person talked to.</summary>
    public string SubjectId { get; }

    /// <summary>Who talked, the one who led the talk first.</summary>
    public IReadOnlyList<string> LeaderIds { get; }

    /// <summary>Why the talk was held.</summary>
    public DemandSource Source { get; }

    /// <summary>The style the talk took.</summary>
    public TalkStyle Style { get; }

    /// <summary>How the talk was held.</summary>
    public TalkMode Mode { get; }

    /// <summary>The demand the talk answers; <see langword="null"/> when it answers none.</summary>
    public string? DemandId { get; }

    /// <summary>Who kept the record; <see langword="null"/> when not known.</summary>
    public string? RecorderId { get; }

    /// <summary>The unit the talk was about; <see langword="null"/> to use the demand's unit or the subject's head post.</summary>
    public string? UnitId { get; }

    /// <summary>The topics covered.</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<string> ProblemsFound { get; }

    /// <summary>The commitments the subject made.</summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>The good practices heard.</summary>
    public IReadOnlyList<GoodPractice> GoodPractices { get; }

    /// <summary>
    /// The commitments of earlier talks this talk reviewed (fulfilled, partly, not); a reviewed commitment leaves the
    /// follow-up list of the subject's next outline. Empty by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null item.</exception>
    public IReadOnlyList<CommitmentReview> Reviews
    {
        get => _reviews;
        init => _reviews = Array.AsReadOnly(Guard.NoNullItems(value, nameof(Reviews)).ToArray());
    }

    private readonly IReadOnlyList<CommitmentReview> _reviews = Array.Empty<CommitmentReview>();

    private static IReadOnlyList<string> Texts(IEnumerable<string>? items, string name)
    {
        var list = Guard.NoNullItems(items, name).ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                throw new ArgumentException($"Item {i} is empty; remove it or supply a value.", name);
            }
        }

        return Array.AsReadOnly(list);
    }

    private static string? OptionalId(string? value, string name)
        => value is not null && string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException("The id must be null (none) or not empty.", name)
            : value;

    private static T Defined<T>(T value, string name)
        where T : struct, Enum
        => Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"Not a defined {typeof(T).Name}.");
}
