namespace TalkEngine.Demands;

/// <summary>The texts of the demands reason codes (<c>demands.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
/// <remarks>
/// Arguments: <c>unit</c> a unit's name, <c>person</c> a person's name, <c>drive</c>/<c>summary</c>/<c>post</c> text the
/// host gave, <c>case</c>/<c>round</c> ids, <c>score</c>/<c>threshold</c>/<c>year</c>/<c>days</c>/<c>months</c> invariant
/// numbers, <c>date</c> an ISO date, <c>period</c> an ISO period, the rest enum codes.
/// </remarks>
internal static class DemandsTexts
{
    // Style reasons.
    public const string Annual = "demands.annual";
    public const string AnnualBothPosts = "demands.annual-both-posts";
    public const string AnnualNewlyAppointed = "demands.annual-newly-appointed";
    public const string AnnualNewlyAppointedBothPosts = "demands.annual-newly-appointed-both-posts";
    public const string InspectionNoScore = "demands.inspection-no-score";
    public const string InspectionScoreBelow = "demands.inspection-score-below";
    public const string InspectionScoreAtLeast = "demands.inspection-score-at-least";
    public const string SurveyBelow = "demands.survey-below";
    public const string SurveyLow = "demands.survey-low";
    public const string PetitionSubstantiated = "demands.petition-substantiated";
    public const string PetitionMinorProblems = "demands.petition-minor-problems";
    public const string PetitionNotSubstantiated = "demands.petition-not-substantiated";
    public const string Governance = "demands.governance";
    public const string PreAppointment = "demands.pre-appointment";
    public const string PreHoliday = "demands.pre-holiday";
    public const string RiskFrequency = "demands.risk-frequency";
    public const string Merged = "demands.merged";

    // Mode reasons.
    public const string ModeInPersonStyle = "demands.mode-in-person-style";
    public const string ModeVideoUnitKind = "demands.mode-video-unit-kind";
    public const string ModeDefault = "demands.mode-default";

    // Evidence.
    public const string Post = "demands.post";
    public const string RiskLevel = "demands.risk-level";
    public const string SensitivePost = "demands.sensitive-post";
    public const string Holiday = "demands.holiday";
    public const string EvaluationScore = "demands.democratic-evaluation-score";
    public const string SatisfactionScore = "demands.satisfaction-score";
    public const string Appointment = "demands.appointment";
    public const string PetitionCase = "demands.petition-case";
    public const string GovernanceDrive = "demands.governance-drive";
    public const string MergedDemand = "demands.merged-demand";

    // Exclusions.
    public const string Excluded = "demands.excluded";
    public const string ExcludedWithNote = "demands.excluded-with-note";

