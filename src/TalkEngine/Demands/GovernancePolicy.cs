namespace TalkEngine.Demands;

/// <summary>Talks with everyone in the scope of a special governance drive (专项治理), in the drive's window.</summary>
public sealed class GovernancePolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The style. Default: warning (警示式): a drive targets a named problem, with its cases.</summary>
    public TalkStyle Style { get; set; } = TalkStyle.Warning;
}
