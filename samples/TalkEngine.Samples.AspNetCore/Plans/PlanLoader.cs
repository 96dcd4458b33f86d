using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Planning;
using TalkEngine.Records;
using TalkEngine.Scheduling;
using TalkEngine.Samples.AspNetCore.Records;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Samples.AspNetCore.Plans;

/// <summary>
/// Turns a stored roster file into its year's plan. Planning is deterministic, so the plan is not stored: the input is,
/// and the plan is made again from it once per process (cached by plan id; a plan's input never changes). The planner
/// runs with the host's configured TalkEngine options (language, time zone, calendar, balancing, coverage) and the
/// file's own source policies, as the sample console does: the file says which sources the organisation ran.
/// </summary>
internal sealed class PlanLoader(IOptions<TalkEngineOptions> options, IClock clock, ILoggerFactory loggerFactory, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<int, Lazy<LoadedPlan>> _plans = new();

    // The current records of a plan as a checked store, kept for reads (coverage, summary) while the chain's head is the
    // same: a write moves the head, and the next read builds the store again. Reads share it; nothing writes to it.
    private readonly ConcurrentDictionary<int, (string Head, TalkRecordStore Store)> _stores = new();

    // The coverage document of a plan, serialized once per (chain head, today): many readers of an unchanged year get
    // the same bytes without measuring again; a new record moves the head and a new day the projection.
    private readonly ConcurrentDictionary<(int PlanId, bool Totals), (string Head, LocalDate Today, Lazy<byte[]> Json)> _coverage = new();

    public OutputLanguage Language => options.Value.Language;

    /// <summary>The plan's coverage as JSON (the full report or the totals) at chain head <paramref name="head"/> on <paramref name="today"/>, measured once per pair.</summary>
    public byte[] CoverageJson(int planId, string head, LocalDate today, bool totals, Func<byte[]> measure)
    {
        var entry = _coverage.AddOrUpdate(
            (planId, totals),
            _ => (head, today, new Lazy<byte[]>(measure)),
            (_, cached) => string.Equals(cached.Head, head, StringComparison.Ordinal) && cached.Today == today ? cached : (head, today, new Lazy<byte[]>(measure)));
        return entry.Json.Value;
    }

    /// <summary>
    /// Puts a plan made elsewhere in the cache, and optionally its records' store at chain head <paramref name="head"/>:
    /// the load test's 100,000-person year, which is not posted as a file.
    /// </summary>
    internal void Preload(int planId, LoadedPlan loaded, string? head = null, TalkRecordStore? store = null)
    {
        _plans[planId] = new Lazy<LoadedPlan>(loaded);
        if (head is not null && store is not null)
        {
            _stores[planId] = (head, store);
        }
    }

    /// <summary>The planner a file's plan is made with: the host's configured options and the file's source policies.</summary>
    internal TalkPlanner PlannerFor(DemandOptions policies)
    {
        var configured = options.Value;
        return new TalkPlanner(
            new TalkEngineOptions
            {
                Language = configured.Language,
                TimeZoneId = configured.TimeZoneId,
                Calendar = configured.Calendar,
                Balancing = configured.Balancing,
                Coverage = configured.Coverage,
                Scheduling = configured.Scheduling,
                Content = configured.Content,
                Planning = configured.Planning,
                Demands = policies,
            },
            clock,
            loggerFactory);
    }

    /// <summary>A dataset's plan made with <paramref name="planner"/>, scheduled on first use.</summary>
    internal LoadedPlan Wrap(ExampleDataset dataset, TalkPlanner planner, YearPlan plan)
    {
        var rooms = Rooms;
        return new LoadedPlan(dataset, planner, plan)
        {
            // Scheduled on first read, once per process (deterministic, like the plan).
            Schedule = new Lazy<TalkSchedule>(() => planner.Schedule(plan, new SchedulingInput(rooms: rooms))),
        };
    }

    /// <summary>Reads and plans a posted roster file; throws <see cref="TalkEngineValidationException"/> with every problem.</summary>
    public LoadedPlan Load(byte[] utf8)
    {
        var dataset = ExampleDatasetLoader.Parse(utf8, "request body", Language);
        return Plan(dataset);
    }

    /// <summary>The plan of a stored input (made once per process).</summary>
    public LoadedPlan Get(int planId, string input)
        => _plans.GetOrAdd(planId, _ => new Lazy<LoadedPlan>(() => Plan(ExampleDatasetLoader.Parse(input, "stored plan input", Language)))).Value;

    /// <summary>The plan of a stored input, reading the input only when the plan is not made yet (a large roster file is not read per request).</summary>
    public async Task<LoadedPlan> GetAsync(int planId, Func<Task<string>> input)
        => _plans.TryGetValue(planId, out var cached) ? cached.Value : Get(planId, await input());

    /// <summary>The store of a plan's current records at chain head <paramref name="head"/>, built once per head.</summary>
    public async Task<TalkRecordStore> CurrentStore(int planId, string head, LoadedPlan loaded, Func<Task<IEnumerable<string>>> currentContents)
    {
        if (_stores.TryGetValue(planId, out var cached) && string.Equals(cached.Head, head, StringComparison.Ordinal))
        {
            return cached.Store;
        }

        var store = loaded.Plan.CreateRecordStore();
        store.AddRange(RecordJson.Read(await currentContents()));
        _stores[planId] = (head, store);
        return store;
    }

    private LoadedPlan Plan(ExampleDataset dataset)
    {
        var planner = PlannerFor(dataset.Policies);
        return Wrap(dataset, planner, planner.Plan(new YearInput(dataset.CreateRequest()) { Catalogue = dataset.Catalogue }));
    }

    /// <summary>The rooms for in-person talks (configuration <c>Host:Rooms</c>; none: rooms are not planned).</summary>
    private IReadOnlyList<string> Rooms => configuration.GetSection("Host:Rooms").Get<string[]>() ?? [];
}

/// <summary>A roster file, the planner configured for it, and the year's plan made from it.</summary>
internal sealed record LoadedPlan(ExampleDataset Dataset, TalkPlanner Planner, YearPlan Plan)
{
    /// <summary>The plan's talks on days and hours, made on first use.</summary>
    public required Lazy<TalkSchedule> Schedule { get; init; }
}
