namespace TalkEngine.Balancing;

/// <summary>The reason codes balancing returns (texts in <see cref="BalancingTexts"/>).</summary>
internal static class BalancingCodes
{
    // Why this leader: the source fixed him (and on which basis), the previous plan, the supervising leader.
    public const string FixedBySource = "balancing.fixed-by-source";
    public const string FixedBasisTeamLeader = "balancing.fixed-basis.inspection-team-leader";
    public const string FixedBasisRole = "balancing.fixed-basis.role";
    public const string FixedBasisNamed = "balancing.fixed-basis.named";
    public const string KeptFromPreviousPlan = "balancing.kept-from-previous-plan";
    public const string SupervisingLeader = "balancing.supervising-leader";

    // How his load compares with the other eligible leaders' (one of these per balanced assignment).
    public const string OnlyEligible = "balancing.only-eligible";
    public const string EvenSplit = "balancing.even-split";
    public const string NearEvenSplit = "balancing.near-even-split";
    public const string LeastLoaded = "balancing.least-loaded";
    public const string BalancedSpread = "balancing.balanced-spread";
    public const string LighterLeadersFull = "balancing.lighter-leaders-full";
    public const string WeightedSpread = "balancing.weighted-spread";

    // Why not a supervising leader who was not chosen (one per such leader, one per rule that excludes him).
    public const string SupervisorExcluded = "balancing.supervisor-excluded";
    public const string SupervisorFull = "balancing.supervisor-full";
    public const string SupervisorBusier = "balancing.supervisor-busier";
    public const string SupervisorTie = "balancing.supervisor-tie";

    // Why a leader is not eligible (exclusions).
    public const string LacksRole = "balancing.lacks-role";
    public const string IsSubject = "balancing.is-subject";
    public const string Recused = "balancing.recused";
    public const string HeadedUnit = "balancing.headed-unit";
    public const string OpenCase = "balancing.open-case";
    public const string Unavailable = "balancing.unavailable";

    // What cannot be served.
    public const string NoEligibleLeader = "balancing.no-eligible-leader";
    public const string CapacityShortage = "balancing.capacity-shortage";
    public const string HallWitness = "balancing.hall-witness";
}
