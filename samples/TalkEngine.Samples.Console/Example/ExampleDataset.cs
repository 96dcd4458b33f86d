using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>A roster file loaded and checked: the roster, the work that makes demands, the policies, and the records.</summary>
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
    /// <summary>The petition cases concluded in the period (the file's <c>petitions</c>).</summary>
    public IReadOnlyList<PetitionCase> Petitions { get; init; } = [];

    /// <summary>The special governance drives of the period (the file's <c>governanceDrives</c>).</summary>
    public IReadOnlyList<GovernanceDrive> GovernanceDrives { get; init; } = [];

    /// <summary>The appointments taking effect in the period (the file's <c>appointments</c>).</summary>
    public IReadOnlyList<Appointment> Appointments { get; init; } = [];

    /// <summary>What happened to each subject's written report (the file's <c>materials</c>).</summary>
    public IReadOnlyList<TalkEngine.Content.ReportMaterial> Materials { get; init; } = [];

    /// <summary>The package's catalogue extended by the file's <c>catalogue</c>; <see langword="null"/> for the package's own.</summary>
    public TalkEngine.Content.ContentCatalogue? Catalogue { get; init; }

    /// <summary>The date the annual round reads posts on (the file's <c>referenceDate</c>); the period's last day when absent.</summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>The policies of the sources (the file's <c>policies</c>; the library's defaults where it says nothing), with <see cref="Sources"/> switched on and the rest off.</summary>
    public DemandOptions Policies { get; init; } = WithSources(new DemandOptions(), System.Enum.GetValues<DemandSource>().ToHashSet());

    /// <summary>Whether the organisation ran talks from <paramref name="source"/> in the period (the file's <c>sources</c>; all when absent).</summary>
    public bool Runs(DemandSource source) => Sources.Contains(source);

    /// <summary>The request the library plans the year from.</summary>
    public DemandRequest CreateRequest() => new(Roster, Period)
    {
        ReferenceDate = ReferenceDate,
        InspectionRounds = InspectionRounds,
        Survey = Survey,
        Petitions = Petitions,
        GovernanceDrives = GovernanceDrives,
        Appointments = Appointments,
    };

    /// <summary>
    /// Sets <paramref name="options"/>' sources to the file's <see cref="Sources"/>: on for the sources the organisation
    /// ran that year, off for the rest (the one place that does it: the loader's <see cref="Policies"/>, the planner's
    /// tests and the planner benchmark all go through <see cref="WithSources"/>). Returns <paramref name="options"/>.
    /// </summary>
    public DemandOptions ConfigureSources(DemandOptions options) => WithSources(options, Sources);

    /// <summary>
    /// Switches on the sources the organisation ran that year and off the rest, so that, for 2017, no risk-frequency
    /// or pre-holiday talks are expected that the account never held.
    /// </summary>
    public static DemandOptions WithSources(DemandOptions options, IReadOnlySet<DemandSource> sources)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Annual.Enabled = sources.Contains(DemandSource.Annual);
        options.Inspection.Enabled = sources.Contains(DemandSource.Inspection);
        options.Survey.Enabled = sources.Contains(DemandSource.SatisfactionSurvey);
        options.PreHoliday.Enabled = sources.Contains(DemandSource.PreHoliday);
        options.Petition.Enabled = sources.Contains(DemandSource.Petition);
        options.Governance.Enabled = sources.Contains(DemandSource.SpecialGovernance);
        options.PreAppointment.Enabled = sources.Contains(DemandSource.PreAppointment);
        options.RiskFrequency.Enabled = sources.Contains(DemandSource.RiskFrequency);
        return options;
    }

    /// <summary>The dataset shipped with the sample: the 2017 example.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "example-2017.json");
}
