namespace TalkEngine.Balancing;

/// <summary>The texts of the balancing reason codes (<c>balancing.*</c>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
internal static class BalancingTexts
{
    public static readonly TextTemplate[] All =
    [
        new(BalancingCodes.FixedBySource, "由来源“{source:source}”指定：{name}。", "Fixed by the source '{source:source}': {name}."),
        new(BalancingCodes.KeptFromPreviousPlan, "沿用上一版计划的谈话人{name}。", "Kept {name} from the previous plan."),
        new(BalancingCodes.SupervisingLeader, "{name}是分管领导（优先人选）。", "{name} is the preferred (supervising) leader."),
        new(BalancingCodes.LeastLoaded, "{name}是可选领导中负担最轻的（共{load}次）。", "{name} was the least-loaded eligible leader ({load} talks)."),
        new(BalancingCodes.BalancedSpread, "综合容量和其他谈话，改由其他可选领导不会使负担更均衡（{name}共{load}次）。", "Given capacities and the other talks, no other eligible leader makes the loads more even ({name}: {load} talks)."),
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
