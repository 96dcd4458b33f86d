using System;
using System.Collections.Generic;
using System.Globalization;

namespace TalkEngine;

/// <summary>
/// Collects the problems of one options section, each with a stable code and the configuration key it concerns
/// (<c>TalkEngine:Demands:Petition:WindowDays</c>), so that DI (at start) and a host that <c>new</c>s a service
/// report the same problems with the same codes.
/// </summary>
internal sealed class OptionsProblems
{
    /// <summary>A section (or list, or policy) is null.</summary>
    public const string NullCode = "options.null";

    /// <summary>A value is not one the setting knows (an enum value, a time zone, an unbindable text).</summary>
    public const string UnknownValueCode = "options.unknown-value";

    /// <summary>A number is outside its range.</summary>
    public const string OutOfRangeCode = "options.out-of-range";

    /// <summary>A list that needs items is empty, or an item is blank.</summary>
    public const string EmptyCode = "options.empty";

    /// <summary>Two settings contradict each other.</summary>
    public const string InconsistentCode = "options.inconsistent";

    private readonly List<ValidationProblem> _problems = new();

    public OptionsProblems(string sectionKey) => SectionKey = sectionKey;

    /// <summary>The configuration key of the section, such as <c>TalkEngine:Demands</c>.</summary>
    public string SectionKey { get; }

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public void Add(string code, string key, FormattableString message)
    {
        var path = key.Length == 0 ? SectionKey : SectionKey + ":" + key;
        _problems.Add(new ValidationProblem(code, message.ToString(CultureInfo.InvariantCulture), path));
    }

    /// <summary>Adds a problem found by the section's own checks (calendar data), its path under the section's key.</summary>
    public void AddFound(ValidationProblem problem)
        => _problems.Add(new ValidationProblem(problem.Code, problem.Message, problem.Path is null ? SectionKey : SectionKey + ":" + problem.Path, problem.Ids));

    /// <summary>Adds a problem whose path is already the full configuration key.</summary>
    public void AddWithFullPath(ValidationProblem problem) => _problems.Add(problem);

    public void Range(int value, int min, int max, string key, string unit)
    {
        if (value < min || value > max)
        {
            Add(OutOfRangeCode, key, $"is {value}; use {min} to {max} {unit}.");
        }
    }

    /// <summary>Reports a null setting; true when it was null.</summary>
    public bool Null(object? value, string key, string fix)
    {
        if (value is null)
        {
            Add(NullCode, key, $"is null; {fix}");
            return true;
        }

        return false;
    }

    public void Enum<T>(T value, string key)
        where T : struct, Enum
    {
        if (!System.Enum.IsDefined(value))
        {
            Add(UnknownValueCode, key, $"'{value}' is not a known {typeof(T).Name}; use one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        }
    }

    public void Enums<T>(IEnumerable<T>? values, string key)
        where T : struct, Enum
    {
        if (Null(values, key, "leave it empty instead."))
        {
            return;
        }

        var i = 0;
        foreach (var value in values!)
        {
            Enum(value, key + ":" + i.ToString(CultureInfo.InvariantCulture));
            i++;
        }
    }
}
