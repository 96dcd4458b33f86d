using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace TalkEngine.Organization;

/// <summary>
/// The roster: units in a tree, people, the posts they hold and the leadership team. Built with
/// <see cref="Create"/>, which validates everything at once. Immutable and thread-safe.
/// </summary>
public sealed class Roster
{
    /// <summary>The error code of the <see cref="TalkEngineValidationException"/> thrown by <see cref="Create"/>.</summary>
    public const string ValidationErrorCode = "roster";

    private static readonly IReadOnlyList<Post> NoPosts = Array.Empty<Post>();

    private readonly Dictionary<string, Unit> _unitsById;
    // A person with his posts under one key: an outline reads both per talk, and on a large roster each lookup is a cache miss.
    private readonly Dictionary<string, (Person Person, IReadOnlyList<Post> Posts)> _peopleById;
    private readonly Dictionary<string, Leader> _leadersById;
    private readonly Dictionary<string, IReadOnlyList<Post>> _headsByUnit;
    private readonly Dictionary<string, IReadOnlyList<Unit>> _childrenByUnit;

    private Roster(List<Unit> units, List<Person> people, List<Post> posts, List<Leader> leaders)
    {
        units.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        people.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        leaders.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        posts.Sort(ComparePosts);
        Units = ReadOnly.Wrap(units);
        People = ReadOnly.Wrap(people);
        Posts = ReadOnly.Wrap(posts);
        Leaders = ReadOnly.Wrap(leaders);

        _unitsById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var postsByHolder = posts.GroupBy(p => p.HolderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Post>)g.ToArray(), StringComparer.Ordinal);
        _peopleById = new Dictionary<string, (Person, IReadOnlyList<Post>)>(people.Count, StringComparer.Ordinal);
        foreach (var person in people)
        {
            _peopleById.Add(person.Id, (person, postsByHolder.GetValueOrDefault(person.Id) ?? NoPosts));
        }

