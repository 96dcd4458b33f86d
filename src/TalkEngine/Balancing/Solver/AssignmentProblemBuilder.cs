using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// Builds an <see cref="AssignmentProblem"/> from worker and job indices (ids and integers in, like
/// OR-Tools' graph builders), collecting every problem so that <see cref="Build"/> reports them all at once.
/// The fast door for readers of large files: eligible lists equal in content are stored once. Not thread-safe.
/// </summary>
public sealed class AssignmentProblemBuilder
{
    internal const string ErrorCode = "balancing.instance";
    private const int MaxProblems = 200;

    private string? _name;
    private readonly List<string> _talkerIds = [];
    private readonly List<int> _capacities = [];
    private readonly List<int> _weights = [];
    private readonly List<int> _fixedLoads = [];
    private readonly Dictionary<string, int> _talkerIndex = new(StringComparer.Ordinal);
    private readonly List<string> _subjectIds = [];
    private readonly HashSet<string> _subjectIdSet = new(StringComparer.Ordinal);
    private readonly List<int> _eligible = [];
    private readonly List<int> _preferred = [];
    private readonly List<int> _previous = [];
    private readonly List<string?> _previousIds = [];
    private readonly IntListPool _lists = new();
    private readonly List<ValidationProblem> _problems = [];
    private readonly HashSet<long> _checkedPairs = [];
    private int _problemCount;
    private int[] _scratch = new int[64];
    private int[] _mark = [];
    private int _stamp;
    private int _lastEligible = -1;
    private int _lastPreferred = -1;
    private bool _tooManyJobs;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="name">The problem's name, or <see langword="null"/>.</param>
    public AssignmentProblemBuilder(string? name) => _name = name;

    /// <summary>The problem's name, or <see langword="null"/>; a reader may set it once it has read it.</summary>
    public string? Name
    {
        get => _name;
        set => _name = value;
    }

    /// <summary>The number of workers added (duplicates and blank ids are not added).</summary>
    public int WorkerCount => _talkerIds.Count;

    /// <summary>Whether any problem was recorded.</summary>
    public bool HasProblems => _problemCount > 0;

    /// <summary>The number of problems recorded.</summary>
    public int ProblemCount => _problemCount;

