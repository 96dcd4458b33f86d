using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TalkEngine;

/// <summary>
/// Argument checks for caller mistakes (NodaTime's <c>Preconditions</c> in spirit): each throws an
/// <see cref="ArgumentException"/> that names the offending parameter.
/// Invalid domain data is reported all at once by <see cref="TalkEngineValidationException"/> instead.
/// </summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotNullOrWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", name);
        }

        return value;
    }

    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must not be negative.");

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be positive.");

    public static IReadOnlyList<T> NoNullItems<T>(IEnumerable<T?>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        NotNull(items, name);
        var list = new List<T>(items is IReadOnlyCollection<T?> sized ? sized.Count : 0);
        var index = 0;
        foreach (var item in items!)
        {
            if (item is null)
            {
                throw new ArgumentException($"Item {index} is null; remove it or supply a value.", name);
            }

            list.Add(item);
            index++;
        }

        return list;
    }
}
