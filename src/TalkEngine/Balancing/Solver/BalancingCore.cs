using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;

namespace TalkEngine.Balancing.Solver;

/// <summary>What the core computed, in indices (the public results are built from it).</summary>
internal sealed class CoreResult
{
    public required int[] SubjectTalker { get; init; } // -1 = unserved

    public required int[] Loads { get; init; } // counted load per talker (fixed included)

    public required List<int> NoEligible { get; init; }

    public required List<int> CapacityShort { get; init; }

    public required List<int> HallSubjects { get; init; }

    public required List<int> HallTalkers { get; init; }

    public long HallCapacity { get; set; }

    public long WeightLcm { get; init; }

    public bool CertificateVerified { get; set; } = true;

    public long LowerBoundSpread { get; set; } // Σ load²·(L/w) bound, fixed loads included

    public long LowerBoundMisses { get; set; }

    public long LowerBoundChanges { get; set; }

    public int Components { get; set; }

    public int Types { get; set; }

    public int Phases { get; set; }
}

/// <summary>
/// The exact solver driver: aggregates subjects into types, splits into connected components, and
/// solves each with <see cref="ComponentSolver{T}"/>. Deterministic: no hashing order or clock is
/// observable; types and components are numbered by first appearance in the input.
/// </summary>
internal static class BalancingCore
{
    /// <summary>Tests set this to run the 128-bit cost path on small instances.</summary>
    [ThreadStatic]
    internal static bool ForceWideCosts;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    public static CoreResult Solve(AssignmentProblem instance)
    {
        var nT = instance.WorkerCount;
        var nS = instance.JobCount;
        var lists = instance.Lists;
        var weights = instance.WeightArray;
        long lcm = 1;
        foreach (var w in weights)
        {
            lcm = lcm / Gcd(lcm, w) * w;
        }

        // 1. Types: subjects with equal (eligible, preferred, previous).
        var typeOf = new int[nS];
        var typeKey = new Dictionary<(int Eligible, int Preferred, int Previous), int>();
        var typeElig = new List<int>();
        var typePref = new List<int>();
        var typePrev = new List<int>();
        var typeCount = new List<int>();
        var noEligible = new List<int>();
        var lastKey = (-1, -1, -1);
        var lastType = -1;
        for (var s = 0; s < nS; s++)
        {
            var e = instance.EligibleList[s];
            if (lists.LengthOf(e) == 0)
            {
                typeOf[s] = -1;
                noEligible.Add(s);
                continue;
            }

            var key = (e, instance.PreferredList[s], instance.PreviousTalker[s]);
            if (key != lastKey)
            {
                if (!typeKey.TryGetValue(key, out lastType))
                {
                    lastType = typeElig.Count;
                    typeKey.Add(key, lastType);
                    typeElig.Add(e);
                    typePref.Add(key.Item2);
                    typePrev.Add(key.Item3);
                    typeCount.Add(0);
                }

                lastKey = key;
            }

            typeOf[s] = lastType;
            typeCount[lastType]++;
        }

        var nK = typeElig.Count;

        // 2. Components: union-find over talkers, once per distinct eligible list.
        var parent = new int[nT];
        for (var t = 0; t < nT; t++)
        {
            parent[t] = t;
        }

        var listDone = new bool[lists.Count];
        foreach (var e in typeElig)
        {
            if (listDone[e])
            {
                continue;
            }

            listDone[e] = true;
            var members = lists[e];
            var root = DisjointSets.Find(parent, members[0]);
            for (var i = 1; i < members.Length; i++)
            {
                var r = DisjointSets.Find(parent, members[i]);
                if (r != root)
                {
                    parent[r] = root;
                }
            }
        }

        var compOfRoot = new int[nT];
        Array.Fill(compOfRoot, -1);
        var typeComp = new int[nK];
        var nC = 0;
        for (var k = 0; k < nK; k++)
        {
            var r = DisjointSets.Find(parent, lists[typeElig[k]][0]);
            if (compOfRoot[r] < 0)
            {
                compOfRoot[r] = nC++;
            }

            typeComp[k] = compOfRoot[r];
        }

        // CSR: types per component, talkers per component, subjects per type.
        var compTypeStart = CountingStart(typeComp, nC);
        var compTypes = Fill(typeComp, compTypeStart, nC);
        var talkerComp = new int[nT];
        for (var t = 0; t < nT; t++)
        {
            talkerComp[t] = compOfRoot[DisjointSets.Find(parent, t)];
        }

        var compTalkerStart = CountingStart(talkerComp, nC);
        var compTalkers = Fill(talkerComp, compTalkerStart, nC);
        var typeSubjectStart = CountingStart(typeOf, nK);
        var typeSubjects = Fill(typeOf, typeSubjectStart, nK);

        var subjectTalker = new int[nS];
        Array.Fill(subjectTalker, -1);
        var loads = (int[])instance.FixedLoadArray.Clone();
        var result = new CoreResult
        {
            SubjectTalker = subjectTalker,
            Loads = loads,
            NoEligible = noEligible,
            CapacityShort = [],
            HallSubjects = [],
            HallTalkers = [],
            WeightLcm = lcm,
            Components = nC,
            Types = nK,
        };

        // Talkers outside every component keep their fixed load; count it in the bound.
        long bound = 0;
        for (var t = 0; t < nT; t++)
        {
            bound += (long)loads[t] * loads[t] * (lcm / weights[t]);
        }

        result.LowerBoundSpread = bound;

        var localOf = new int[nT];
        for (var c = 0; c < nC; c++)
        {
            var component = Build(instance, c, compTypes, compTypeStart, compTalkers, compTalkerStart, typeElig, typePref, typePrev, typeCount, localOf, lcm);
            SolveComponent(component);
            result.Phases += component.Phases;
            result.CertificateVerified &= component.CertificateVerified;
            result.LowerBoundSpread += component.LowerBoundSpread;
            result.LowerBoundMisses += component.LowerBoundMisses;
            result.LowerBoundChanges += component.LowerBoundChanges;

            // Disaggregate: a type's subjects (input order) fill its arcs (talker order).
            var firstTalker = compTalkerStart[c];
            for (var lt = 0; lt < component.TalkerCount; lt++)
            {
                loads[compTalkers[firstTalker + lt]] = component.Load[lt];
            }

            var shortage = false;
            for (var lk = 0; lk < component.TypeCount; lk++)
            {
                var k = compTypes[compTypeStart[c] + lk];
                var next = typeSubjectStart[k];
                for (var a = component.TypeArcStart[lk]; a < component.TypeArcStart[lk + 1]; a++)
                {
                    var talker = compTalkers[firstTalker + component.ArcTalker[a]];
                    for (var x = component.Flow[a]; x > 0; x--)
                    {
                        subjectTalker[typeSubjects[next++]] = talker;
                    }
                }

                for (; next < typeSubjectStart[k + 1]; next++)
                {
                    result.CapacityShort.Add(typeSubjects[next]);
                    shortage = true;
                }
            }

            if (shortage)
            {
                AddHallWitness(component, result, c, compTypes, compTypeStart, compTalkers, compTalkerStart, typeSubjects, typeSubjectStart, instance);
            }
        }

        if (noEligible.Count > 0 || result.CapacityShort.Count > 0)
        {
            result.HallSubjects.AddRange(noEligible);
            result.HallSubjects.Sort();
            result.HallTalkers.Sort();
            result.CapacityShort.Sort();
        }

        return result;
    }

