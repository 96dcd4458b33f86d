using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Coverage;

/// <summary>
/// Reports every invalid <see cref="CoverageOptions"/> setting at once: in DI when the host starts, and in
/// <see cref="CoverageCalculator"/>'s constructor.
/// </summary>
internal sealed class CoverageOptionsValidator : OptionsSectionValidator<CoverageOptions>
{
    public static readonly CoverageOptionsValidator Instance = new();

    protected override void Bind(CoverageOptions section, IConfiguration configured, List<ValidationProblem> problems) => configured.Bind(section);

    protected override string Section => "Coverage";

    protected override CoverageOptions? Select(TalkEngineOptions options) => options.Coverage;

    protected override void ClearConfiguredLists(CoverageOptions options, Func<string, bool> configured)
    {
        if (configured("RequiredSources"))
        {
            options.RequiredSources = new HashSet<DemandSource>();
        }

        if (configured("QualifyingSources"))
        {
            options.QualifyingSources = new HashSet<DemandSource>();
        }

        if (options.Validation is { } validation && configured("Validation:InactiveStatuses"))
        {
            validation.InactiveStatuses = new HashSet<PersonStatusKind>();
        }
    }

    protected override void Check(CoverageOptions options, OptionsProblems p)
    {
        p.Enums(options.RequiredSources, "RequiredSources");
        if (options.RequiredSources is { Count: 0 })
        {
            p.Add(OptionsProblems.EmptyCode, "RequiredSources", $"is empty, so nobody would be required; list at least one source, such as 'Annual'.");
        }

        p.Enums(options.QualifyingSources, "QualifyingSources");
        if (!p.Null(options.Validation, "Validation", "leave it out to keep its defaults."))
        {
            p.Enums(options.Validation.InactiveStatuses, "Validation:InactiveStatuses");
        }
    }
}
