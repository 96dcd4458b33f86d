using System;

namespace TalkEngine.Balancing;

/// <summary>Whether a leader may hold a demand's talk, and if not why.</summary>
public readonly record struct EligibilityVerdict
{
    private EligibilityVerdict(bool isEligible, Reason? reason)
    {
        IsEligible = isEligible;
        Reason = reason;
    }

    /// <summary>The leader may hold the talk.</summary>
    public static EligibilityVerdict Eligible { get; } = new(true, null);

    /// <summary>Whether the leader may hold the talk.</summary>
    public bool IsEligible { get; }

    /// <summary>Why not (a code with arguments, such as <c>host.same-project</c>), or <see langword="null"/> when eligible.</summary>
    public Reason? Reason { get; }

    /// <summary>The leader may not hold the talk.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    public static EligibilityVerdict Ineligible(Reason reason) => new(false, Guard.NotNull(reason));
}
