namespace TalkEngine.Content;

/// <summary>The texts of the content codes (<c>content.*</c>): outline headings, arrangements, and why each item was selected; read by <see cref="TextRenderer"/>.</summary>
internal static class ContentTexts
{
    public const string Title = "content.outline.title";
    public const string Demand = "content.outline.demand";
    public const string Subject = "content.outline.subject";
    public const string SubjectNoRole = "content.outline.subject-no-role";
    public const string Leader = "content.outline.leader";
    public const string Window = "content.outline.window";
    public const string Catalogue = "content.outline.catalogue";
    public const string None = "content.outline.none";
    public const string WhyLabel = "content.outline.why";
    public const string SectionPrefix = "content.section.";
    public const string Questions = "content.section.questions";
    public const string Commitments = "content.section.commitments";
    public const string FollowUp = "content.section.follow-up";

    /// <summary>The name of a subject role: <c>content.role.</c> + its code (the <c>subject-role</c> kind).</summary>
    public const string RolePrefix = "content.role.";

    public const string WhyBase = "content.why.base";
    public const string WhyEveryTalk = "content.why.every-talk";
    public const string WhyRole = "content.why.role";
    public const string WhySource = "content.why.source";
    public const string WhyStyle = "content.why.style";
    public const string WhyHoliday = "content.why.holiday";
    public const string WhySensitivePost = "content.why.sensitive-post";
    public const string WhyRiskPrefix = "content.why.risk.";
    public const string WhyUnitKind = "content.why.unit-kind";
    public const string WhyYear = "content.why.year";
    public const string WhyGeneralYear = "content.why.general-year";
    public const string WhyEvidence = "content.why.evidence";
    public const string WhyAssigned = "content.why.assigned";
    public const string WhyWindow = "content.why.window";
    public const string WhyOpenCommitment = "content.why.open-commitment";
    public const string WhyLastTalk = "content.why.last-talk";

    public const string FactStyle = "content.fact.style";
    public const string FactMode = "content.fact.mode";
    public const string FactAttendees = "content.fact.attendees";
    public const string FactWindow = "content.fact.window";
    public const string FactFollowUp = "content.fact.follow-up";
    public const string FactPreviousProblem = "content.fact.previous-problem";
    public const string FactPartlyFulfilled = "content.fact.partly-fulfilled";
    public const string FactNotFulfilled = "content.fact.not-fulfilled";

    public const string ReportTitle = "content.report.title";
    public const string ReportFor = "content.report.for";
    public const string ReportHeading = "content.report.heading.";
    public const string ReportGuidance = "content.report.guidance.";