    /// <summary>The bound on <see cref="CostMagnitude"/> below which 128-bit costs are exact (Int128 holds 1.7e38).</summary>
    internal const double MaxWideMagnitude = 1e37;

    /// <summary>
    /// A coarse bound on every number the solver forms for a component (or a whole problem, which bounds each of its
    /// components): potentials are at most a path of arcs, each at most Q·scale·(2(base + n) + 1) + Q, and the dual sums
    /// n of them.
    /// </summary>
    internal static double CostMagnitude(long subjects, long types, long talkers, long maxBase, long maxScale, long primary)
    {
        var n = (double)subjects;
        var q = (double)primary;
        var arc = (q * ((2.0 * (maxBase + n)) + 1) * maxScale) + q;
        return (n + 2) * (types + talkers + 2.0) * 4 * arc;
    }

    private static void SolveComponent(FlowComponent component)
    {
        // Choose the cost type by a coarse bound on every number the solver forms.
        var maxBase = 0;
        long maxScale = 1;
        for (var t = 0; t < component.TalkerCount; t++)
        {
            maxBase = Math.Max(maxBase, component.BaseLoad[t]);
            maxScale = Math.Max(maxScale, component.Scale[t]);
        }

        var magnitude = CostMagnitude(component.SubjectCount, component.TypeCount, component.TalkerCount, maxBase, maxScale, component.Primary);
        if (magnitude < 4e18 && !ForceWideCosts)
        {
            new ComponentSolver<long>(component).Solve();
        }
        else if (magnitude < MaxWideMagnitude)
        {
            new ComponentSolver<Int128>(component).Solve();
        }
        else
        {
            // AssignmentProblemBuilder refuses such problems (balancing.too-large) with the same bound over the whole problem.
            throw new InvalidOperationException("Balancing: the component is too large for exact 128-bit costs (internal error: the problem should have been refused).");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    private static FlowComponent Build(
        AssignmentProblem instance,
        int c,
        int[] compTypes,
        int[] compTypeStart,
        int[] compTalkers,
        int[] compTalkerStart,
        List<int> typeElig,
        List<int> typePref,
        List<int> typePrev,
        List<int> typeCount,
        int[] localOf,
        long lcm)
    {
        var lists = instance.Lists;
        var nK = compTypeStart[c + 1] - compTypeStart[c];
        var nT = compTalkerStart[c + 1] - compTalkerStart[c];
        var fc = new FlowComponent { TypeCount = nK, TalkerCount = nT };
        fc.BaseLoad = new int[nT];
        fc.LoadLimit = new int[nT];
        fc.Scale = new long[nT];
        for (var lt = 0; lt < nT; lt++)
        {
            var t = compTalkers[compTalkerStart[c] + lt];
            localOf[t] = lt;
            fc.BaseLoad[lt] = instance.FixedLoadArray[t];
            fc.LoadLimit[lt] = instance.CapacityArray[t] < 0 ? int.MaxValue : instance.CapacityArray[t];
            fc.Scale[lt] = lcm / instance.WeightArray[t];
        }

        fc.TypeSupply = new int[nK];
        fc.TypeArcStart = new int[nK + 1];
        var arcs = 0;
        var hasPrevious = false;
        for (var lk = 0; lk < nK; lk++)
        {
            var k = compTypes[compTypeStart[c] + lk];
            fc.TypeSupply[lk] = typeCount[k];
            fc.SubjectCount += typeCount[k];
            arcs += lists.LengthOf(typeElig[k]);
            fc.TypeArcStart[lk + 1] = arcs;
            hasPrevious |= typePrev[k] != -1;
        }

        long n1 = fc.SubjectCount + 1;
        fc.MissMultiplier = hasPrevious ? n1 : 1;
        fc.Primary = fc.MissMultiplier * n1;
        fc.ArcType = new int[arcs];
        fc.ArcTalker = new int[arcs];
        fc.ArcSecondary = new long[arcs];
        var talkerDegree = new int[nT + 1];
        for (var lk = 0; lk < nK; lk++)
        {
            var k = compTypes[compTypeStart[c] + lk];
            var elig = lists[typeElig[k]];
            var pref = lists[typePref[k]];
            var prev = typePrev[k];
            var p = 0;
            var a = fc.TypeArcStart[lk];
            foreach (var t in elig)
            {
                while (p < pref.Length && pref[p] < t)
                {
                    p++;
                }

                var miss = p < pref.Length && pref[p] == t ? 0 : fc.MissMultiplier;
                var change = prev == -1 || prev == t ? 0 : 1;
                var lt = localOf[t];
                fc.ArcType[a] = lk;
                fc.ArcTalker[a] = lt;
                fc.ArcSecondary[a] = miss + change;
                talkerDegree[lt + 1]++;
                a++;
            }
        }

        for (var lt = 0; lt < nT; lt++)
        {
            talkerDegree[lt + 1] += talkerDegree[lt];
        }

        fc.TalkerArcStart = (int[])talkerDegree.Clone();
        fc.TalkerArcs = new int[arcs];
        for (var a = 0; a < arcs; a++)
        {
            fc.TalkerArcs[talkerDegree[fc.ArcTalker[a]]++] = a;
        }

        return fc;
    }

    /// <summary>
    /// The residual graph's reach from the types that still have subjects is the minimal minimum
    /// cut: those subjects can only go to the talkers reached, all full, whose capacity is smaller.
    /// </summary>
    private static void AddHallWitness(
        FlowComponent fc,
        CoreResult result,
        int c,
        int[] compTypes,
        int[] compTypeStart,
        int[] compTalkers,
        int[] compTalkerStart,
        int[] typeSubjects,
        int[] typeSubjectStart,
        AssignmentProblem instance)
    {
        var typeSeen = new bool[fc.TypeCount];
        var talkerSeen = new bool[fc.TalkerCount];
        var queue = new Queue<int>();
        for (var k = 0; k < fc.TypeCount; k++)
        {
            if (fc.Remaining[k] > 0)
            {
                typeSeen[k] = true;
                queue.Enqueue(k);
            }
        }

        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (v < fc.TypeCount)
            {
                for (var a = fc.TypeArcStart[v]; a < fc.TypeArcStart[v + 1]; a++)
                {
                    var t = fc.ArcTalker[a];
                    if (!talkerSeen[t])
                    {
                        talkerSeen[t] = true;
                        queue.Enqueue(fc.TypeCount + t);
                    }
                }
            }
            else
            {
                var t = v - fc.TypeCount;
                for (var i = fc.TalkerArcStart[t]; i < fc.TalkerArcStart[t + 1]; i++)
                {
                    var a = fc.TalkerArcs[i];
                    var k = fc.ArcType[a];
                    if (fc.Flow[a] > 0 && !typeSeen[k])
                    {
                        typeSeen[k] = true;
                        queue.Enqueue(k);
                    }
                }
            }
        }

        for (var k = 0; k < fc.TypeCount; k++)
        {
            if (typeSeen[k])
            {
                var gk = compTypes[compTypeStart[c] + k];
                for (var i = typeSubjectStart[gk]; i < typeSubjectStart[gk + 1]; i++)
                {
                    result.HallSubjects.Add(typeSubjects[i]);
                }
            }
        }

        for (var t = 0; t < fc.TalkerCount; t++)
        {
            if (talkerSeen[t])
            {
                var g = compTalkers[compTalkerStart[c] + t];
                result.HallTalkers.Add(g);
                result.HallCapacity += Math.Max(0, instance.CapacityArray[g] - instance.FixedLoadArray[g]);
            }
        }
    }

    private static int[] CountingStart(int[] keys, int buckets)
    {
        var start = new int[buckets + 1];
        foreach (var key in keys)
        {
            if (key >= 0)
            {
                start[key + 1]++;
            }
        }

        for (var i = 0; i < buckets; i++)
        {
            start[i + 1] += start[i];
        }

        return start;
    }

    private static int[] Fill(int[] keys, int[] start, int buckets)
    {
        var next = (int[])start.Clone();
        var items = new int[start[buckets]];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] >= 0)
            {
                items[next[keys[i]]++] = i;
            }
        }

        return items;
    }

    internal static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
