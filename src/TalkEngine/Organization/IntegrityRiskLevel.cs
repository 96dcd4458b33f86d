namespace TalkEngine.Organization;

/// <summary>The integrity risk (廉洁风险) of a unit; higher-risk units are talked to more often.</summary>
public enum IntegrityRiskLevel
{
    /// <summary>Low risk.</summary>
    Low = 0,

    /// <summary>Medium risk.</summary>
    Medium = 1,

    /// <summary>High risk: pre-holiday reminders and talks every few months.</summary>
    High = 2,
}
