using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;
using NodaTime;

namespace TalkEngine;

/// <summary>Reports every invalid <see cref="TalkEngineOptions"/> setting at once.</summary>
internal sealed class TalkEngineOptionsValidator : IValidateOptions<TalkEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, TalkEngineOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            failures.Add($"TalkEngine:TimeZoneId '{options.TimeZoneId}' is not a known IANA time zone; use one such as 'Asia/Shanghai'.");
        }

        if (!Enum.IsDefined(options.Language))
        {
            failures.Add($"TalkEngine:Language '{options.Language}' is not supported; use SimplifiedChinese or English.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
