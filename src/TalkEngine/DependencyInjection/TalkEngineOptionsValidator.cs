using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using NodaTime;

namespace TalkEngine;

/// <summary>
/// Reports every invalid root setting of <see cref="TalkEngineOptions"/> at once, and the configuration values that
/// could not be bound; each section has its own validator (<see cref="TalkEngineSections"/>).
/// </summary>
internal sealed class TalkEngineOptionsValidator : OptionsSectionValidator<TalkEngineOptions>
{
    public static readonly TalkEngineOptionsValidator Instance = new();

    protected override void Bind(TalkEngineOptions section, IConfiguration configured, List<ValidationProblem> problems)
    {
        // The root's own settings only: each section binds itself.
        if (configured[nameof(TalkEngineOptions.TimeZoneId)] is { } zone)
        {
            section.TimeZoneId = zone;
        }

        TalkEngineConfigurationBinder.BindEnum<OutputLanguage>(configured, nameof(TalkEngineOptions.Language), problems, v => section.Language = v);
    }

    protected override string Section => string.Empty;

    protected override TalkEngineOptions? Select(TalkEngineOptions options) => options;

    protected override void Check(TalkEngineOptions options, OptionsProblems p)
    {
        foreach (var problem in options.BindingProblems)
        {
            p.AddWithFullPath(problem);
        }

        if (string.IsNullOrWhiteSpace(options.TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            p.Add(OptionsProblems.UnknownValueCode, "TimeZoneId", $"'{options.TimeZoneId}' is not a known IANA time zone; use one such as 'Asia/Shanghai'.");
        }

        p.Enum(options.Language, "Language");
    }
}
