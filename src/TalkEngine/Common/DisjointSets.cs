namespace TalkEngine;

/// <summary>
/// Union-find over an array of parents (<c>parent[x] == x</c> for a root), shared by the solvers that split their
/// problems into independent components.
/// </summary>
internal static class DisjointSets
{
    /// <summary>The root of <paramref name="x"/>'s set, halving the path on the way.</summary>
    public static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; the smaller root stays the root, so roots do not depend on the order of unions.</summary>
    public static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b)
        {
            parent[System.Math.Max(a, b)] = System.Math.Min(a, b);
        }
    }
}
