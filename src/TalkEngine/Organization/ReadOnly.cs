using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace TalkEngine.Organization;

/// <summary>Defensive copies for the collections that domain types expose, so that callers cannot mutate them afterwards.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<string> Ids(IEnumerable<string>? items, string name, bool distinct = true)
    {
        if (items is null)
        {
            throw new ArgumentNullException(name);
        }

        var list = items is ICollection<string> collection ? new List<string>(collection.Count) : new List<string>();
        HashSet<string>? seen = null;
        var index = 0;
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                throw new ArgumentException($"Item {index} is null or empty; remove it or supply a value.", name);
            }

            if (distinct && IsRepeated(list, item, ref seen))
            {
                throw new ArgumentException($"Item {index} ('{item}') is listed twice; list it once.", name);
            }

            list.Add(item);
            index++;
        }

        return new ReadOnlyCollection<string>(list);
    }

    // Short lists (the usual case) are scanned; a set is built only once a list grows.
    private static bool IsRepeated(List<string> list, string item, ref HashSet<string>? seen)
    {
        if (seen is null && list.Count < 16)
        {
            foreach (var existing in list)
            {
                if (string.Equals(existing, item, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        seen ??= new HashSet<string>(list, StringComparer.Ordinal);
        return !seen.Add(item);
    }

    public static IReadOnlyList<T> Items<T>(IEnumerable<T?>? items, string name)
        where T : class
        => new ReadOnlyCollection<T>((IList<T>)Guard.NoNullItems(items, name));

    public static IReadOnlyList<T> Wrap<T>(List<T> items) => new ReadOnlyCollection<T>(items);
}
