namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// The "did you mean" of the sample's readers (the roster file's and the bench file's): the known name nearest to a
/// misspelt one by edit distance, ignoring case. One rule for both readers, so that a slip is suggested the same way
/// whichever file it is in. The benchmarks compile this file with the readers.
/// </summary>
internal static class NearestName
{
    /// <summary>
    /// The name of <paramref name="known"/> nearest to <paramref name="name"/>, when near enough to be a slip (at most
    /// a third of the known name's characters, and at least 2, differ); <see langword="null"/> for a word unlike any
    /// known one, which gets the list of names instead of a guess.
    /// </summary>
    public static string? Find(string name, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        var upper = name.ToUpperInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance(upper, candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    /// <summary>The Levenshtein distance (insertions, deletions, substitutions of one character each).</summary>
    public static int EditDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
