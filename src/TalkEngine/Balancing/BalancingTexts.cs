namespace TalkEngine.Balancing;

/// <summary>The texts of the balancing reason codes (<c>balancing.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
/// <remarks>
/// The explanations speak the discipline office's language: who holds how many talks and why this leader rather
/// than the supervising one. The solver's objective and its proof stay in <see cref="BalancingPlan"/> (and its JSON).
/// </remarks>
internal static class BalancingTexts
{
    /// <summary>A number of talks (the <c>talks</c> kind): <c>3次</c> / <c>3 talks</c>.</summary>
    public const string Talks = "balancing.talks";

    /// <summary>One talk (the <c>talks</c> kind of <c>1</c>): <c>1次</c> / <c>1 talk</c>.</summary>
    public const string Talk = "balancing.talk";

    public static readonly TextTemplate[] All =
    [
        new(Talks, "{count}次", "{count} talks"),
        new(Talk, "{count}次", "{count} talk"),
        new(BalancingCodes.FixedBySource, "由来源“{source:source}”指定：{basis:reason}", "Fixed by the source '{source:source}': {basis:reason}"),
        new(BalancingCodes.FixedBasisTeamLeader, "巡察组组长{name}。", "the inspection team leader, {name}."),
        new(BalancingCodes.FixedBasisRole, "{role:leader-title}{name}。", "{role:leader-title}, {name}."),
        new(BalancingCodes.FixedBasisNamed, "{name}。", "{name}."),
        new(BalancingCodes.KeptFromPreviousPlan, "沿用上一版计划的谈话人{name}。", "Kept {name} from the previous plan."),
        new(BalancingCodes.SupervisingLeader, "{name}是分管领导（优先人选）。", "{name} is the preferred (supervising) leader."),
        new(BalancingCodes.OnlyEligible, "{name}是唯一可选的领导。", "{name} is the only eligible leader."),
        new(BalancingCodes.EvenSplit, "{leaders}位可选领导均承担{load:talks}，平均分配。", "All {leaders} eligible leaders hold {load:talks} each: an even split."),
        new(BalancingCodes.NearEvenSplit, "{leaders}位可选领导各承担{low}至{high:talks}，已是最平均的分配。", "The {leaders} eligible leaders hold {low} or {high:talks} each: as even as the numbers allow."),
        new(BalancingCodes.LeastLoaded, "{name}是可选领导中负担最轻的（共{load:talks}，其他可选领导至少{others:talks}）。", "{name} was the least-loaded eligible leader ({load:talks}; the others hold {others:talks} or more)."),
        new(BalancingCodes.BalancedSpread, "改由其他可选领导谈话只会互换负担，不会更均衡（{name}共{load:talks}，其他可选领导至少{others:talks}）。", "Giving it to another eligible leader would only swap the loads, not even them out ({name}: {load:talks}; the others: {others:talks} or more)."),
        new(BalancingCodes.LighterLeadersFull, "负担更轻的可选领导（{full:list}）已达容量上限（{name}共{load:talks}）。", "The eligible leaders with fewer talks ({full:list}) are at capacity ({name}: {load:talks})."),
        new(BalancingCodes.WeightedSpread, "按各人份额（权重）计算，改由其他可选领导谈话不会使负担更均衡（{name}共{load:talks}）。", "Weighted by each leader's share, giving it to another eligible leader would not make the loads more even ({name}: {load:talks})."),
        new(BalancingCodes.SupervisorExcluded, "未由分管领导{name}谈话：{rule:reason}", "The supervising leader {name} was not chosen: {rule:reason}"),
        new(BalancingCodes.SupervisorFull, "未由分管领导{name}谈话：{name}已达容量上限（{capacity:talks}）。", "The supervising leader {name} was not chosen: {name} is at capacity ({capacity:talks})."),
        new(BalancingCodes.SupervisorBusier, "未由分管领导{name}谈话：若改由其谈话，{name}将承担{loadIf:talks}、{chosenName}承担{chosenLoadIf:talks}（现为{load:talks}和{chosenLoad:talks}），负担更不均衡。", "The supervising leader {name} was not chosen: that would leave {name} with {loadIf:talks} and {chosenName} with {chosenLoadIf:talks} instead of {load:talks} and {chosenLoad:talks}, less even."),
        new(BalancingCodes.SupervisorTie, "{name}同为分管领导，改由其谈话负担同样均衡，二者均可。", "{name} also supervises the unit; giving it to {name} would leave the loads as even, so either will do."),
        new(BalancingCodes.LacksRole, "{name}不具备{source:source}要求的角色“{role:leader-role}”。", "{name} lacks the role '{role:leader-role}' that {source:source} requires."),
        new(BalancingCodes.IsSubject, "{name}本人即谈话对象。", "{name} is the subject."),
        new(BalancingCodes.Recused, "{name}须回避与{subject}的谈话。", "{name} is recused from talking to {subject}."),
        new(BalancingCodes.HeadedUnit, "{name}在回避期内曾任{unit}负责人（{period:period}）。", "{name} headed unit {unit} ({period:period}), within the recusal period."),
        new(BalancingCodes.OpenCase, "{name}本人有未结案件。", "{name} is subject of an open case."),
        new(BalancingCodes.Unavailable, "{name}在{window:period}期间全程不在岗。", "{name} is away throughout {window:period}."),
        new(BalancingCodes.NoEligibleLeader, "{subject}没有可选的谈话人。", "No eligible leader for {subject}."),
        new(BalancingCodes.CapacityShortage, "可选谈话人的容量已满：见容量缺口说明。", "Its eligible leaders are full: see the capacity shortage."),
        new(BalancingCodes.HallWitness, "这{demands}项谈话只能由{leaders}名领导（{leaderIds:list}）承担，其容量合计{capacity}。", "These {demands} demands can only go to these {leaders} leaders ({leaderIds:list}), whose capacity is {capacity}."),
    ];
}