    public static readonly TextTemplate[] All =
    [
        new(Annual, "党政负责人年度廉政约谈，{style:style}。", "Annual integrity talk with a party or administrative head: {style:style}."),
        new(AnnualBothPosts, "党政负责人（一肩挑）年度廉政约谈，{style:style}。", "Annual integrity talk with a party and administrative head (both posts): {style:style}."),
        new(AnnualNewlyAppointed, "新任党政负责人，年度约谈以{style:style}了解情况、明确要求。", "Newly appointed party or administrative head: an annual {style:style} talk to learn the situation and set expectations."),
        new(AnnualNewlyAppointedBothPosts, "新任党政负责人（一肩挑），年度约谈以{style:style}了解情况、明确要求。", "Newly appointed party and administrative head (both posts): an annual {style:style} talk to learn the situation and set expectations."),
        new(InspectionNoScore, "巡察现场约谈，无民主测评得分：提醒式。", "On-the-spot talk during the inspection, no democratic-evaluation score: reminder."),
        new(InspectionScoreBelow, "民主测评得分 {score} 低于 {threshold}：{style:style}。", "Democratic-evaluation score {score} is below {threshold}: {style:style}."),
        new(InspectionScoreAtLeast, "民主测评得分 {score}，不低于 {threshold}：提醒式。", "Democratic-evaluation score {score} is at least {threshold}: reminder."),
        new(SurveyBelow, "{year} 年廉洁检查满意度 {score} 低于 {threshold}：告诫式。", "Integrity-inspection satisfaction {score} in {year} is below {threshold}: admonition."),
        new(SurveyLow, "{year} 年廉洁检查满意度 {score} 偏低：警示式。", "Low integrity-inspection satisfaction {score} in {year}: warning."),
        new(PetitionSubstantiated, "信访件 {case} 经调查问题属实：告诫式，限期整改。", "Petition {case} was substantiated: admonition, with correction by a deadline."),
        new(PetitionMinorProblems, "信访件 {case} 反映问题情节轻微：警示式。", "Petition {case} found minor problems: warning."),
        new(PetitionNotSubstantiated, "信访件 {case} 反映问题未查实：警示式，防患于未然。", "Petition {case} was not substantiated: warning, to prevent problems."),
        new(Governance, "{drive}：{style:style}约谈，以案示警。", "{drive}: {style:style} talk, using the drive's cases."),
        new(PreAppointment, "任前廉政谈话：{style:style}，明确要求、廉洁从业。", "Pre-appointment integrity talk: {style:style}, setting expectations before taking up the post."),
        new(PreHoliday, "{holiday:holiday}前 {days} 个工作日内节前提醒：提醒式。", "Reminder within {days} working days before {holiday:holiday}."),
        new(RiskFrequency, "高风险单位负责人每 {months} 个月提醒一次（{period:period}）：提醒式。", "Heads of high-risk units are reminded every {months} months ({period:period})."),
        new(Merged, "合并约谈（{sources:sources}），取最严格的方式：{basis:reason}", "Merged talk ({sources:sources}), in the sternest style: {basis:reason}"),

        new(ModeInPersonStyle, "{style:style}约谈须当面进行。", "A {style:style} talk is held in person."),
        new(ModeVideoUnitKind, "{kind:unit-kind}的负责人按政策视频约谈。", "Heads of a {kind:unit-kind} are talked to by video under the policy."),
        new(ModeDefault, "默认方式：{mode:mode}。", "Default mode: {mode:mode}."),

        new(Post, "「{unit}」{role:post-role}", "{role:post-role} of '{unit}'"),
        new(RiskLevel, "「{unit}」{role:post-role}，廉洁风险等级 {level}", "{role:post-role} of '{unit}', integrity risk {level}"),
        new(SensitivePost, "「{unit}」敏感岗位：{post}", "Sensitive post {post} in '{unit}'"),
        new(Holiday, "{holiday:holiday}假期自 {date} 起", "{holiday:holiday} holiday from {date}"),
        new(EvaluationScore, "巡察 {round} 民主测评得分 {score}", "Democratic-evaluation score {score} in inspection round {round}"),
        new(SatisfactionScore, "「{unit}」 {year} 年满意度测评得分 {score}", "'{unit}' scored {score} in the {year} satisfaction survey"),
        new(Appointment, "拟任「{unit}」{role:post-role}，{date} 起生效", "To be {role:post-role} of '{unit}' from {date}"),
        new(PetitionCase, "{summary}", "{summary}"),
        new(GovernanceDrive, "{drive}", "{drive}"),
        new(MergedDemand, "{source:source}：{basis:reason}", "{source:source}: {basis:reason}"),

        new(Excluded, "{person}{status:status}，{period:period}，按政策不列入{source:source}。", "{person} is {status:status} from {period:period}, so the policy leaves him or her out of the {source:source}."),
        new(ExcludedWithNote, "{person}{status:status}（{note}），{period:period}，按政策不列入{source:source}。", "{person} is {status:status} ({note}) from {period:period}, so the policy leaves him or her out of the {source:source}."),
    ];
}