    public static readonly TextTemplate[] All =
    [
        new(Title, "约谈提纲：{subject}（{unit}）", "Talk outline: {subject} ({unit})"),
        new(Demand, "约谈需求：{demand}（{sources:sources}）", "Demand: {demand} ({sources:sources})"),
        new(Subject, "谈话对象：{subject}，{roles:subject-roles}", "Subject: {subject}, {roles:subject-roles}"),
        new(SubjectNoRole, "谈话对象：{subject}", "Subject: {subject}"),
        new(Leader, "谈话人：{leader}", "Leader: {leader}"),
        new(Window, "时间：{window:period}", "When: {window:period}"),
        new(Catalogue, "内容目录：{version}", "Catalogue: {version}"),
        new(None, "（无）", "(none)"),
        new(WhyLabel, "依据：", "Why: "),
        new(SectionPrefix + "what", "一、谈什么", "1. What to talk about"),
        new(SectionPrefix + "how", "二、怎么谈", "2. How to talk"),
        new(SectionPrefix + "problems", "三、解决什么问题", "3. Which problems to solve"),
        new(SectionPrefix + "effect", "四、达到什么效果", "4. What effect to reach"),
        new(Questions, "需要询问的问题", "Questions to ask"),
        new(Commitments, "需要取得的表态", "Commitments to obtain"),
        new(FollowUp, "跟进以往的承诺", "Follow up earlier commitments"),
        new(RolePrefix + "administrative-head", "行政一把手", "administrative head"),
        new(RolePrefix + "party-secretary", "党组织书记", "party secretary"),
        new(RolePrefix + "both", "党政一肩挑", "holder of both head posts"),
        new(RolePrefix + "deputy", "副职", "deputy"),
        new(WhyBase, "每次约谈都保留的基本要求。", "A base requirement of every talk."),
        new(WhyEveryTalk, "适用于每次约谈。", "Applies to every talk."),
        new(WhyRole, "针对{role:subject-role}。", "For the {role:subject-role}."),
        new(WhySource, "约谈来源为{source:source}。", "The demand comes from the {source:source}."),
        new(WhyStyle, "{style:style}约谈的谈法。", "How a {style:style}-style talk is held."),
        new(WhyHoliday, "{holiday:holiday}节前提醒。", "Before {holiday:holiday}."),
        new(WhySensitivePost, "谈话对象在敏感岗位（{post}）。", "The subject holds a sensitive post ({post})."),
        new(WhyRiskPrefix + "low", "适用于各风险等级的单位。", "For units of any integrity-risk level."),
        new(WhyRiskPrefix + "medium", "单位廉洁风险等级为中及以上。", "The unit's integrity risk is medium or high."),
        new(WhyRiskPrefix + "high", "单位廉洁风险等级高。", "The unit's integrity risk is high."),
        new(WhyUnitKind, "单位类别为{kind:unit-kind}。", "The unit is of kind {kind:unit-kind}."),
        new(WhyYear, "{year}年度的新要求。", "A requirement of {year}."),
        new(WhyGeneralYear, "{year}年度没有专门要求，采用通用要求。", "{year} has no requirements of its own: the general ones."),
        new(WhyEvidence, "约谈需求的依据（{source:source}）。", "Evidence of the demand ({source:source})."),
        new(WhyAssigned, "均衡分配确定的谈话人。", "The leader the balanced assignment chose."),
        new(WhyWindow, "约谈需求的时间窗口。", "The demand's window."),
        new(WhyOpenCommitment, "{date}约谈（记录{record}）中作出，{due}到期，尚未复核。", "Promised in the talk of {date} (record {record}), due {due}, not yet reviewed."),
        new(WhyLastTalk, "上次约谈（{date}，记录{record}）发现的问题。", "Found in the last talk ({date}, record {record})."),
        new(ReportTitle, "《{unit}党政负责人{year}年党风廉政建设工作汇报》", "Report on Party-conduct and integrity work in {year} by the heads of {unit}"),
        new(ReportFor, "汇报人：{subject}；汇报材料转交谈话人：{leader}", "Written by {subject}; forwarded to the leader holding the talk, {leader}"),
        new(ReportHeading + "1", "一、{unit}基本情况", "1. Basic situation of {unit}"),
        new(ReportHeading + "2", "二、{year}年党风廉政建设和反腐败工作", "2. Party-conduct building and anti-corruption work in {year}"),
        new(ReportHeading + "3", "三、落实“一岗双责”情况", "3. Implementation of \"one post, dual responsibilities\""),
        new(ReportHeading + "4", "四、党风廉政建设方面存在的问题", "4. Problems in the unit's Party-conduct and integrity work"),
        new(ReportGuidance + "1", "班子构成、人员规模、主要业务和经营情况。", "The leadership team, the staff, the main business and its results."),
        new(ReportGuidance + "2", "{year}年开展的主要工作、采取的措施和取得的成效。", "The main work of {year}, the measures taken and what they achieved."),
        new(ReportGuidance + "3", "本人和班子成员落实“一岗双责”的具体做法和实例。", "How you and the team carried out \"one post, dual responsibilities\", with examples."),
        new(ReportGuidance + "4", "存在的问题、原因分析和下一步措施。", "The problems, their causes and the next steps."),
        new(FactStyle, "采用{style:style}约谈。", "A {style:style}-style talk."),
        new(FactMode, "方式：{mode:mode}。", "Mode: {mode:mode}."),
        new(FactAttendees, "谈话人：{leader}；另安排一名记录人做好约谈记录。", "Leader: {leader}; a recorder keeps the talk record."),
        new(FactWindow, "在{window:period}期间进行。", "Held within {window:period}."),
        new(FactFollowUp, "跟进承诺：“{commitment}”（{due}到期）。", "Follow up: \"{commitment}\" (due {due})."),
        new(FactPreviousProblem, "上次约谈发现的问题：{problem}", "Problem found last time: {problem}"),
        new(FactPartlyFulfilled, "上次约谈复核：承诺“{commitment}”仅部分兑现。", "Reviewed last time: \"{commitment}\" only partly fulfilled."),
        new(FactNotFulfilled, "上次约谈复核：承诺“{commitment}”未兑现。", "Reviewed last time: \"{commitment}\" not fulfilled."),
    ];
}