    /// <summary>Records a problem (a reader's own, such as malformed input); <see cref="Build"/> then throws with every problem.</summary>
    /// <param name="code">The problem's code.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="path">Where, or <see langword="null"/>.</param>
    /// <param name="ids">The ids involved.</param>
    public void AddProblem(string code, string message, string? path, params string[] ids)
    {
        _problemCount++;
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(new ValidationProblem(code, message, path, ids));
        }
    }

    /// <summary>Adds a worker; its index is <see cref="WorkerCount"/> before the call.</summary>
    /// <param name="id">A unique id.</param>
    /// <param name="capacity">The most jobs it may take (fixed ones included), 0 to <see cref="AssignmentProblem.MaxLoad"/>, or -1 for no limit.</param>
    /// <param name="weight">Its share, 1 to <see cref="AssignmentProblem.MaxWeight"/>.</param>
    /// <param name="fixedLoad">Jobs already fixed to it (counted in its load and capacity), 0 to <see cref="AssignmentProblem.MaxLoad"/>.</param>
    /// <param name="path">Where it was read, for problems.</param>
    public void AddWorker(string id, int capacity, int weight, int fixedLoad, string path)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            AddProblem("balancing.talker-id-missing", "A talker has no id; give every talker a unique, non-empty id.", path);
            return;
        }

        if (!_talkerIndex.TryAdd(id, _talkerIds.Count))
        {
            AddProblem("balancing.duplicate-talker", $"Talker id '{id}' appears more than once; talker ids must be unique.", path, id);
            return;
        }

        if (weight < 1 || weight > AssignmentProblem.MaxWeight)
        {
            AddProblem("balancing.bad-weight", $"Talker '{id}' has weight {weight.ToString(CultureInfo.InvariantCulture)}; use an integer between 1 and {AssignmentProblem.MaxWeight.ToString(CultureInfo.InvariantCulture)}.", path + ".weight", id);
            weight = 1;
        }

        if (capacity < -1 || capacity > AssignmentProblem.MaxLoad)
        {
            AddProblem("balancing.bad-capacity", $"Talker '{id}' has capacity {capacity.ToString(CultureInfo.InvariantCulture)}; use an integer from 0 to {MaxLoadText} or null for no limit.", path + ".capacity", id);
            capacity = -1;
        }

        if (fixedLoad < 0 || fixedLoad > AssignmentProblem.MaxLoad)
        {
            AddProblem("balancing.bad-fixed-load", $"Talker '{id}' has fixed load {fixedLoad.ToString(CultureInfo.InvariantCulture)}; use an integer from 0 to {MaxLoadText}.", path + ".fixedLoad", id);
            fixedLoad = 0;
        }

        _talkerIds.Add(id);
        _capacities.Add(capacity);
        _weights.Add(weight);
        _fixedLoads.Add(fixedLoad);
    }

    private static string MaxLoadText => AssignmentProblem.MaxLoad.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number of jobs added.</summary>
    public int JobCount => _subjectIds.Count;

    /// <summary>The index of the worker <paramref name="id"/> as a previous worker: -1 for none, -2 for a worker not in the problem.</summary>
    /// <param name="id">The previous worker's id, or <see langword="null"/>.</param>
    /// <returns>The index, -1 or -2.</returns>
    public int ResolvePrevious(string? id) => id is null ? -1 : _talkerIndex.TryGetValue(id, out var p) ? p : -2;

    /// <summary>The id of the worker at <paramref name="index"/>.</summary>
    /// <param name="index">The worker's index.</param>
    /// <returns>The id.</returns>
    public string WorkerId(int index) => _talkerIds[index];

    /// <summary>The index of worker <paramref name="id"/>, or -1 (and a problem) when it was not added.</summary>
    /// <param name="id">The worker's id.</param>
    /// <param name="path">Where it was named, for the problem.</param>
    /// <param name="subjectId">The job naming it, for the problem.</param>
    /// <returns>The index or -1.</returns>
    public int LookupWorker(string id, string path, string subjectId)
    {
        if (_talkerIndex.TryGetValue(id, out var index))
        {
            return index;
        }

        AddProblem("balancing.unknown-talker", $"Subject '{subjectId}' names talker '{id}', which is not in the talkers list; add the talker or remove it from the subject.", path, subjectId, id);
        return -1;
    }

    /// <summary>Adds a subject; talker indices of -1 (unknown, already reported) are dropped.</summary>
    internal void AddJob(string id, List<int> eligible, List<int> preferred, string? previous)
    {
        var previousIndex = -1;
        if (previous is not null)
        {
            previousIndex = _talkerIndex.TryGetValue(previous, out var p) ? p : -2;
        }

        AddJob(id, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(eligible), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(preferred), previousIndex, previous);
    }

    /// <summary>Adds a job; its index is <see cref="JobCount"/> before the call. Indices of -1 (unknown workers, already reported) are dropped.</summary>
    /// <param name="id">A unique id.</param>
    /// <param name="eligible">The indices of the workers who may take it (any order, each once).</param>
    /// <param name="preferred">The preferred workers' indices, a subset of <paramref name="eligible"/>.</param>
    /// <param name="previousIndex">The previous worker's index from <see cref="ResolvePrevious"/> (-1 none, -2 gone).</param>
    /// <param name="previousId">The previous worker's id, or <see langword="null"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    public void AddJob(string id, ReadOnlySpan<int> eligible, ReadOnlySpan<int> preferred, int previousIndex, string? previousId)
    {
        if (_subjectIds.Count >= AssignmentProblem.MaxJobCount)
        {
            if (_subjectIds.Count == AssignmentProblem.MaxJobCount && !_tooManyJobs)
            {
                _tooManyJobs = true;
                AddProblem("balancing.too-many-jobs", $"The problem has more than {AssignmentProblem.MaxJobCount.ToString(CultureInfo.InvariantCulture)} subjects; split it (by region or unit) into smaller problems.", "subjects");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            var at = "subjects[" + _subjectIds.Count.ToString(CultureInfo.InvariantCulture) + "]";
            AddProblem("balancing.subject-id-missing", "A subject has no id; give every subject a unique, non-empty id.", at);
            id = at;
        }
        else if (!_subjectIdSet.Add(id))
        {
            AddProblem("balancing.duplicate-subject", $"Subject id '{id}' appears more than once; subject ids must be unique.", "subjects[" + _subjectIds.Count.ToString(CultureInfo.InvariantCulture) + "]", id);
        }

        var subjectIndex = _subjectIds.Count;
        var eligibleId = Intern(eligible, id, subjectIndex, "eligible", ref _lastEligible);
        var preferredId = Intern(preferred, id, subjectIndex, "preferred", ref _lastPreferred);
        if (preferredId != 0 && !_checkedPairs.Contains(((long)eligibleId << 32) | (uint)preferredId))
        {
            // Check preferred ⊆ eligible once per distinct pair of lists.
            if (_mark.Length < _talkerIds.Count)
            {
                _mark = new int[_talkerIds.Count];
            }

            _stamp++;
            foreach (var t in _lists[eligibleId])
            {
                _mark[t] = _stamp;
            }

            var ok = true;
            foreach (var t in _lists[preferredId])
            {
                if (_mark[t] != _stamp)
                {
                    ok = false;
                    AddProblem("balancing.preferred-not-eligible", $"Subject '{id}' prefers talker '{_talkerIds[t]}', who is not in its eligible list; preferred talkers must be eligible.", SubjectPath(subjectIndex) + ".preferred", id, _talkerIds[t]);
                }
            }

            if (ok)
            {
                _checkedPairs.Add(((long)eligibleId << 32) | (uint)preferredId);
            }
        }

        _subjectIds.Add(id);
        _eligible.Add(eligibleId);
        _preferred.Add(preferredId);
        _previous.Add(previousIndex);
        _previousIds.Add(previousId);
    }

    /// <summary>Builds the problem.</summary>
    /// <returns>The problem.</returns>
    /// <exception cref="TalkEngineValidationException">Problems were recorded (code <c>balancing.instance</c>).</exception>
    public AssignmentProblem Build()
    {
        long lcm = 1;
        foreach (var w in _weights)
        {
            lcm = lcm / Gcd(lcm, w) * w;
            if (lcm > AssignmentProblem.MaxWeightLcm)
            {
                AddProblem("balancing.weights-too-diverse", $"The least common multiple of the talker weights exceeds {AssignmentProblem.MaxWeightLcm.ToString(CultureInfo.InvariantCulture)}; use fewer distinct weights (such as 1, 2, 3, 4).", "talkers");
                break;
            }
        }

        if (_problemCount == 0)
        {
            CheckExactness();
        }

        if (_problemCount > _problems.Count)
        {
            _problems.Add(new ValidationProblem("balancing.more-problems", $"{(_problemCount - _problems.Count).ToString(CultureInfo.InvariantCulture)} further problem(s) not listed; fix the ones above and read the file again.", null));
        }

        TalkEngineValidationException.ThrowIfAny(ErrorCode, _problems);
        return new AssignmentProblem(
            _name,
            _talkerIds.ToArray(),
            _capacities.ToArray(),
            _weights.ToArray(),
            _fixedLoads.ToArray(),
            _subjectIds.ToArray(),
            _lists,
            _eligible.ToArray(),
            _preferred.ToArray(),
            _previous.ToArray(),
            _previousIds.ToArray());
    }

    /// <summary>
    /// Refuses a problem whose objective could leave a 64-bit integer or whose solver costs could leave a 128-bit one:
    /// the largest spread of any assignment is at most Σ fixed²·L/w plus max over workers of ((fixed + n)² − fixed²)·L/w
    /// (a sum of convex increments is largest when one worker takes every job).
    /// </summary>
    private void CheckExactness()
    {
        long lcm = 1;
        foreach (var w in _weights)
        {
            lcm = lcm / Gcd(lcm, w) * w;
        }

        long n = _subjectIds.Count;
        Int128 fixedPart = 0;
        Int128 largestIncrement = 0;
        long maxBase = 0;
        for (var t = 0; t < _weights.Count; t++)
        {
            long f = _fixedLoads[t];
            var scale = lcm / _weights[t];
            fixedPart += (Int128)(f * f) * scale;
            largestIncrement = Int128.Max(largestIncrement, ((Int128)((f + n) * (f + n)) - (f * f)) * scale);
            maxBase = Math.Max(maxBase, f);
        }

        var hasPrevious = _previous.Exists(p => p != -1);
        var primary = (hasPrevious ? n + 1 : 1) * (n + 1);
        var magnitude = BalancingCore.CostMagnitude(n, n, _weights.Count, maxBase, lcm, primary);
        if (fixedPart + largestIncrement > long.MaxValue || magnitude >= BalancingCore.MaxWideMagnitude)
        {
            AddProblem(
                "balancing.too-large",
                $"The loads are too large to balance exactly: fixed loads up to {maxBase.ToString(CultureInfo.InvariantCulture)} with {n.ToString(CultureInfo.InvariantCulture)} subjects and a weight scale of {lcm.ToString(CultureInfo.InvariantCulture)} could give a spread beyond a 64-bit integer; lower the fixed loads, use fewer distinct weights, or split the problem.",
                "talkers");
        }
    }

    private static string SubjectPath(int index) => "subjects[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    private int Intern(ReadOnlySpan<int> talkers, string subjectId, int subjectIndex, string what, ref int hint)
    {
        if (_scratch.Length < talkers.Length)
        {
            _scratch = new int[Math.Max(talkers.Length, _scratch.Length * 2)];
        }

        var n = 0;
        var sorted = true;
        foreach (var t in talkers)
        {
            if (t < 0)
            {
                continue; // unknown talker, already reported
            }

            if (n > 0 && _scratch[n - 1] >= t)
            {
                sorted = false;
            }

            _scratch[n++] = t;
        }

        var span = _scratch.AsSpan(0, n);
        if (!sorted)
        {
            span.Sort();
            var m = 0;
            for (var i = 0; i < n; i++)
            {
                if (m > 0 && span[m - 1] == span[i])
                {
                    AddProblem("balancing.duplicate-in-list", $"Subject '{subjectId}' lists talker '{_talkerIds[span[i]]}' twice in its {what} list; list each talker once.", SubjectPath(subjectIndex) + "." + what, subjectId, _talkerIds[span[i]]);
                    continue;
                }

                span[m++] = span[i];
            }

            span = span[..m];
        }

        return _lists.Add(span, ref hint);
    }
}
