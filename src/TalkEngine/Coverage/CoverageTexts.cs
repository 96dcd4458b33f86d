namespace TalkEngine.Coverage;

/// <summary>The texts of the coverage reason codes (<c>coverage.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
/// <remarks>
/// Besides the rate, the year's summary (<c>coverage.summary.*</c>, built by <see cref="YearSummaryBuilder"/>): each code is
/// one clause of a paragraph, with its figures as arguments. A clause that continues a sentence begins with what joins it to
/// the clause before (<c>；</c> / <c>; </c>, or <c>. </c> where English starts a new sentence); the renderer drops that
/// joint at the start of a paragraph and ends the paragraph with the full stop (see <see cref="TextRenderer.Paragraph"/>).
/// The names the summary uses in running text (a status, a leader role with its article, a unit kind in the plural) end
/// with the enum's (or unit kind's) code.
/// </remarks>
internal static class CoverageTexts
{
    public const string Rate = "coverage.rate";
    public const string RateNotApplicable = "coverage.rate-not-applicable";
    public const string PersonTimes = "coverage.person-times";
    public const string PersonTime = "coverage.person-time";
    public const string Status = "coverage.status.";
    public const string LeaderRole = "coverage.leader-role.";
    public const string UnitKinds = "coverage.unit-kinds.";

    // The year's summary. Paragraph 1: the talks, the heads and the coverage, the talks from other sources.
    public const string TalksInYear = "coverage.summary.talks-in-year";
    public const string TalksInPeriod = "coverage.summary.talks-in-period";
    public const string Heads = "coverage.summary.heads";
    public const string HeadsByKind = "coverage.summary.heads-by-kind";
    public const string Excluded = "coverage.summary.excluded";
    public const string ExcludedStatus = "coverage.summary.excluded-status";
    public const string AllCovered = "coverage.summary.all-covered";
    public const string SomeCovered = "coverage.summary.some-covered";
    public const string NoHeads = "coverage.summary.no-heads";
    public const string SourceTalks = "coverage.summary.source.";
    public const string ByRole = "coverage.summary.by-role";
    public const string BySharedRole = "coverage.summary.by-shared-role";
    public const string ByLeaders = "coverage.summary.by-leaders";

    // Paragraph 2: the talkers.
    public const string NoTalks = "coverage.summary.no-talks";
    public const string TalkersAllLeaders = "coverage.summary.talkers-all-leaders";
    public const string Talkers = "coverage.summary.talkers";
    public const string AnnualShared = "coverage.summary.annual-shared";

    // Paragraph 3: the materials.
    public const string Reports = "coverage.summary.reports";
    public const string NoPractices = "coverage.summary.no-practices";
    public const string Practices = "coverage.summary.practices";
    public const string PracticeTheme = "coverage.summary.practice-theme";

    // Paragraph 4: what is still open.
    public const string Rejected = "coverage.summary.rejected";
    public const string OutsidePeriod = "coverage.summary.outside-period";
    public const string NotCovered = "coverage.summary.not-covered";
    public const string Projection = "coverage.summary.projection";

