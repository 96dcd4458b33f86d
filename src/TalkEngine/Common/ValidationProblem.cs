using System;
using System.Collections.Generic;
using System.Linq;

namespace TalkEngine;

/// <summary>
/// One problem found in domain input: what is wrong, where, which ids are involved and how to fix it.
/// Immutable and thread-safe.
/// </summary>
public sealed record ValidationProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">A stable machine-readable code, such as <c>calendar.duplicate-date</c>.</param>
    /// <param name="message">A sentence that says what is wrong and how to fix it.</param>
    /// <param name="path">Where in the input the problem is, such as <c>days[3].date</c>; <see langword="null"/> when not applicable.</param>
    /// <param name="ids">The ids (of people, units, dates…) the problem involves, in a deterministic order.</param>
    public ValidationProblem(string code, string message, string? path = null, IEnumerable<string>? ids = null)
    {
        Code = Guard.NotNullOrWhiteSpace(code);
        Message = Guard.NotNullOrWhiteSpace(message);
        Path = path;
        Ids = ids is null ? Array.Empty<string>() : ids.ToArray();
    }

    /// <summary>A stable machine-readable code, such as <c>calendar.duplicate-date</c>.</summary>
    public string Code { get; }

    /// <summary>A sentence that says what is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>Where in the input the problem is, such as <c>days[3].date</c>; <see langword="null"/> when not applicable.</summary>
    public string? Path { get; }

    /// <summary>The ids the problem involves.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <inheritdoc />
    public override string ToString() => Path is null ? $"[{Code}] {Message}" : $"[{Code}] {Path}: {Message}";
}
