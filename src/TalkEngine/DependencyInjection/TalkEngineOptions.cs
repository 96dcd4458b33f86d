using TalkEngine.Calendar;

namespace TalkEngine;

/// <summary>
/// Options shared by every TalkEngine capability. Bind them with
/// <see cref="TalkEngineServiceCollectionExtensions.AddTalkEngine(Microsoft.Extensions.DependencyInjection.IServiceCollection, System.Action{TalkEngineOptions})"/>
/// or from the configuration section <see cref="SectionName"/>.
/// </summary>
public sealed class TalkEngineOptions
{
    /// <summary>The default configuration section name: <c>TalkEngine</c>.</summary>
    public const string SectionName = "TalkEngine";

    /// <summary>
    /// The IANA time zone in which dates are read from instants (the injected <c>IClock</c>).
    /// Default: <c>Asia/Shanghai</c>.
    /// </summary>
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    /// <summary>The language of text meant for people. Default: simplified Chinese.</summary>
    public OutputLanguage Language { get; set; } = OutputLanguage.SimplifiedChinese;

    /// <summary>The working calendar: the fallback for years without data and override data (section <c>TalkEngine:Calendar</c>).</summary>
    public CalendarOptions Calendar { get; set; } = new();
}
