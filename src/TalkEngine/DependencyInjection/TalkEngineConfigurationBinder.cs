using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;

namespace TalkEngine;

/// <summary>
/// Binds the <c>TalkEngine</c> configuration section into <see cref="TalkEngineOptions"/>, section by section
/// (<see cref="TalkEngineSections"/>), through the configuration-binding source generator (trim- and AOT-safe).
/// A list in configuration replaces the default list; a value the binder cannot read (an unknown enum name) becomes a
/// validation problem naming its key.
/// </summary>
internal static class TalkEngineConfigurationBinder
{
    public static void Bind(IConfiguration configuration, TalkEngineOptions options)
    {
        foreach (var section in TalkEngineSections.All)
        {
            section.Bind(options, configuration);
        }
    }

    /// <summary>Reads an enum from <paramref name="configured"/>[<paramref name="key"/>], as the binder does (names ignoring case, or numbers).</summary>
    public static void BindEnum<TEnum>(IConfiguration configured, string key, List<ValidationProblem> problems, Action<TEnum> set)
        where TEnum : struct, Enum
    {
        if (configured[key] is not { } text)
        {
            return;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value))
        {
            set(value);
        }
        else
        {
            problems.Add(Problem(PathOf(configured, key), text, $"use one of {string.Join(", ", Enum.GetNames<TEnum>())}."));
        }
    }

    /// <summary>The problem of a value the binder failed to convert, from its message (which names the full path).</summary>
    public static ValidationProblem Unreadable(IConfiguration root, string message)
    {
        // "Failed to convert configuration value 'Klingon' at 'TalkEngine:Demands:Overlaps' to type '…'" (.NET 10),
        // "Failed to convert configuration value at 'TalkEngine:Demands:Overlaps' to type '…'" (.NET 8).
        var at = message.IndexOf(" at '", StringComparison.Ordinal);
        var start = at < 0 ? -1 : at + 4;
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        var path = end > start + 1 ? message.Substring(start + 1, end - start - 1) : null;
        var prefix = root is IConfigurationSection section && section.Path.Length > 0 ? section.Path + ":" : string.Empty;
        var value = path is not null && path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? root[path.Substring(prefix.Length)] : null;
        return value is null
            ? new ValidationProblem(OptionsProblems.UnknownValueCode, message + " Fix the value; the settings after it in the section were not read.", path)
            : Problem(path!, value, "use one of the names the documentation lists; the settings after it in the section were not read.");
    }

    public static string PathOf(IConfiguration configured, string key)
        => configured is IConfigurationSection section && section.Path.Length > 0 ? section.Path + ":" + key : key;

    public static ValidationProblem Problem(string path, string value, string fix)
        => new(OptionsProblems.UnknownValueCode, $"'{value}' cannot be read as this setting; {fix}", path);
}