        _leadersById = leaders.ToDictionary(l => l.Id, StringComparer.Ordinal);
        _headsByUnit = posts.Where(p => p.IsHeadPost).GroupBy(p => p.UnitId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Post>)g.ToArray(), StringComparer.Ordinal);
        _childrenByUnit = units.Where(u => u.ParentId is not null).GroupBy(u => u.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Unit>)g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The units, sorted by id (ordinal).</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>The people, sorted by id (ordinal).</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The posts, sorted by unit id, role, holder id, then start of period (open-ended first).</summary>
    public IReadOnlyList<Post> Posts { get; }

    /// <summary>The leadership team, sorted by id (ordinal).</summary>
    public IReadOnlyList<Leader> Leaders { get; }

    /// <summary>
    /// Builds the roster and validates it as a whole. Every problem is reported at once, each naming the
    /// ids involved: duplicate ids, posts or leaders naming unknown units or people, a parent unit that
    /// does not exist, cycles in the unit tree, a leader who holds an open-ended head post (and so would be the
    /// subject of his own talk), and a head post held by two people at once.
    /// </summary>
    /// <param name="units">The units.</param>
    /// <param name="people">The people.</param>
    /// <param name="posts">The posts.</param>
    /// <param name="leaders">The leadership team.</param>
    /// <returns>The roster.</returns>
    /// <exception cref="ArgumentNullException">A collection is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A collection holds a <see langword="null"/> item.</exception>
    /// <exception cref="TalkEngineValidationException">The data is inconsistent; <see cref="TalkEngineValidationException.Problems"/> lists every problem.</exception>
    public static Roster Create(IEnumerable<Unit> units, IEnumerable<Person> people, IEnumerable<Post> posts, IEnumerable<Leader> leaders)
    {
        var unitList = Guard.NoNullItems(units).ToList();
        var peopleList = Guard.NoNullItems(people).ToList();
        var postList = Guard.NoNullItems(posts).ToList();
        var leaderList = Guard.NoNullItems(leaders).ToList();

        var problems = new List<ValidationProblem>();
        var unitIds = CheckDuplicates(unitList, u => u.Id, "units", "unit", problems);
        var personIds = CheckDuplicates(peopleList, p => p.Id, "people", "person", problems);
        CheckDuplicates(leaderList, l => l.Id, "leaders", "leader", problems);
        CheckTree(unitList, unitIds, problems);
        CheckPosts(postList, unitList, unitIds, personIds, problems);
        CheckLeaders(leaderList, postList, unitIds, problems);
        TalkEngineValidationException.ThrowIfAny(ValidationErrorCode, problems);
        return new Roster(unitList, peopleList, postList, leaderList);
    }

    /// <summary>The unit with <paramref name="unitId"/>, or <see langword="null"/>.</summary>
    /// <param name="unitId">The id.</param>
    /// <returns>The unit, or <see langword="null"/> when there is none.</returns>
    public Unit? FindUnit(string unitId) => _unitsById.GetValueOrDefault(Guard.NotNull(unitId));

    /// <summary>The person with <paramref name="personId"/>, or <see langword="null"/>.</summary>
    /// <param name="personId">The id.</param>
    /// <returns>The person, or <see langword="null"/> when there is none.</returns>
    public Person? FindPerson(string personId) => _peopleById.TryGetValue(Guard.NotNull(personId), out var entry) ? entry.Person : null;

    /// <summary>The leader with <paramref name="leaderId"/>, or <see langword="null"/>.</summary>
    /// <param name="leaderId">The id.</param>
    /// <returns>The leader, or <see langword="null"/> when there is none.</returns>
    public Leader? FindLeader(string leaderId) => _leadersById.GetValueOrDefault(Guard.NotNull(leaderId));

    /// <summary>Every post <paramref name="personId"/> holds, at any time, in <see cref="Posts"/> order.</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The posts; empty when none.</returns>
    public IReadOnlyList<Post> PostsOf(string personId) => _peopleById.TryGetValue(Guard.NotNull(personId), out var entry) ? entry.Posts : NoPosts;

    /// <summary>A person and his posts in one lookup; false (no posts) when the id is not a person of the roster.</summary>
    internal bool TryGetPerson(string personId, out Person person, out IReadOnlyList<Post> posts)
    {
        if (_peopleById.TryGetValue(personId, out var entry))
        {
            (person, posts) = entry;
            return true;
        }

        person = null!;
        posts = NoPosts;
        return false;
    }

    /// <summary>The head posts (administrative head and party secretary) of <paramref name="unitId"/>, at any time.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <returns>The head posts; empty when none.</returns>
    public IReadOnlyList<Post> HeadsOf(string unitId) => _headsByUnit.GetValueOrDefault(Guard.NotNull(unitId)) ?? NoPosts;

    /// <summary>The head posts of <paramref name="unitId"/> held on <paramref name="date"/>.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The head posts held that day.</returns>
    public IReadOnlyList<Post> HeadsOf(string unitId, LocalDate date) => HeadsOf(unitId).Where(p => p.IsHeldOn(date)).ToArray();

    /// <summary>The direct children of <paramref name="unitId"/>, sorted by id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <returns>The child units; empty when none.</returns>
    public IReadOnlyList<Unit> ChildrenOf(string unitId) => _childrenByUnit.GetValueOrDefault(Guard.NotNull(unitId)) ?? Array.Empty<Unit>();

    /// <summary>
    /// Whether <paramref name="personId"/> holds both head posts (一肩挑) of the same unit — administrative
    /// head and party secretary — at the same time.
    /// </summary>
    /// <param name="personId">The person's id.</param>
    /// <returns><see langword="true"/> when both head posts of one unit are held together on some day.</returns>
    public bool HoldsBothHeadPosts(string personId)
    {
        var posts = PostsOf(personId);
        foreach (var admin in posts.Where(p => p.Role == PostRole.AdministrativeHead))
        {
            if (posts.Any(p => p.Role == PostRole.PartySecretary && string.Equals(p.UnitId, admin.UnitId, StringComparison.Ordinal) && Overlap(p.Period, admin.Period)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The leaders who have <paramref name="role"/>, sorted by id.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The leaders; empty when none.</returns>
    public IReadOnlyList<Leader> LeadersWithRole(LeaderRole role) => Leaders.Where(l => l.HasRole(role)).ToArray();

    /// <summary>The leaders who supervise (分管) <paramref name="unitId"/>, sorted by id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <returns>The leaders; empty when none.</returns>
    public IReadOnlyList<Leader> SupervisorsOf(string unitId)
    {
        Guard.NotNull(unitId);
        return Leaders.Where(l => l.SupervisedUnitIds.Contains(unitId, StringComparer.Ordinal)).ToArray();
    }

    internal static bool Overlap(DateInterval? a, DateInterval? b)
        => a is null || b is null || (a.Start <= b.End && b.Start <= a.End);

    private static int ComparePosts(Post a, Post b)
    {
        var c = string.CompareOrdinal(a.UnitId, b.UnitId);
        if (c == 0)
        {
            c = a.Role.CompareTo(b.Role);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.HolderId, b.HolderId);
        }

        if (c == 0)
        {
            c = (a.Period is null, b.Period is null) switch
            {
                (true, true) => 0,
                (true, false) => -1,
                (false, true) => 1,
                _ => a.Period!.Start.CompareTo(b.Period!.Start),
            };
        }

        return c;
    }

    private static HashSet<string> CheckDuplicates<T>(List<T> items, Func<T, string> id, string path, string what, List<ValidationProblem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(new ValidationProblem(
                    $"roster.duplicate-{what}-id",
                    $"The {what} id '{key}' is used by {path}[{first}] and {path}[{i}]; give each {what} its own id.",
                    Invariant($"{path}[{i}].id"),
                    new[] { key }));
            }
            else
            {
                seen.Add(key, i);
            }
        }

        return new HashSet<string>(seen.Keys, StringComparer.Ordinal);
    }

    private static void CheckTree(List<Unit> units, HashSet<string> unitIds, List<ValidationProblem> problems)
    {
        var parentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.ParentId is null)
            {
                continue;
            }

            if (!unitIds.Contains(unit.ParentId))
            {
                problems.Add(new ValidationProblem(
                    "roster.unknown-parent-unit",
                    $"Unit '{unit.Id}' names parent '{unit.ParentId}', which is not a unit; add the parent unit or correct the parent id.",
                    Invariant($"units[{i}].parentId"),
                    new[] { unit.Id, unit.ParentId }));
            }
            else
            {
                parentOf.TryAdd(unit.Id, unit.ParentId);
            }
        }

        // Each unit has one parent, so following parents from any unit either reaches a root or enters
        // exactly one cycle; colouring visits each unit once and reports each cycle once.
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the current path, 2 = done
        foreach (var start in parentOf.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string>();
            var current = start;
            while (current is not null && !state.ContainsKey(current))
            {
                state[current] = 1;
                path.Add(current);
                current = parentOf.GetValueOrDefault(current);
            }

            if (current is not null && state[current] == 1)
            {
                var cycle = path.Skip(path.IndexOf(current)).ToList();
                var rotate = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
                cycle = cycle.Skip(rotate).Concat(cycle.Take(rotate)).ToList();
                problems.Add(new ValidationProblem(
                    "roster.unit-cycle",
                    $"The units {string.Join(" → ", cycle.Append(cycle[0]))} form a cycle in the tree; make one of them a root or give it another parent.",
                    "units",
                    cycle));
            }

            foreach (var id in path)
            {
                state[id] = 2;
            }
        }
    }

    private static void CheckPosts(List<Post> posts, List<Unit> units, HashSet<string> unitIds, HashSet<string> personIds, List<ValidationProblem> problems)
    {
        var unitById = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            unitById.TryAdd(unit.Id, unit);
        }

        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            if (post.SensitivePost is not null && unitById.TryGetValue(post.UnitId, out var postUnit)
                && !postUnit.SensitivePosts.Contains(post.SensitivePost, StringComparer.Ordinal))
            {
                problems.Add(new ValidationProblem(
                    "roster.unknown-sensitive-post",
                    $"The post of '{post.HolderId}' in unit '{post.UnitId}' covers sensitive post '{post.SensitivePost}', which the unit does not list; add it to the unit's sensitive posts or correct the name.",
                    Invariant($"posts[{i}].sensitivePost"),
                    new[] { post.UnitId, post.HolderId }));
            }

            if (!unitIds.Contains(post.UnitId))
            {
                problems.Add(new ValidationProblem(
                    "roster.unknown-post-unit",
                    $"A {post.Role} post of '{post.HolderId}' names unit '{post.UnitId}', which is not a unit; add the unit or correct the id.",
                    Invariant($"posts[{i}].unitId"),
                    new[] { post.UnitId, post.HolderId }));
            }

            if (!personIds.Contains(post.HolderId))
            {
                problems.Add(new ValidationProblem(
                    "roster.unknown-post-holder",
                    $"The {post.Role} post of unit '{post.UnitId}' names holder '{post.HolderId}', who is not in the roster; add the person or correct the id.",
                    Invariant($"posts[{i}].holderId"),
                    new[] { post.HolderId, post.UnitId }));
            }
        }

        var groups = Enumerable.Range(0, posts.Count)
            .GroupBy(i => (posts[i].UnitId, posts[i].Role));
        foreach (var group in groups)
        {
            var indices = group.ToList();
            for (var a = 0; a < indices.Count; a++)
            {
                for (var b = a + 1; b < indices.Count; b++)
                {
                    var first = posts[indices[a]];
                    var second = posts[indices[b]];
                    if (!Overlap(first.Period, second.Period))
                    {
                        continue;
                    }

                    if (string.Equals(first.HolderId, second.HolderId, StringComparison.Ordinal))
                    {
                        problems.Add(new ValidationProblem(
                            "roster.duplicate-post",
                            $"'{first.HolderId}' holds the {first.Role} post of unit '{first.UnitId}' twice over overlapping periods (posts[{indices[a]}] and posts[{indices[b]}]); merge them into one post.",
                            Invariant($"posts[{indices[b]}]"),
                            new[] { first.UnitId, first.HolderId }));
                    }
                    else if (first.IsHeadPost)
                    {
                        var holders = new[] { first.HolderId, second.HolderId }.Order(StringComparer.Ordinal);
                        problems.Add(new ValidationProblem(
                            "roster.post-held-twice",
                            $"The {first.Role} post of unit '{first.UnitId}' is held by '{first.HolderId}' (posts[{indices[a]}]) and '{second.HolderId}' (posts[{indices[b]}]) at the same time; end one period before the other starts.",
                            Invariant($"posts[{indices[b]}]"),
                            new[] { first.UnitId }.Concat(holders)));
                    }
                }
            }
        }
    }

    private static void CheckLeaders(List<Leader> leaders, List<Post> posts, HashSet<string> unitIds, List<ValidationProblem> problems)
    {
        // Only a head post still held (open-ended) makes a leader the subject of his own talk; a head post
        // with an end date is history, kept so that balancing can recuse him from his former unit's heads.
        var headHolders = posts.Where(p => p.IsHeadPost && p.Period is null).GroupBy(p => p.HolderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.UnitId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < leaders.Count; i++)
        {
            var leader = leaders[i];
            for (var j = 0; j < leader.SupervisedUnitIds.Count; j++)
            {
                var unitId = leader.SupervisedUnitIds[j];
                if (!unitIds.Contains(unitId))
                {
                    problems.Add(new ValidationProblem(
                        "roster.unknown-supervised-unit",
                        $"Leader '{leader.Id}' supervises '{unitId}', which is not a unit; add the unit or remove it from the leader's list.",
                        Invariant($"leaders[{i}].supervisedUnitIds[{j}]"),
                        new[] { leader.Id, unitId }));
                }
            }

            // A duplicated leader id is reported once already; do not report it as a subject twice.
            if (reported.Add(leader.Id) && headHolders.TryGetValue(leader.Id, out var headedUnits))
            {
                problems.Add(new ValidationProblem(
                    "roster.leader-is-subject",
                    $"Leader '{leader.Id}' also holds an open-ended head post of {string.Join(", ", headedUnits.Select(u => "'" + u + "'"))}, so would be the subject of his own talk; give the head post to someone else, end its period when he joined the leadership team, or use a different id for the leader.",
                    Invariant($"leaders[{i}]"),
                    new[] { leader.Id }.Concat(headedUnits)));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
