using System.Collections.Generic;
using TalkEngine.Balancing;
using TalkEngine.Calendar;
using TalkEngine.Content;
using TalkEngine.Coverage;
using TalkEngine.Demands;

namespace TalkEngine;

/// <summary>
/// The one root of TalkEngine's options: the output language, the time zone, and one section per capability.
/// Set them with <see cref="TalkEngineServiceCollectionExtensions.AddTalkEngine(Microsoft.Extensions.DependencyInjection.IServiceCollection, System.Action{TalkEngineOptions})"/>
/// or bind them from the configuration section <see cref="SectionName"/> (every section binds; a list in configuration
/// replaces the default list). Every section is validated when the host starts, and by the service's constructor when a
/// host creates it with <c>new</c>.
/// </summary>
public sealed class TalkEngineOptions
{
    /// <summary>The default configuration section name: <c>TalkEngine</c>.</summary>
    public const string SectionName = "TalkEngine";

    /// <summary>
    /// The IANA time zone in which "today" is read from the registered <c>NodaTime.IClock</c>.
    /// Default: <c>Asia/Shanghai</c>.
    /// </summary>
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    /// <summary>The language of text meant for people, the only one a host sets. Default: simplified Chinese.</summary>
    public OutputLanguage Language { get; set; } = OutputLanguage.SimplifiedChinese;

    /// <summary>The working calendar: the fallback for years without data and override data (section <c>TalkEngine:Calendar</c>).</summary>
    public CalendarOptions Calendar { get; set; } = new();

    /// <summary>The policies of every demand source (section <c>TalkEngine:Demands</c>).</summary>
    public DemandOptions Demands { get; set; } = new();

    /// <summary>How demands are balanced over the leadership team (section <c>TalkEngine:Balancing</c>).</summary>
    public BalancingOptions Balancing { get; set; } = new();

    /// <summary>What coverage measures (section <c>TalkEngine:Coverage</c>).</summary>
    public CoverageOptions Coverage { get; set; } = new();

    /// <summary>How talks are given a day and an hour (section <c>TalkEngine:Scheduling</c>).</summary>
    public Scheduling.SchedulingOptions Scheduling { get; set; } = new();
    /// <summary>Where the talk content (the catalogue of outlines) comes from (section <c>TalkEngine:Content</c>).</summary>
    public ContentOptions Content { get; set; } = new();

    /// <summary>How the year's milestones are laid on working days (section <c>TalkEngine:Planning</c>).</summary>
    public Planning.PlanningOptions Planning { get; set; } = new();

    /// <summary>Values the configuration held that could not be read (an unknown enum name); reported by validation.</summary>
    internal List<ValidationProblem> BindingProblems { get; } = new();
}
