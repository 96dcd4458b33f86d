using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Balancing;

/// <summary>
/// A subject (a demand to be assigned) of an explicit-eligibility instance: which talkers may hold
/// the talk, which of them are preferred, and who held it in the previous plan. Immutable and thread-safe.
/// </summary>
public sealed record ExplicitSubject
{
    /// <summary>Creates a subject.</summary>
    /// <param name="id">A unique id, such as <c>S000001</c>.</param>
    /// <param name="eligible">The ids of the talkers who may hold the talk (may be empty: then it cannot be served).</param>
    /// <param name="preferred">The preferred talkers (by default the supervising leader); a subset of <paramref name="eligible"/>.</param>
    /// <param name="previous">The talker in the previous plan, when re-planning; it need not be eligible any more.</param>
    public ExplicitSubject(string id, IEnumerable<string> eligible, IEnumerable<string>? preferred = null, string? previous = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        Eligible = Guard.NoNullItems(eligible).ToArray();
        Preferred = preferred is null ? [] : Guard.NoNullItems(preferred).ToArray();
        Previous = previous;
    }

    /// <summary>The subject's unique id.</summary>
    public string Id { get; }

    /// <summary>The ids of the talkers who may hold the talk.</summary>
    public IReadOnlyList<string> Eligible { get; }

    /// <summary>The preferred talkers, a subset of <see cref="Eligible"/>.</summary>
    public IReadOnlyList<string> Preferred { get; }

    /// <summary>The talker in the previous plan, or <see langword="null"/>.</summary>
    public string? Previous { get; }
}
