using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>Finds a person's demands from different sources whose windows overlap, and merges them when the policy says so.</summary>
internal static class OverlapResolver
{
    /// <summary>Style precedence when merging: the sternest style wins.</summary>
    private static readonly TalkStyle[] Sternness = { TalkStyle.Care, TalkStyle.Communication, TalkStyle.Reminder, TalkStyle.Warning, TalkStyle.Admonition };

    /// <summary>The position of each style (by enum value) in <see cref="Sternness"/>; -1 for none, as Array.IndexOf gives.</summary>
    private static readonly int[] SternnessRank = RankOf(Sternness);

    public static (List<TalkDemand> Demands, List<DemandOverlap> Overlaps) Resolve(DemandContext ctx, List<TalkDemand> demands)
    {
        var overlaps = new List<DemandOverlap>();
        var merge = ctx.Options.Overlaps == OverlapHandling.Merge;

        // Group by subject with one hash look-up per demand and a counting sort into one array, not a
        // dictionary of lists: subject k's demands are bySubject[start[k] .. start[k + 1]).
        var n = demands.Count;
        var subjectIndex = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var subjectOf = new int[n];
        var counts = new List<int>();
        for (var i = 0; i < n; i++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(subjectIndex, demands[i].SubjectId, out var exists);
            if (!exists)
            {
                slot = counts.Count;
                counts.Add(0);
            }

            subjectOf[i] = slot;
            counts[slot]++;
        }

        var start = new int[counts.Count + 1];
        for (var k = 0; k < counts.Count; k++)
        {
            start[k + 1] = start[k] + counts[k];
        }

        var bySubject = new TalkDemand[n];
        var fill = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            bySubject[fill[subjectOf[i]]++] = demands[i];
        }

        HashSet<TalkDemand>? replaced = null;
        List<TalkDemand>? merged = null;
        var group = new List<TalkDemand>(8);
        var scratch = merge ? new Scratch() : null;
        for (var k = 0; k < counts.Count; k++)
        {
            var from = start[k];
            var count = counts[k];
            if (count < 2)
            {
                continue;
            }

            Array.Sort(bySubject, from, count, ByStartThenId.Instance);
            var subject = bySubject[from].SubjectId;

            // Sweep by window start: a group is a run of demands each overlapping the hull of the ones before.
            group.Clear();
            group.Add(bySubject[from]);
            var groupEnd = bySubject[from].Window.End;
            for (var i = 1; i <= count; i++)
            {
                var next = i < count ? bySubject[from + i] : null;
                if (next is not null && next.Window.Start <= groupEnd)
                {
                    group.Add(next);
                    groupEnd = next.Window.End > groupEnd ? next.Window.End : groupEnd;
                    continue;
                }

                if (group.Count > 1 && HasSeveralSources(group))
                {
                    if (!merge)
                    {
                        overlaps.Add(OverlapOf(subject, group, null));
                    }
                    else
                    {
                        MergeGroup(ctx, scratch!, subject, group, overlaps, ref replaced, ref merged);
                    }
                }

                if (next is not null)
                {
                    group.Clear();
                    group.Add(next);
                    groupEnd = next.Window.End;
                }
            }
        }

        if (replaced is null)
        {
            return (demands, overlaps);
        }

        // The input is in id order; keep it so by merging the (sorted) merged demands in, instead of sorting it all.
        merged!.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var result = new List<TalkDemand>(demands.Count - replaced.Count + merged.Count);
        var m = 0;
        foreach (var demand in demands)
        {
            if (replaced.Contains(demand))
            {
                continue;
            }

            while (m < merged.Count && string.CompareOrdinal(merged[m].Id, demand.Id) < 0)
            {
                result.Add(merged[m++]);
            }

            result.Add(demand);
        }

        while (m < merged.Count)
        {
            result.Add(merged[m++]);
        }

