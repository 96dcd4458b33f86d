using TalkEngine.Balancing;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Records;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// The example end to end: the roster file → demands from every source in it → records checked and
/// counted → coverage, good practices and the year's summary; and the year's demands balanced over the
/// leadership team (only the talks without a source-fixed talker count in the loads, the account's "about 3 each"). Nothing here knows the 2017 figures:
/// they come out of the library from the data.
/// </summary>
internal sealed record ExampleRun(
    ExampleDataset Dataset,
    DemandSet Demands,
    CoverageReport Coverage,
    GoodPracticeDigest GoodPractices,
    YearSummary Summary,
    BalancingPlan Balance)
{
    public static ExampleRun Execute(ExampleDataset dataset, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var request = new DemandRequest(dataset.Roster, dataset.Period)
        {
            InspectionRounds = dataset.InspectionRounds,
            Survey = dataset.Survey,
        };
        // The sources the organisation ran that year (the file's "sources"); the rest stay off, so
        // that, for 2017, no risk-frequency or pre-holiday talks are expected that the account never held.
        var options = new DemandOptions();
        options.Annual.Enabled = dataset.Runs(DemandSource.Annual);
        options.Inspection.Enabled = dataset.Runs(DemandSource.Inspection);
        options.Survey.Enabled = dataset.Runs(DemandSource.SatisfactionSurvey);
        options.PreHoliday.Enabled = dataset.Runs(DemandSource.PreHoliday);
        options.Petition.Enabled = dataset.Runs(DemandSource.Petition);
        options.Governance.Enabled = dataset.Runs(DemandSource.SpecialGovernance);
        options.PreAppointment.Enabled = dataset.Runs(DemandSource.PreAppointment);
        options.RiskFrequency.Enabled = dataset.Runs(DemandSource.RiskFrequency);
        var demands = new DemandGenerator(options).Generate(request);
        var coverage = new CoverageCalculator().Compute(dataset.Roster, demands, dataset.Records, dataset.Period);
        var practices = GoodPracticeCompiler.Compile(coverage.Validation, dataset.Period);
        var reports = dataset.ReportsReceived.Distinct(StringComparer.Ordinal).Count();
        var summary = new YearSummaryWriter(language).Write(coverage, practices, reports);
        var balance = new LeaderBalancer().Balance(dataset.Roster, demands);
        return new ExampleRun(dataset, demands, coverage, practices, summary, balance);
    }
}
