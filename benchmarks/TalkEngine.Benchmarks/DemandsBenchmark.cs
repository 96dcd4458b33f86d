using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Benchmarks;

/// <summary>
/// All demands for a 100,000-person organisation with every source active (target: under 200 ms).
/// The organisation is generated deterministically: 20 HQ departments and 200 companies with 50
/// second-level units each (10,220 units), two heads per unit (one in ten 一肩挑), deputies up to
/// 100,000 people, one unit in ten high-risk with a sensitive procurement post, 1% seconded, 0.5% left.
/// Sources: 10 inspection rounds of 50 units, a survey of the 200 companies, 500 petitions, 3 drives,
/// 1,000 appointments, the 2017 mainland-China calendar.
/// </summary>
[MemoryDiagnoser]
public class DemandsBenchmark
{
    private DemandRequest _request = null!;
    private DemandGenerator _annualOnly = null!;
    private DemandGenerator _all = null!;

    [Params(100_000)]
    public int People { get; set; }

    [Params(OverlapHandling.KeepApart, OverlapHandling.Merge)]
    public OverlapHandling Overlaps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _request = BuildRequest(People);
        var annual = new DemandOptions();
        annual.Inspection.Enabled = annual.Survey.Enabled = annual.PreHoliday.Enabled = annual.Petition.Enabled = false;
        annual.Governance.Enabled = annual.PreAppointment.Enabled = annual.RiskFrequency.Enabled = false;
        _annualOnly = new DemandGenerator(annual, WorkingCalendar.MainlandChina);
        _all = new DemandGenerator(new DemandOptions { Overlaps = Overlaps }, WorkingCalendar.MainlandChina);
    }

    [Benchmark(Baseline = true)]
    public int AnnualOnly() => _annualOnly.Generate(_request).Demands.Count;

    [Benchmark]
    public int AllSources() => _all.Generate(_request).Demands.Count;

    /// <summary>The generated organisation (<see cref="GroupOrganisation.Build"/>).</summary>
    internal static DemandRequest BuildRequest(int peopleCount) => GroupOrganisation.Build(peopleCount);
}
