using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Coverage;

/// <summary>Names for people, in simplified Chinese and English, used by the summary.</summary>
internal static class CoverageLabels
{
    public static string Source(DemandSource source, OutputLanguage language) => language == OutputLanguage.English
        ? source switch
        {
            DemandSource.Annual => "annual talks",
            DemandSource.Inspection => "inspection talks",
            DemandSource.SatisfactionSurvey => "satisfaction-survey talks",
            DemandSource.PreHoliday => "pre-holiday reminder talks",
            DemandSource.Petition => "petition-investigation talks",
            DemandSource.SpecialGovernance => "special-governance talks",
            DemandSource.PreAppointment => "pre-appointment talks",
            DemandSource.RiskFrequency => "regular talks with high-risk units",
            _ => source.ToString(),
        }
        : source switch
        {
            DemandSource.Annual => "年度约谈",
            DemandSource.Inspection => "巡察约谈",
            DemandSource.SatisfactionSurvey => "满意度测评约谈",
            DemandSource.PreHoliday => "节前提醒约谈",
            DemandSource.Petition => "信访调查约谈",
            DemandSource.SpecialGovernance => "专项治理约谈",
            DemandSource.PreAppointment => "任前谈话",
            DemandSource.RiskFrequency => "高风险单位定期约谈",
            _ => source.ToString(),
        };

    /// <summary>English plural of a unit kind for running text; a host's own kind uses its display name.</summary>
    public static string KindPlural(UnitKind kind) => kind.Code switch
    {
        "hq-department" => "HQ departments",
        "engineering-company" => "engineering companies",
        "subsidiary" => "subsidiaries",
        "specialized-company" => "specialised companies",
        "second-level-unit" => "second-level units",
        _ => kind.DisplayName(OutputLanguage.English),
    };

    public static string Status(PersonStatusKind status, OutputLanguage language) => language == OutputLanguage.English
        ? status switch
        {
            PersonStatusKind.Seconded => "seconded",
            PersonStatusKind.OnLeave => "on leave",
            PersonStatusKind.PostVacant => "post vacant",
            PersonStatusKind.NewlyAppointed => "newly appointed",
            PersonStatusKind.Left => "left",
            _ => "active",
        }
        : status switch
        {
            PersonStatusKind.Seconded => "借调",
            PersonStatusKind.OnLeave => "休假",
            PersonStatusKind.PostVacant => "岗位空缺",
            PersonStatusKind.NewlyAppointed => "新任职",
            PersonStatusKind.Left => "离职",
            _ => "在岗",
        };

    public static string Role(LeaderRole role, OutputLanguage language) => language == OutputLanguage.English
        ? role switch
        {
            LeaderRole.PartySecretary => "the Party secretary",
            LeaderRole.GeneralManager => "the general manager",
            LeaderRole.DisciplineSecretary => "the discipline secretary",
            LeaderRole.DeputyGeneralManager => "a deputy general manager",
            LeaderRole.ChiefEngineer => "the chief engineer",
            LeaderRole.ChiefAccountant => "the chief accountant",
            LeaderRole.Deputy => "a deputy",
            _ => "a leader",
        }
        : role switch
        {
            LeaderRole.PartySecretary => "党委书记",
            LeaderRole.GeneralManager => "总经理",
            LeaderRole.DisciplineSecretary => "纪委书记",
            LeaderRole.DeputyGeneralManager => "副总经理",
            LeaderRole.ChiefEngineer => "总工程师",
            LeaderRole.ChiefAccountant => "总会计师",
            LeaderRole.Deputy => "领导班子副职",
            _ => "领导班子成员",
        };
}
