namespace TalkEngine.Balancing;

/// <summary>The reason codes balancing returns (texts in <see cref="BalancingTexts"/>).</summary>
internal static class BalancingCodes
{
    public const string FixedBySource = "balancing.fixed-by-source";
    public const string KeptFromPreviousPlan = "balancing.kept-from-previous-plan";
    public const string SupervisingLeader = "balancing.supervising-leader";
    public const string LeastLoaded = "balancing.least-loaded";
    public const string BalancedSpread = "balancing.balanced-spread";
    public const string LacksRole = "balancing.lacks-role";
    public const string IsSubject = "balancing.is-subject";
    public const string Recused = "balancing.recused";
    public const string HeadedUnit = "balancing.headed-unit";
    public const string OpenCase = "balancing.open-case";
    public const string Unavailable = "balancing.unavailable";
    public const string NoEligibleLeader = "balancing.no-eligible-leader";
    public const string CapacityShortage = "balancing.capacity-shortage";
    public const string HallWitness = "balancing.hall-witness";
}
