using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TalkEngine;

/// <summary>
/// The validation of one section of <see cref="TalkEngineOptions"/>, run by DI when the host starts
/// (<c>ValidateOnStart</c>, failures as <c>[code] key: message</c>) and by the service's constructor when a host
/// <c>new</c>s it (a <see cref="TalkEngineValidationException"/> with code <c>options.&lt;section&gt;</c>): the same
/// checks, the same problem codes. A new section is one property on the root and one subclass of this.
/// </summary>
/// <typeparam name="TSection">The section's options class.</typeparam>
internal abstract class OptionsSectionValidator<TSection> : ITalkEngineSection
    where TSection : class
{
    /// <summary>The section's key under <c>TalkEngine</c>, such as <c>Demands</c>; empty for the root.</summary>
    protected abstract string Section { get; }

    /// <summary>The exception's error code, such as <c>options.demands</c>.</summary>
    public string ErrorCode => Section.Length == 0 ? "options" : "options." + Codes.Kebab(Section);

    public ValidateOptionsResult Validate(string? name, TalkEngineOptions options)
    {
        var problems = Collect(options is null ? null : Select(options));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => p.ToString()));
    }

    public IReadOnlyList<ValidationProblem> CollectFrom(TalkEngineOptions options) => Collect(Select(options));

    /// <summary>Every problem of the section; empty when it is valid.</summary>
    public IReadOnlyList<ValidationProblem> Collect(TSection? section)
    {
        var problems = new OptionsProblems(Section.Length == 0 ? TalkEngineOptions.SectionName : TalkEngineOptions.SectionName + ":" + Section);
        if (!problems.Null(section, string.Empty, "leave the section out to keep its defaults."))
        {
            Check(section!, problems);
        }

        return problems.Problems;
    }

    /// <summary>Throws when the section has a problem, listing every problem.</summary>
    /// <exception cref="TalkEngineValidationException">Code <see cref="ErrorCode"/>.</exception>
    public void ThrowIfInvalid(TSection? section) => TalkEngineValidationException.ThrowIfAny(ErrorCode, Collect(section).ToArray());

    public void Bind(TalkEngineOptions options, IConfiguration root)
    {
        if (Select(options) is not { } section)
        {
            return;
        }

        var configured = Section.Length == 0 ? root : root.GetSection(Section);
        if (configured is IConfigurationSection own && !own.Exists())
        {
            return;
        }

        ClearConfiguredLists(section, key => configured.GetSection(key).Exists());
        try
        {
            Bind(section, configured, options.BindingProblems);
        }
        catch (InvalidOperationException ex)
        {
            // The binder stops at the first value it cannot convert and names its full path in the message
            // ("Failed to convert configuration value at 'TalkEngine:Demands:Overlaps' to type ...").
            options.BindingProblems.Add(TalkEngineConfigurationBinder.Unreadable(root, ex.Message));
        }
    }

    /// <summary>
    /// Binds the section from <paramref name="configured"/> (its own configuration section). Each section calls the
    /// binder with its concrete type (<c>configured.Bind(section)</c>), which the binding source generator turns into
    /// trim- and AOT-safe code. A section bound by hand adds what it cannot read to <paramref name="problems"/>.
    /// </summary>
    protected abstract void Bind(TSection section, IConfiguration configured, List<ValidationProblem> problems);

    /// <summary>Empties (replaces with a new empty list) each list option for which <paramref name="configured"/> (a key under the section) is true.</summary>
    protected virtual void ClearConfiguredLists(TSection section, Func<string, bool> configured)
    {
    }

    /// <summary>The section in the root options.</summary>
    protected abstract TSection? Select(TalkEngineOptions options);

    /// <summary>Adds the section's problems (the section is not null).</summary>
    protected abstract void Check(TSection section, OptionsProblems problems);
}
