using System;

namespace TalkEngine.Organization;

/// <summary>Names for people of the organisation enums, in simplified Chinese or English; hosts use <see cref="TextRenderer"/>'s <c>Name</c> methods.</summary>
internal static class OrganizationDisplayNames
{
    /// <summary>The name of a person status, such as 借调 / seconded.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(this PersonStatusKind status, OutputLanguage language)
    {
        var en = language == OutputLanguage.English;
        return status switch
        {
            PersonStatusKind.Active => en ? "active" : "在岗",
            PersonStatusKind.Seconded => en ? "seconded" : "借调",
            PersonStatusKind.OnLeave => en ? "on leave" : "休假",
            PersonStatusKind.PostVacant => en ? "post vacant" : "岗位空缺",
            PersonStatusKind.NewlyAppointed => en ? "newly appointed" : "新任",
            PersonStatusKind.Left => en ? "left" : "已离任",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
        };
    }

    /// <summary>The name of a post role, such as 行政一把手 / administrative head.</summary>
    /// <param name="role">The role.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(this PostRole role, OutputLanguage language)
    {
        var en = language == OutputLanguage.English;
        return role switch
        {
            PostRole.AdministrativeHead => en ? "administrative head" : "行政一把手",
            PostRole.PartySecretary => en ? "party secretary" : "党组织书记",
            PostRole.Deputy => en ? "deputy" : "副职",
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown post role."),
        };
    }

    /// <summary>The name of a leadership role, such as 纪委书记 / discipline secretary.</summary>
    /// <param name="role">The role.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(this LeaderRole role, OutputLanguage language)
    {
        var en = language == OutputLanguage.English;
        return role switch
        {
            LeaderRole.PartySecretary => en ? "party secretary" : "党委书记",
            LeaderRole.GeneralManager => en ? "general manager" : "总经理",
            LeaderRole.DisciplineSecretary => en ? "discipline secretary" : "纪委书记",
            LeaderRole.DeputyGeneralManager => en ? "deputy general manager" : "副总经理",
            LeaderRole.ChiefEngineer => en ? "chief engineer" : "总工程师",
            LeaderRole.ChiefAccountant => en ? "chief accountant" : "总会计师",
            LeaderRole.Deputy => en ? "deputy" : "副职",
            LeaderRole.Other => en ? "other" : "其他",
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown leader role."),
        };
    }
}
