using System;
using System.Collections.Generic;
using System.Linq;

namespace TalkEngine;

/// <summary>
/// Thrown when domain input (a roster, calendar overrides, demands…) is invalid. It carries
/// <em>every</em> problem found, not only the first, so that a host can fix its data in one pass.
/// </summary>
public sealed class TalkEngineValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errorCode">A stable code for the kind of input that failed, such as <c>calendar.overrides</c>.</param>
    /// <param name="problems">The problems; at least one.</param>
    public TalkEngineValidationException(string errorCode, IEnumerable<ValidationProblem> problems)
        : this(errorCode, Materialize(problems))
    {
    }

    private TalkEngineValidationException(string errorCode, IReadOnlyList<ValidationProblem> problems)
        : base(BuildMessage(errorCode, problems))
    {
        ErrorCode = errorCode;
        Problems = problems;
    }

    /// <summary>A stable code for the kind of input that failed, such as <c>calendar.overrides</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Throws when <paramref name="problems"/> is not empty.</summary>
    /// <param name="errorCode">The code to throw with.</param>
    /// <param name="problems">The problems found; nothing happens when empty.</param>
    /// <exception cref="TalkEngineValidationException">At least one problem was given.</exception>
    public static void ThrowIfAny(string errorCode, IReadOnlyCollection<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count > 0)
        {
            throw new TalkEngineValidationException(errorCode, problems);
        }
    }

    private static IReadOnlyList<ValidationProblem> Materialize(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        return list;
    }

    private static string BuildMessage(string errorCode, IReadOnlyList<ValidationProblem> problems)
    {
        var lines = problems.Select(p => "  - " + p);
        return $"{errorCode}: {problems.Count} problem(s) found:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
