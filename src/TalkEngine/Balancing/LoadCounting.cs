namespace TalkEngine.Balancing;

/// <summary>Which talks count in a leader's load (and against his capacity).</summary>
public enum LoadCounting
{
    /// <summary>Only the demands being assigned (the account's "about 3 heads each").</summary>
    AssignedOnly = 0,

    /// <summary>Every demand, the ones whose leader the source fixes included.</summary>
    AllDemands = 1,
}
