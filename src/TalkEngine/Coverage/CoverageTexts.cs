namespace TalkEngine.Coverage;

/// <summary>The texts of the coverage reason codes (<c>coverage.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
/// <remarks>
/// Besides the rate, the names the year's summary uses in running text: a source's talks, a status, a leader role
/// with its article, a unit kind in the plural; each code ends with the enum's (or unit kind's) code.
/// </remarks>
internal static class CoverageTexts
{
    public const string Rate = "coverage.rate";
    public const string RateNotApplicable = "coverage.rate-not-applicable";
    public const string SourceTalks = "coverage.source-talks.";
    public const string Status = "coverage.status.";
    public const string LeaderRole = "coverage.leader-role.";
    public const string UnitKinds = "coverage.unit-kinds.";

    public static readonly TextTemplate[] All =
    [
        new(Rate, "{percent}%", "{percent}%"),
        new(RateNotApplicable, "不适用", "not applicable"),
        new(SourceTalks + "annual", "年度约谈", "annual talks"),
        new(SourceTalks + "inspection", "巡察约谈", "inspection talks"),
        new(SourceTalks + "satisfaction-survey", "满意度测评约谈", "satisfaction-survey talks"),
        new(SourceTalks + "pre-holiday", "节前提醒约谈", "pre-holiday reminder talks"),
        new(SourceTalks + "petition", "信访调查约谈", "petition-investigation talks"),
        new(SourceTalks + "special-governance", "专项治理约谈", "special-governance talks"),
        new(SourceTalks + "pre-appointment", "任前谈话", "pre-appointment talks"),
        new(SourceTalks + "risk-frequency", "高风险单位定期约谈", "regular talks with high-risk units"),
        new(Status + "active", "在岗", "active"),
        new(Status + "seconded", "借调", "seconded"),
        new(Status + "on-leave", "休假", "on leave"),
        new(Status + "post-vacant", "岗位空缺", "post vacant"),
        new(Status + "newly-appointed", "新任职", "newly appointed"),
        new(Status + "left", "离职", "left"),
        new(LeaderRole + "party-secretary", "党委书记", "the Party secretary"),
        new(LeaderRole + "general-manager", "总经理", "the general manager"),
        new(LeaderRole + "discipline-secretary", "纪委书记", "the discipline secretary"),
        new(LeaderRole + "deputy-general-manager", "副总经理", "a deputy general manager"),
        new(LeaderRole + "chief-engineer", "总工程师", "the chief engineer"),
        new(LeaderRole + "chief-accountant", "总会计师", "the chief accountant"),
        new(LeaderRole + "deputy", "领导班子副职", "a deputy"),
        new(LeaderRole + "other", "领导班子成员", "a leader"),
        new(UnitKinds + "hq-department", "本部部门", "HQ departments"),
        new(UnitKinds + "engineering-company", "工程公司", "engineering companies"),
        new(UnitKinds + "subsidiary", "子公司", "subsidiaries"),
        new(UnitKinds + "specialized-company", "专业公司", "specialised companies"),
        new(UnitKinds + "second-level-unit", "二级单位", "second-level units"),
    ];
}