    public static readonly TextTemplate[] All =
    [
        new(Rate, "{percent}%", "{percent}%"),
        new(RateNotApplicable, "不适用", "not applicable"),
        new(PersonTimes, "{count}人次", "{count} person-times"),
        new(PersonTime, "{count}人次", "{count} person-time"),

        new(TalksInYear, "{year}年，公司党委组织约谈{personTimes:person-times}。", "In {year} the Party committee held supervisory talks totalling {personTimes:person-times}."),
        new(TalksInPeriod, "{start}..{end}期间，公司党委组织约谈{personTimes:person-times}。", "In the period {start}..{end} the Party committee held supervisory talks totalling {personTimes:person-times}."),
        new(Heads, "其中，共有党政负责人{heads}人，", "There were {heads} Party and administrative heads;"),
        new(HeadsByKind, "其中，{kinds:unit-kinds}共有党政负责人{heads}人，", "The {kinds:unit-kinds} had {heads} Party and administrative heads;"),
        new(Excluded, "除{excluded:status-counts}外，", "apart from {excluded:status-counts},"),
        new(ExcludedStatus, "{count}人{status}", "{count} {status}"),
        new(AllCovered, "年度约谈{covered}人，约谈涵盖率{rate:reason}", "all {covered} required were talked to in the annual round, a coverage rate of {rate:reason}"),
        new(
            SomeCovered,
            "年度应约谈{required}人，已约谈{covered}人，尚有{notCovered}人未约谈，约谈涵盖率{rate:reason}",
            "{covered} of the {required} required were talked to and {notCovered} not yet, a coverage rate of {rate:reason}"),
        new(NoHeads, "本期没有应约谈的党政负责人，约谈涵盖率不适用", "No head was required in the period, so the coverage rate is not applicable"),
        new(
            SourceTalks + "inspection",
            "；利用{year}年度党委巡察工作，{by:reason}约谈被巡察单位党政负责人{personTimes:person-times}",
            ". During the Party committee's {year} inspections, talks were held on the spot with the heads of the inspected units{by:reason}: {personTimes:person-times}"),
        new(
            SourceTalks + "satisfaction-survey",
            "；{by:reason}对{surveyYear}年度党风廉政巡察满意度测评中得分较低的单位相关负责人约谈{personTimes:person-times}",
            ". Talks were held with the heads of units that scored low in the {surveyYear} integrity-inspection satisfaction survey{by:reason}: {personTimes:person-times}"),
        new(SourceTalks + "pre-holiday", "；节前提醒约谈{personTimes:person-times}", ". Pre-holiday reminder talks: {personTimes:person-times}"),
        new(SourceTalks + "petition", "；信访调查约谈{personTimes:person-times}", ". Petition-investigation talks: {personTimes:person-times}"),
        new(SourceTalks + "special-governance", "；专项治理约谈{personTimes:person-times}", ". Special-governance talks: {personTimes:person-times}"),
        new(SourceTalks + "pre-appointment", "；任前谈话{personTimes:person-times}", ". Pre-appointment talks: {personTimes:person-times}"),
        new(SourceTalks + "risk-frequency", "；高风险单位定期约谈{personTimes:person-times}", ". Regular talks with high-risk units: {personTimes:person-times}"),

        // Who held a source's talks, quoted by the source's clause ({by:reason}); Chinese names the role the leaders
        // share, English counts the leaders unless there is one.
        new(ByRole, "由{role:leader-title}", " by {role:leader-title}"),
        new(BySharedRole, "由{role:leader-title}", " by {leaders} members of the leadership team"),
        new(ByLeaders, "由领导班子成员", " by {leaders} members of the leadership team"),

        new(NoTalks, "本期没有有效的约谈记录", "No valid talk record was kept in the period"),
        new(TalkersAllLeaders, "谈话人为领导班子成员{talkers}人，人均约谈{average}人次", "The talks were held by {talkers} members of the leadership team, with {average} person-times each on average"),
        new(
            Talkers,
            "谈话人共{talkers}人（其中领导班子成员{leaders}人），人均约谈{average}人次",
            "The talks were held by {talkers} people ({leaders} of them on the leadership team), with {average} person-times each on average"),
        new(AnnualShared, "；年度约谈由{talkers}人分担，人均约谈{average}人次", "; the annual round was shared by {talkers} leaders, {average} each on average"),

        new(Reports, "谈话前共收集专题汇报材料{reports}份，提前报送各谈话人", "{reports} written reports were received before the talks and passed to the leaders holding the talks"),
        new(NoPractices, "；约谈中未收集到“特色点”", "; no good practice was collected in the talks"),
        new(
            Practices,
            "；约谈中收集“特色点”{practices}条，按{themes}个主题整理汇编：{byTheme:theme-counts}",
            "; {practices} good practices were collected in the talks and compiled under {themes} themes: {byTheme:theme-counts}"),
        new(PracticeTheme, "{theme}（{count}条）", "{theme} ({count})"),

        new(Rejected, "另有{records}条约谈记录与名册不符，未计入", "{records} talk records contradict the roster and were not counted"),
        new(
            OutsidePeriod,
            "；另有{records}条约谈记录（{ids:list}）不在{start}..{end}期间，未计入",
            "; {records} talk records ({ids:list}) fall outside the period {start}..{end} and were not counted"),
        new(NotCovered, "；尚未约谈：{names:list}", "; not yet talked to: {names:list}"),
        new(Projection, "；{asOf}起尚可进行的{pending}次约谈如期完成后，约谈涵盖率将达到{rate:reason}", "; once the {pending} talks still possible from {asOf} take place, coverage will reach {rate:reason}"),

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
