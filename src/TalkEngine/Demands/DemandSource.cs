namespace TalkEngine.Demands;

/// <summary>Why someone must be talked to: the work a talk demand comes from.</summary>
public enum DemandSource
{
    /// <summary>The annual round with every party and administrative head (年度约谈).</summary>
    Annual = 0,

    /// <summary>An inspection round (巡察): talks on the spot by the inspection team leader.</summary>
    Inspection = 1,

    /// <summary>A low score in the previous year's integrity-inspection satisfaction survey (满意度测评).</summary>
    SatisfactionSurvey = 2,

    /// <summary>A reminder before a holiday (节前).</summary>
    PreHoliday = 3,

    /// <summary>A petition investigation (信访调查).</summary>
    Petition = 4,

    /// <summary>A special governance drive (专项治理).</summary>
    SpecialGovernance = 5,

    /// <summary>A talk before taking up a post (任前谈话).</summary>
    PreAppointment = 6,

    /// <summary>A regular talk with the heads of a high-risk unit, every few months.</summary>
    RiskFrequency = 7,
}
