namespace TalkEngine.Records;

/// <summary>How a commitment made in an earlier talk turned out, as a later talk reviewed it.</summary>
public enum CommitmentOutcome
{
    /// <summary>Fulfilled (已兑现).</summary>
    Fulfilled = 0,

    /// <summary>Partly fulfilled (部分兑现).</summary>
    Partly = 1,

    /// <summary>Not fulfilled (未兑现).</summary>
    NotFulfilled = 2,
}