        return (result, overlaps);
    }

    /// <summary>
    /// Splits an overlapping group into talks that can be merged: sorted by window end, each cluster takes the
    /// earliest-ending demand and every other one whose window contains that day and whose required leader
    /// agrees (the greedy stabbing of intervals, so a year-long annual demand joins the first talk it meets).
    /// Clusters with two or more sources become one demand; the rest are kept as they are.
    /// </summary>
    private static void MergeGroup(DemandContext ctx, Scratch scratch, string subject, List<TalkDemand> group, List<DemandOverlap> overlaps, ref HashSet<TalkDemand>? replaced, ref List<TalkDemand>? merged)
    {
        // The working lists are reused from group to group: thousands of groups are merged per run.
        var remaining = scratch.Remaining;
        remaining.Clear();
        remaining.AddRange(group);
        remaining.Sort(ByEndThenId);
        var unmerged = scratch.Unmerged;
        unmerged.Clear();
        var cluster = scratch.Cluster;
        while (remaining.Count > 0)
        {
            var first = remaining[0];
            cluster.Clear();
            cluster.Add(first);
            var talker = first.RequiredLeaderId;
            var role = first.RequiredLeaderRole;
            for (var i = 1; i < remaining.Count; i++)
            {
                var candidate = remaining[i];
                if (candidate.Window.Start > first.Window.End
                    || (talker is not null && candidate.RequiredLeaderId is not null && !string.Equals(talker, candidate.RequiredLeaderId, StringComparison.Ordinal))
                    || (role is not null && candidate.RequiredLeaderRole is not null && role != candidate.RequiredLeaderRole))
                {
                    continue;
                }

                cluster.Add(candidate);
                talker ??= candidate.RequiredLeaderId;
                role ??= candidate.RequiredLeaderRole;
            }

            if (cluster.Count == 1)
            {
                remaining.RemoveAt(0);
            }
            else
            {
                // Clusters are a handful of demands: a linear look-up beats a set.
                var kept = 0;
                for (var i = 0; i < remaining.Count; i++)
                {
                    if (!ContainsReference(cluster, remaining[i]))
                    {
                        remaining[kept++] = remaining[i];
                    }
                }

                remaining.RemoveRange(kept, remaining.Count - kept);
            }

            if (cluster.Count > 1 && HasSeveralSources(cluster))
            {
                var mergedDemand = TryMerge(ctx, scratch, cluster)!;
                (replaced ??= new HashSet<TalkDemand>(ReferenceEqualityComparer.Instance)).UnionWith(cluster);
                (merged ??= new List<TalkDemand>()).Add(mergedDemand);
                overlaps.Add(OverlapOf(subject, cluster, mergedDemand.Id));
            }
            else
            {
                unmerged.AddRange(cluster);
            }
        }

        // Demands that overlap across sources but could not share a talk (different talkers) are still reported.
        if (unmerged.Count > 1 && HasSeveralSources(unmerged) && HaveOverlap(unmerged))
        {
            overlaps.Add(OverlapOf(subject, unmerged, null));
        }
    }

    private static int[] RankOf(TalkStyle[] order)
    {
        var rank = new int[Enum.GetValues<TalkStyle>().Max(s => (int)s) + 1];
        Array.Fill(rank, -1);
        for (var i = 0; i < order.Length; i++)
        {
            rank[(int)order[i]] = i;
        }

        return rank;
    }

    /// <summary>Window start, then id: the order of the sweep over one subject's demands.</summary>
    private sealed class ByStartThenId : IComparer<TalkDemand>
    {
        public static readonly ByStartThenId Instance = new();

        public int Compare(TalkDemand? a, TalkDemand? b)
        {
            var c = a!.Window.Start.CompareTo(b!.Window.Start);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        }
    }

    private static readonly Comparison<TalkDemand> ByEndThenId = static (a, b) =>
    {
        var c = a.Window.End.CompareTo(b.Window.End);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    };

    /// <summary>Working lists of the merge, reused across the groups of one run (never handed out).</summary>
    private sealed class Scratch
    {
        public List<TalkDemand> Remaining { get; } = new(8);

        public List<TalkDemand> Cluster { get; } = new(8);

        public List<TalkDemand> Unmerged { get; } = new(8);

        public List<TalkDemand> Ordered { get; } = new(8);

        public List<DemandEvidence> Evidence { get; } = new(16);
    }

    private static bool ContainsReference<T>(List<T> items, T item)
        where T : class
    {
        foreach (var existing in items)
        {
            if (ReferenceEquals(existing, item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSeveralSources(List<TalkDemand> group)
    {
        var first = group[0].Source;
        for (var i = 1; i < group.Count; i++)
        {
            if (group[i].Source != first)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HaveOverlap(List<TalkDemand> demands)
    {
        for (var a = 0; a < demands.Count; a++)
        {
            for (var b = a + 1; b < demands.Count; b++)
            {
                if (demands[a].Source != demands[b].Source && demands[a].Window.Start <= demands[b].Window.End && demands[b].Window.Start <= demands[a].Window.End)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One demand for the whole cluster, or <see langword="null"/> when the windows share no day or the required leaders differ.</summary>
    private static TalkDemand? TryMerge(DemandContext ctx, Scratch scratch, List<TalkDemand> group)
    {
        var start = group[0].Window.Start;
        var end = group[0].Window.End;
        string? talker = null;
        LeaderRole? role = null;
        var mask = 0;
        TalkDemand primary = group[0];
        TalkDemand sternest = group[0];
        var firstId = group[0].Id;
        foreach (var demand in group)
        {
            start = demand.Window.Start > start ? demand.Window.Start : start;
            end = demand.Window.End < end ? demand.Window.End : end;
            if (demand.RequiredLeaderId is { } id)
            {
                if (talker is not null && !string.Equals(talker, id, StringComparison.Ordinal))
                {
                    return null;
                }

                talker = id;
            }

            if (demand.RequiredLeaderRole is { } r)
            {
                if (role is not null && role != r)
                {
                    return null;
                }

                role = r;
            }

            var reasons = demand.Sources;
            for (var k = 0; k < reasons.Count; k++)
            {
                mask |= 1 << (int)reasons[k];
            }

            if (Before(demand, primary))
            {
                primary = demand;
            }

            var sterner = SternnessRank[(int)demand.Style] - SternnessRank[(int)sternest.Style];
            if (sterner > 0 || (sterner == 0 && Before(demand, sternest)))
            {
                sternest = demand;
            }

            if (string.CompareOrdinal(demand.Id, firstId) < 0)
            {
                firstId = demand.Id;
            }
        }

        if (start > end)
        {
            return null;
        }

        var ordered = scratch.Ordered;
        ordered.Clear();
        ordered.AddRange(group);
        ordered.Sort(BySourceThenId);
        var (mode, modeReason) = ctx.ChooseMode(sternest.Style, primary.UnitId);
        var evidence = scratch.Evidence;
        evidence.Clear();
        foreach (var demand in ordered)
        {
            var items = demand.Evidence;
            for (var e = 0; e < items.Count; e++)
            {
                var item = items[e];
                // Sources share evidence instances (the same post, the same risk level); list each once.
                if (!ContainsReference(evidence, item))
                {
                    evidence.Add(item);
                }
            }
        }

        foreach (var demand in ordered)
        {
            evidence.Add(new DemandEvidence("merged-demand", MergedEvidenceReason(ctx, demand), null, demand.Id));
        }

        return TalkDemand.Trusted(
            "merged-" + firstId,
            primary.SubjectId,
            primary.UnitId,
            primary.Source,
            new DateInterval(start, end),
            sternest.Style,
            MergedStyleReason(ctx, mask, sternest.StyleReason),
            mode,
            modeReason,
            talker,
            role,
            evidence,
            SourcesOf(mask));
    }

    private static readonly Comparison<TalkDemand> BySourceThenId = static (a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0;

    /// <summary>Source order, then id: decides the primary demand and the order of evidence.</summary>
    private static bool Before(TalkDemand a, TalkDemand b)
        => a.Source != b.Source ? a.Source < b.Source : string.CompareOrdinal(a.Id, b.Id) < 0;

    /// <summary>One shared, immutable sources list per set of sources (a bit mask over the 8 sources).</summary>
    private static readonly IReadOnlyList<DemandSource>?[] SourceLists = new IReadOnlyList<DemandSource>?[1 << 8];

    private static IReadOnlyList<DemandSource> SourcesOf(int mask)
        => SourceLists[mask] ??= BuildSources(mask);

    private static IReadOnlyList<DemandSource> BuildSources(int mask)
    {
        var list = new List<DemandSource>();
        foreach (var source in Enum.GetValues<DemandSource>())
        {
            if ((mask & (1 << (int)source)) != 0)
            {
                list.Add(source);
            }
        }

        return list.AsReadOnly();
    }

    private static Reason MergedStyleReason(DemandContext ctx, int mask, Reason sternestReason)
    {
        // Thousands of merged talks share a handful of (sources, reason) pairs: build each pair's reason once per run.
        if (!ctx.MergedStyleReasons.TryGetValue((mask, sternestReason), out var reason))
        {
            var sources = new List<string>();
            foreach (var source in SourcesOf(mask))
            {
                sources.Add(Codes.Of(source));
            }

            reason = Quoting(DemandsTexts.Merged, ("sources", string.Join(',', sources)), sternestReason);
            ctx.MergedStyleReasons.Add((mask, sternestReason), reason);
        }

        return reason;
    }

    private static Reason MergedEvidenceReason(DemandContext ctx, TalkDemand demand)
    {
        if (!ctx.MergedEvidenceReasons.TryGetValue((demand.Source, demand.StyleReason), out var reason))
        {
            reason = Quoting(DemandsTexts.MergedDemand, ("source", Codes.Of(demand.Source)), demand.StyleReason);
            ctx.MergedEvidenceReasons.Add((demand.Source, demand.StyleReason), reason);
        }

        return reason;
    }

    /// <summary>
    /// A reason with one argument of its own that quotes <paramref name="quoted"/>: its code as <c>basis</c>
    /// (rendered by the <c>reason</c> kind) and its arguments after, so one flat reason carries both.
    /// </summary>
    private static Reason Quoting(string code, (string Name, string Value) own, Reason quoted)
    {
        var arguments = new (string Name, string Value)[quoted.Arguments.Count + 2];
        arguments[0] = own;
        arguments[1] = ("basis", quoted.Code);
        var i = 2;
        foreach (var (name, value) in quoted.Arguments)
        {
            arguments[i++] = (name, value);
        }

        return Reason.Of(code, arguments);
    }

    /// <summary>The overlap of a group of demands the generator built, checked by its public constructor like any other.</summary>
    private static DemandOverlap OverlapOf(string subjectId, List<TalkDemand> demands, string? mergedDemandId)
    {
        var ids = new string[demands.Count];
        var sources = new List<DemandSource>(demands.Count);
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = demands[i].Id;
            if (!sources.Contains(demands[i].Source))
            {
                sources.Add(demands[i].Source);
            }
        }

        return new DemandOverlap(subjectId, ids, sources, mergedDemandId);
    }
}
