using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TalkEngine;

/// <summary>What binding and DI need of every section validator, whatever its section type.</summary>
internal interface ITalkEngineSection : IValidateOptions<TalkEngineOptions>
{
    /// <summary>
    /// Binds the section from <paramref name="root"/> (the <c>TalkEngine</c> section): each list option configured
    /// there replaces the default list instead of being appended to it, and a value that cannot be read is added to
    /// <see cref="TalkEngineOptions.BindingProblems"/>.
    /// </summary>
    void Bind(TalkEngineOptions options, IConfiguration root);

    /// <summary>Every problem of this section of <paramref name="options"/>.</summary>
    IReadOnlyList<ValidationProblem> CollectFrom(TalkEngineOptions options);
}

/// <summary>
/// The validators of the root and of every section of <see cref="TalkEngineOptions"/>, registered by <c>AddTalkEngine</c>
/// and consulted when binding configuration. A new section is a property on the root, a validator, and its line here.
/// </summary>
internal static class TalkEngineSections
{
    public static readonly ITalkEngineSection[] All =
    [
        TalkEngineOptionsValidator.Instance,
        Calendar.CalendarOptionsValidator.Instance,
        Demands.DemandOptionsValidator.Instance,
        Balancing.BalancingOptionsValidator.Instance,
        Coverage.CoverageOptionsValidator.Instance,
        Scheduling.SchedulingOptionsValidator.Instance,
        Content.ContentOptionsValidator.Instance,
        Planning.PlanningOptionsValidator.Instance,
    ];

    /// <summary>Checks every section of a root built in code (no container), listing every problem at once (code <c>options</c>).</summary>
    /// <exception cref="TalkEngineValidationException">A section is invalid.</exception>
    public static TalkEngineOptions ThrowIfInvalid(TalkEngineOptions options)
    {
        Guard.NotNull(options);
        var problems = new List<ValidationProblem>();
        foreach (var section in All)
        {
            problems.AddRange(section.CollectFrom(options));
        }

        TalkEngineValidationException.ThrowIfAny("options", problems);
        return options;
    }
}
