namespace TalkEngine.Balancing.Solver;

/// <summary>Why a job (or demand) could not be served.</summary>
public enum UnservedCause
{
    /// <summary>No worker is eligible for it.</summary>
    NoEligibleWorker = 0,

    /// <summary>Its eligible workers are all full: it belongs to a Hall witness whose demands exceed their workers' capacity.</summary>
    CapacityShortage = 1,
}
