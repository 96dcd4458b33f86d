using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// A job (a demand to be assigned) of an explicit-eligibility instance: which workers may hold
/// the talk, which of them are preferred, and who held it in the previous plan. Immutable and thread-safe.
/// </summary>
public sealed record Job
{
    /// <summary>Creates a job.</summary>
    /// <param name="id">A unique id, such as <c>S000001</c>.</param>
    /// <param name="eligible">The ids of the workers who may hold the talk (may be empty: then it cannot be served).</param>
    /// <param name="preferred">The preferred workers (by default the supervising leader); a subset of <paramref name="eligible"/>.</param>
    /// <param name="previous">The worker in the previous plan, when re-planning; it need not be eligible any more.</param>
    public Job(string id, IEnumerable<string> eligible, IEnumerable<string>? preferred = null, string? previous = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        Eligible = Guard.NoNullItems(eligible).ToArray();
        Preferred = preferred is null ? [] : Guard.NoNullItems(preferred).ToArray();
        Previous = previous;
    }

    /// <summary>The job's unique id.</summary>
    public string Id { get; }

    /// <summary>The ids of the workers who may hold the talk.</summary>
    public IReadOnlyList<string> Eligible { get; }

    /// <summary>The preferred workers, a subset of <see cref="Eligible"/>.</summary>
    public IReadOnlyList<string> Preferred { get; }

    /// <summary>The worker in the previous plan, or <see langword="null"/>.</summary>
    public string? Previous { get; }
}
