using NodaTime.Testing;
using TalkEngine.Demands;
using TalkEngine.Planning;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Scheduling;

namespace TalkEngine.ICalendar.Tests;

/// <summary>The 2017 example planned and scheduled once (two rooms, so that in-person talks have a LOCATION).</summary>
internal static class Example2017
{
    public static readonly string[] Rooms = ["第一会议室", "第二会议室"];

    private static readonly Lazy<(ExampleDataset Dataset, YearPlan Plan, TalkSchedule Schedule)> Value = new(Build);

    public static ExampleDataset Dataset => Value.Value.Dataset;

    public static YearPlan Plan => Value.Value.Plan;

    public static TalkSchedule Schedule => Value.Value.Schedule;

    public static (YearPlan Plan, TalkSchedule Schedule) BuildFresh()
    {
        var (_, plan, schedule) = Build();
        return (plan, schedule);
    }

    private static (ExampleDataset, YearPlan, TalkSchedule) Build()
    {
        var dataset = ExampleDatasetLoader.Load(ExampleDataset.DefaultPath);
        var options = new TalkEngineOptions();
        ExampleDataset.WithSources(options.Demands, dataset.Sources);
        var planner = new TalkPlanner(options, new FakeClock(Instant.FromUtc(2018, 1, 15, 2, 0)));
        var plan = planner.Plan(new YearInput(dataset.CreateRequest()));
        var schedule = new TalkScheduler().SchedulePlan(plan, rooms: Rooms);
        return (dataset, plan, schedule);
    }

    /// <summary>Every evidence, style and mode reason of the plan's demands, rendered in both languages.</summary>
    public static IReadOnlyList<string> SensitiveTexts(YearPlan plan)
    {
        var texts = new List<string>();
        foreach (var renderer in new[] { TextRenderer.SimplifiedChinese, TextRenderer.English })
        {
            foreach (var demand in plan.Demands.Demands)
            {
                texts.AddRange(demand.Evidence.Select(e => renderer.Render(e.Description)));
                texts.Add(renderer.Render(demand.StyleReason));
                texts.Add(renderer.Render(demand.ModeReason));
            }
        }

        return texts.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static IEnumerable<TalkDemand> DemandsWithScores(YearPlan plan)
        => plan.Demands.Demands.Where(d => d.Evidence.Any(e => e.Score is not null));
}
