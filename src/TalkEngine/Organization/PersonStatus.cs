using System;
using NodaTime;

namespace TalkEngine.Organization;

/// <summary>A status of a person (seconded, on leave, …) over a period. Immutable and thread-safe.</summary>
/// <param name="Kind">The status.</param>
/// <param name="Period">When it applies (inclusive).</param>
/// <param name="Note">A free note, such as where the person is seconded to; may be <see langword="null"/>.</param>
public sealed record PersonStatus(PersonStatusKind Kind, DateInterval Period, string? Note = null)
{
    /// <summary>The status.</summary>
    public PersonStatusKind Kind { get; } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown status.");

    /// <summary>When it applies (inclusive).</summary>
    public DateInterval Period { get; } = Guard.NotNull(Period);

    /// <summary>A free note, such as where the person is seconded to; may be <see langword="null"/>.</summary>
    public string? Note { get; } = Note;
}
