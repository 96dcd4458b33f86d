namespace TalkEngine.Planning;

/// <summary>The texts of the planning reason codes (<c>planning.*</c>): the document's states and steps and the refusal of a step, in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
/// <remarks>Arguments: <c>state</c> a <see cref="PlanState"/> code, <c>action</c> a <see cref="PlanAction"/> code, <c>allowed</c> a list of action codes.</remarks>
internal static class PlanningTexts
{
    public const string StatePrefix = "planning.state.";
    public const string ActionPrefix = "planning.action.";
    public const string ActionNotAllowed = "planning.action-not-allowed";
    public const string ActionNotAllowedClosed = "planning.action-not-allowed-closed";

    public static readonly TextTemplate[] All =
    [
        new(StatePrefix + "draft", "草稿", "draft"),
        new(StatePrefix + "in-consultation", "征求意见中", "in consultation"),
        new(StatePrefix + "approved", "已批准", "approved"),
        new(StatePrefix + "in-progress", "执行中", "in progress"),
        new(StatePrefix + "closed", "已结束", "closed"),
        new(ActionPrefix + "send-for-consultation", "发送征求意见", "send for consultation"),
        new(ActionPrefix + "comment", "记录意见", "record a comment"),
        new(ActionPrefix + "approve", "批准", "approve"),
        new(ActionPrefix + "start", "开始执行", "start"),
        new(ActionPrefix + "close", "结束", "close"),
        new(ActionPrefix + "replan", "调整计划", "re-plan"),
        new(ActionNotAllowed, "计划当前为“{state:plan-state}”状态，不能“{action:plan-action}”；此时可以：{allowed:plan-actions}。", "The plan is {state:plan-state}, so it cannot {action:plan-action}; allowed next steps: {allowed:plan-actions}."),
        new(ActionNotAllowedClosed, "计划当前为“{state:plan-state}”状态，不能“{action:plan-action}”；已结束的计划不能再做任何操作。", "The plan is {state:plan-state}, so it cannot {action:plan-action}; nothing more can be done to a closed plan."),
    ];
}
