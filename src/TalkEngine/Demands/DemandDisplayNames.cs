using System;

namespace TalkEngine.Demands;

/// <summary>Names for people of the demand enums, in simplified Chinese or English; hosts use <see cref="TextRenderer.Name(DemandSource)"/>.</summary>
internal static class DemandDisplayNames
{
    /// <summary>The name of a source, such as 巡察 / inspection.</summary>
    /// <param name="source">The source.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(this DemandSource source, OutputLanguage language)
    {
        var en = language == OutputLanguage.English;
        return source switch
        {
            DemandSource.Annual => en ? "annual round" : "年度约谈",
            DemandSource.Inspection => en ? "inspection" : "巡察",
            DemandSource.SatisfactionSurvey => en ? "satisfaction survey" : "满意度测评",
            DemandSource.PreHoliday => en ? "pre-holiday check" : "节前提醒",
            DemandSource.Petition => en ? "petition investigation" : "信访调查",
            DemandSource.SpecialGovernance => en ? "special governance" : "专项治理",
            DemandSource.PreAppointment => en ? "pre-appointment talk" : "任前谈话",
            DemandSource.RiskFrequency => en ? "high-risk routine" : "高风险定期约谈",
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown source."),
        };
    }

    /// <summary>The name of a style, such as 提醒式 / reminder.</summary>
    /// <param name="style">The style.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(this TalkStyle style, OutputLanguage language)
    {
        var en = language == OutputLanguage.English;
        return style switch
        {
            TalkStyle.Reminder => en ? "reminder" : "提醒式",
            TalkStyle.Warning => en ? "warning" : "警示式",
            TalkStyle.Communication => en ? "communication" : "沟通式",
            TalkStyle.Admonition => en ? "admonition" : "告诫式",
            TalkStyle.Care => en ? "care" : "关怀式",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown style."),
        };
    }

    /// <summary>The name of a mode, such as 当面 / in person.</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(this TalkMode mode, OutputLanguage language)
    {
        var en = language == OutputLanguage.English;
        return mode switch
        {
            TalkMode.InPerson => en ? "in person" : "当面",
            TalkMode.Video => en ? "video" : "视频",
            TalkMode.Phone => en ? "phone" : "电话",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown mode."),
        };
    }
}
