using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace TalkEngine.Balancing;

/// <summary>
/// An explicit-eligibility balancing instance: talkers with capacities and weights, subjects with
/// their eligible and preferred talkers (and, when re-planning, the previous talker). This is what
/// the bench files hold (<see cref="BalancingInstanceReader"/>) and what <see cref="BalancingSolver"/>
/// solves. Built validated: every problem is reported at once by <see cref="TalkEngineValidationException"/>.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>Internally the instance is indexed (talkers and subjects by position, eligible lists
/// interned by content), so that 100,000 subjects sharing a region's list cost one copy.</remarks>
public sealed class BalancingInstance
{
    /// <summary>The largest talker weight accepted.</summary>
    public const int MaxWeight = 1000;

    /// <summary>The largest least common multiple of all talker weights accepted (the spread is kept exact by scaling with it).</summary>
    public const int MaxWeightLcm = 1_000_000;

    private IReadOnlyList<ExplicitTalker>? _talkers;
    private IReadOnlyList<ExplicitSubject>? _subjects;

    internal BalancingInstance(
        string? name,
        string[] talkerIds,
        int[] capacities,
        int[] weights,
        int[] fixedLoads,
        string[] subjectIds,
        IntListPool lists,
        int[] eligible,
        int[] preferred,
        int[] previous,
        string?[] previousIds)
    {
        Name = name;
        TalkerIdArray = talkerIds;
        CapacityArray = capacities;
        WeightArray = weights;
        FixedLoadArray = fixedLoads;
        SubjectIdArray = subjectIds;
        Lists = lists;
        EligibleList = eligible;
        PreferredList = preferred;
        PreviousTalker = previous;
        PreviousIds = previousIds;
        long pairs = 0;
        foreach (var id in eligible)
        {
            pairs += lists.LengthOf(id);
        }

        EligiblePairCount = pairs;
    }

    /// <summary>The instance's name (from the file), or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The number of talkers.</summary>
    public int TalkerCount => TalkerIdArray.Length;

    /// <summary>The number of subjects.</summary>
    public int SubjectCount => SubjectIdArray.Length;

    /// <summary>The number of (subject, eligible talker) pairs.</summary>
    public long EligiblePairCount { get; }

    /// <summary>The talkers, in input order.</summary>
    public IReadOnlyList<ExplicitTalker> Talkers => LazyInitializer.EnsureInitialized(ref _talkers, () =>
        Enumerable.Range(0, TalkerCount)
            .Select(t => new ExplicitTalker(TalkerIdArray[t], CapacityArray[t] < 0 ? null : CapacityArray[t], WeightArray[t], FixedLoadArray[t]))
            .ToArray());

    /// <summary>The subjects, in input order.</summary>
    public IReadOnlyList<ExplicitSubject> Subjects => LazyInitializer.EnsureInitialized(ref _subjects, () =>
        Enumerable.Range(0, SubjectCount)
            .Select(s => new ExplicitSubject(
                SubjectIdArray[s],
                IdsOf(Lists[EligibleList[s]]),
                IdsOf(Lists[PreferredList[s]]),
                PreviousIds[s]))
            .ToArray());

    internal string[] TalkerIdArray { get; }

    internal int[] CapacityArray { get; } // -1 = no limit

    internal int[] WeightArray { get; }

    internal int[] FixedLoadArray { get; }

    internal string[] SubjectIdArray { get; }

    internal IntListPool Lists { get; }

    internal int[] EligibleList { get; } // list id per subject, talker indices ascending

    internal int[] PreferredList { get; } // list id per subject, talker indices ascending, subset of eligible

    internal int[] PreviousTalker { get; } // -1 none, -2 a talker no longer in the instance, else index

    internal string?[] PreviousIds { get; }

    /// <summary>Creates a validated instance; every problem (duplicate ids, unknown talkers, preferred talkers that are not eligible…) is reported at once.</summary>
    /// <param name="talkers">The talkers.</param>
    /// <param name="subjects">The subjects.</param>
    /// <param name="name">An optional name.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="TalkEngineValidationException">The input has problems (code <c>balancing.instance</c>).</exception>
    public static BalancingInstance Create(IEnumerable<ExplicitTalker> talkers, IEnumerable<ExplicitSubject> subjects, string? name = null)
    {
        var talkerList = Guard.NoNullItems(talkers);
        var subjectList = Guard.NoNullItems(subjects);
        var builder = new BalancingInstanceBuilder(name);
        for (var i = 0; i < talkerList.Count; i++)
        {
            var t = talkerList[i];
            builder.AddTalker(t.Id, t.Capacity ?? -1, t.Weight, t.FixedLoad, $"talkers[{i}]");
        }

        var eligible = new List<int>();
        var preferred = new List<int>();
        for (var i = 0; i < subjectList.Count; i++)
        {
            var s = subjectList[i];
            eligible.Clear();
            preferred.Clear();
            for (var j = 0; j < s.Eligible.Count; j++)
            {
                eligible.Add(builder.LookupTalker(s.Eligible[j], $"subjects[{i}].eligible[{j}]", s.Id));
            }

            for (var j = 0; j < s.Preferred.Count; j++)
            {
                preferred.Add(builder.LookupTalker(s.Preferred[j], $"subjects[{i}].preferred[{j}]", s.Id));
            }

            builder.AddSubject(s.Id, eligible, preferred, s.Previous);
        }

        return builder.Build();
    }

    private string[] IdsOf(ReadOnlySpan<int> talkers)
    {
        var ids = new string[talkers.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = TalkerIdArray[talkers[i]];
        }

        return ids;
    }
}
