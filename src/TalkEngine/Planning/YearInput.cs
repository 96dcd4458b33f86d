using NodaTime;
using TalkEngine.Balancing;
using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Planning;

/// <summary>
/// What <see cref="TalkPlanner.Plan"/> needs to plan a year: the work that makes demands (the roster, the plan
/// period, inspection rounds, the survey, petitions, drives, appointments) and the facts about the leaders that
/// the roster does not hold (capacities, absences, recusals, the previous plan). Immutable.
/// </summary>
public sealed record YearInput
{
    /// <summary>Creates the input of a year.</summary>
    /// <param name="demands">The roster, the plan period and the work that makes demands.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="demands"/> is null.</exception>
    public YearInput(DemandRequest demands)
    {
        Demands = Guard.NotNull(demands);
    }

    /// <summary>The roster, the plan period and the work that makes demands.</summary>
    public DemandRequest Demands { get; }

    /// <summary>Per-leader settings, recusals, the previous plan and extra rules; <see langword="null"/> for none.</summary>
    public BalancingInput? Balancing { get; init; }

    /// <summary>The catalogue the plan's outlines select from; <see langword="null"/> for the planner's (from <c>TalkEngine:Content</c>, by default <see cref="ContentCatalogue.Default"/>).</summary>
    public ContentCatalogue? Catalogue { get; init; }

    /// <summary>The roster (from <see cref="Demands"/>).</summary>
    public Roster Roster => Demands.Roster;

    /// <summary>The plan period (from <see cref="Demands"/>).</summary>
    public DateInterval Period => Demands.PlanPeriod;
}
