using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>A roster file loaded and checked: the roster, the work that makes demands, and the records.</summary>
internal sealed record ExampleDataset(
    string Name,
    DateInterval Period,
    IReadOnlySet<DemandSource> Sources,
    Roster Roster,
    IReadOnlyDictionary<string, string> LeaderTitles,
    IReadOnlyList<InspectionRound> InspectionRounds,
    SatisfactionSurvey? Survey,
    IReadOnlyList<TalkRecord> Records,
    IReadOnlyList<string> ReportsReceived)
{
    /// <summary>Whether the organisation ran talks from <paramref name="source"/> in the period (the file's <c>sources</c>; all when absent).</summary>
    public bool Runs(DemandSource source) => Sources.Contains(source);

    /// <summary>The dataset shipped with the sample: the 2017 example.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "example-2017.json");
}
