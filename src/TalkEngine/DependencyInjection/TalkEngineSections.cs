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
    ];
}
