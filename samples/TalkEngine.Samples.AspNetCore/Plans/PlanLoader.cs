using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NodaTime;
using TalkEngine.Planning;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Samples.AspNetCore.Plans;

/// <summary>
/// Turns a stored roster file into its year's plan. Planning is deterministic, so the plan is not stored: the input is,
/// and the plan is made again from it once per process (cached by plan id; a plan's input never changes). The planner
/// runs with the host's configured TalkEngine options (language, time zone, calendar, balancing, coverage) and the
/// file's own source policies, as the sample console does: the file says which sources the organisation ran.
/// </summary>
internal sealed class PlanLoader(IOptions<TalkEngineOptions> options, IClock clock, ILoggerFactory loggerFactory)
{
    private readonly ConcurrentDictionary<int, Lazy<LoadedPlan>> _plans = new();

    public OutputLanguage Language => options.Value.Language;

    /// <summary>Reads and plans a posted roster file; throws <see cref="TalkEngineValidationException"/> with every problem.</summary>
    public LoadedPlan Load(byte[] utf8)
    {
        var dataset = ExampleDatasetLoader.Parse(utf8, "request body", Language);
        return Plan(dataset);
    }

    /// <summary>The plan of a stored input (made once per process).</summary>
    public LoadedPlan Get(int planId, string input)
        => _plans.GetOrAdd(planId, _ => new Lazy<LoadedPlan>(() => Plan(ExampleDatasetLoader.Parse(input, "stored plan input", Language)))).Value;

    private LoadedPlan Plan(ExampleDataset dataset)
    {
        var configured = options.Value;
        var planner = new TalkPlanner(
            new TalkEngineOptions
            {
                Language = configured.Language,
                TimeZoneId = configured.TimeZoneId,
                Calendar = configured.Calendar,
                Balancing = configured.Balancing,
                Coverage = configured.Coverage,
                Demands = dataset.Policies,
            },
            clock,
            loggerFactory);
        return new LoadedPlan(dataset, planner, planner.Plan(new YearInput(dataset.CreateRequest())));
    }
}

/// <summary>A roster file, the planner configured for it, and the year's plan made from it.</summary>
internal sealed record LoadedPlan(ExampleDataset Dataset, TalkPlanner Planner, YearPlan Plan);
