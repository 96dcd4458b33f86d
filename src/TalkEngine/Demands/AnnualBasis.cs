namespace TalkEngine.Demands;

/// <summary>Which days the annual round reads posts and statuses on.</summary>
public enum AnnualBasis
{
    /// <summary>
    /// The heads holding a head post on the reference date (by default the last day of the plan period);
    /// a head is excluded when an excluded status covers that date.
    /// </summary>
    ReferenceDate = 0,

    /// <summary>
    /// Everyone holding a head post on any day of the plan period; a head is excluded when excluded
    /// statuses cover every day he or she holds the post in the period.
    /// </summary>
    PlanPeriod = 1,
}
