using TalkEngine.Balancing;
using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Demands;

/// <summary>
/// Dates at the edges: a plan of 2004 (the first year of the calendar data) asks nothing of 2003, and dates near the
/// ends of NodaTime's range are validation problems naming the field, never an overflow. Small fixed inputs only.
/// </summary>
public sealed class DemandDateEdgeTests
{
    private static readonly DateInterval Year2004 = new(new LocalDate(2004, 1, 1), new LocalDate(2004, 12, 31));

    [Fact]
    public void Plan_2004_NeedsNo2003Calendar()
    {
        // EC1 is high-risk, so its head P2 is reminded before every holiday whose window lies in 2004.
        var planner = new TalkPlanner();

        var plan = planner.Plan(new YearInput(new DemandRequest(Create(), Year2004)));

        var reminders = plan.Demands.Demands.Where(d => d.Source == DemandSource.PreHoliday).ToArray();
        reminders.Should().NotBeEmpty();
        reminders.Should().OnlyContain(d => d.Window.Start >= Year2004.Start && d.Window.End <= Year2004.End);
        reminders.Should().NotContain(d => d.Id.Contains("2004-01-01", StringComparison.Ordinal), "New Year's Day 2004 has its reminder window in 2003");
        reminders.Should().Contain(d => d.Id.StartsWith("preholiday-2004-01-22-spring-festival-", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_PlanStartingInAnUncoveredYearsHoliday_StillRefusesTheUncoveredPlanYear()
    {
        // Only years before the plan are forgiven: the plan's own years must still be covered.
        var act = () => new DemandGenerator().Generate(new DemandRequest(Create(), new DateInterval(new LocalDate(2003, 12, 1), new LocalDate(2004, 6, 30))));

        act.Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2003);
    }

    private static DemandGenerator WithoutPreHoliday()
        => new(new DemandOptions { PreHoliday = { Enabled = false } });

    public static TheoryData<string, string> EdgeRequests() => new()
    {
        { "petition-max", "petitions[0].concludedOn" },
        { "petition-min", "petitions[0].concludedOn" },
        { "appointment-min", "appointments[0].effectiveDate" },
        { "appointment-max", "appointments[0].effectiveDate" },
        { "inspection-max", "inspectionRounds[0].onSiteWindow" },
        { "drive-min", "governanceDrives[0].window" },
        { "plan-max", "planPeriod" },
        { "plan-min", "planPeriod" },
        { "reference-min", "referenceDate" },
    };

    [Theory]
    [MemberData(nameof(EdgeRequests))]
    public void Generate_DateNearTheEndsOfTheRange_ProblemNamingTheFieldAndTheRange(string name, string path)
    {
        var min = LocalDate.MinIsoValue;
        var max = LocalDate.MaxIsoValue;
        var plan = name switch
        {
            "plan-max" => new DateInterval(max.PlusDays(-10), max),
            "plan-min" => new DateInterval(min, min.PlusDays(10)),
            _ => Year2017,
        };
        var request = new DemandRequest(Create(), plan)
        {
            Petitions = name switch
            {
                "petition-max" => [new PetitionCase("C1", "P1", max, PetitionFinding.ProblemsFound, "s")],
                "petition-min" => [new PetitionCase("C1", "P1", min, PetitionFinding.ProblemsFound, "s")],
                _ => [],
            },
            Appointments = name switch
            {
                "appointment-min" => [new Appointment("P1", "HQ1", PostRole.AdministrativeHead, min)],
                "appointment-max" => [new Appointment("P1", "HQ1", PostRole.AdministrativeHead, max)],
                _ => [],
            },
            InspectionRounds = name == "inspection-max" ? [new InspectionRound("I1", ["EC1"], "L1", new DateInterval(max.PlusDays(-3), max), [])] : [],
            GovernanceDrives = name == "drive-min" ? [new GovernanceDrive("G1", "drive", new DateInterval(min, min.PlusDays(3)), ["EC1"], [])] : [],
            ReferenceDate = name == "reference-min" ? min : null,
        };

        var act = () => WithoutPreHoliday().Generate(request);

        var ex = act.Should().Throw<TalkEngineValidationException>().Which;
        ex.ErrorCode.Should().Be(DemandGenerator.ValidationErrorCode);
        ex.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(
            p => p.Code == "demands.date-out-of-range" && p.Path == path && p.Message.Contains("0001-01-01..9998-12-31"));
    }

    [Fact]
    public void Generate_DatesAtTheEdgesOfTheAllowedRange_WindowsComputedWithoutOverflow()
    {
        var request = new DemandRequest(Create(), new DateInterval(new LocalDate(9998, 1, 1), new LocalDate(9998, 12, 31)))
        {
            Petitions = [new PetitionCase("C1", "P1", new LocalDate(9998, 12, 31), PetitionFinding.ProblemsFound, "s")],
            Appointments = [new Appointment("P5", "HQ1", PostRole.AdministrativeHead, new LocalDate(9998, 1, 1))],
        };
        var options = new DemandOptions { PreHoliday = { Enabled = false }, Petition = { WindowDays = 366 }, PreAppointment = { DaysBefore = 366 } };

        var demands = new DemandGenerator(options).Generate(request);

        demands.Demands.Single(d => d.Source == DemandSource.Petition).Window.End.Should().Be(new LocalDate(9999, 12, 31));
        var appointment = demands.Demands.Single(d => d.Source == DemandSource.PreAppointment).Window;
        (appointment.Start, appointment.End).Should().Be((new LocalDate(9996, 12, 31), new LocalDate(9997, 12, 31)));
    }

    [Fact]
    public void Balance_DemandWindowAtTheStartOfTime_LookBackClampedNotOverflowing()
    {
        var window = new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(30));
        var demands = new DemandSet([Demand("P1", "HQ1", window: window)]);

        var plan = new LeaderBalancer(new BalancingOptions { RecentHeadshipLookback = Period.FromYears(100) }).Balance(Create(), demands);

        plan.Assignments.Should().ContainSingle();
    }

    [Theory]
    [InlineData(0L, 0)]
    [InlineData(long.MaxValue, 1)]
    [InlineData(long.MinValue, -1)]
    [InlineData(5L, 1)]
    [InlineData(-5L, -1)]
    public void SafeDates_PlusDaysClamped_StaysInRange(long days, int edge)
    {
        var from = edge >= 0 ? LocalDate.MaxIsoValue.PlusDays(-2) : LocalDate.MinIsoValue.PlusDays(2);
        var result = SafeDates.PlusDaysClamped(from, days);

        result.Should().Be(edge switch { 1 => LocalDate.MaxIsoValue, -1 => LocalDate.MinIsoValue, _ => from });
        SafeDates.PlusDaysClamped(new LocalDate(2017, 1, 1), 30).Should().Be(new LocalDate(2017, 1, 31));
        SafeDates.MinusClamped(new LocalDate(2017, 1, 1), Period.FromYears(20_000)).Should().Be(LocalDate.MinIsoValue);
        SafeDates.MinusClamped(new LocalDate(2017, 1, 1), Period.FromYears(3)).Should().Be(new LocalDate(2014, 1, 1));
    }
}
