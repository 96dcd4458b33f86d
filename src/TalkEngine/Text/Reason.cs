using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TalkEngine;

/// <summary>
/// Why something was decided (an assignment, an exclusion, a finding, a style): a stable code such as
/// <c>balancing.supervising-leader</c> and its named arguments (ids, ISO dates, numbers, enum codes),
/// never text for people. <see cref="TextRenderer"/> turns it into simplified Chinese or English at the
/// edge, in the one language the host chose. Immutable and thread-safe; equal when code and arguments are.
/// </summary>
public sealed class Reason : IEquatable<Reason>
{
    private static readonly KeyValuePair<string, string>[] NoArguments = [];
    private readonly KeyValuePair<string, string>[] _arguments;
    private ArgumentView? _view;

    // The hash, computed once (0: not yet): reasons key the caches of shared lines, and hashing every argument on
    // each lookup showed in the outline benchmark. Benign race: two threads may both compute the same value.
    private int _hash;

    /// <summary>Creates a reason.</summary>
    /// <param name="code">The stable code, such as <c>balancing.least-loaded</c>.</param>
    /// <param name="arguments">The named arguments, in the order they are given; names are unique.</param>
    /// <exception cref="ArgumentException">The code is blank, or an argument name is blank or repeated.</exception>
    public Reason(string code, IEnumerable<KeyValuePair<string, string>>? arguments = null)
    {
        Code = Guard.NotNullOrWhiteSpace(code);
        if (arguments is null)
        {
            _arguments = NoArguments;
            return;
        }

        var list = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in arguments)
        {
            Guard.NotNullOrWhiteSpace(name, nameof(arguments));
            if (list.Exists(a => string.Equals(a.Key, name, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"The argument '{name}' is given twice.", nameof(arguments));
            }

            list.Add(new(name, value ?? throw new ArgumentException($"The argument '{name}' is null.", nameof(arguments))));
        }

        _arguments = list.ToArray();
    }

    private Reason(string code, KeyValuePair<string, string>[] arguments)
    {
        Code = code;
        _arguments = arguments;
    }

    /// <summary>The stable code, such as <c>balancing.least-loaded</c>.</summary>
    public string Code { get; }

    /// <summary>The named arguments, in order.</summary>
    public IReadOnlyDictionary<string, string> Arguments => _view ??= new ArgumentView(_arguments);

    /// <summary>The argument <paramref name="name"/>, or <see langword="null"/> when the reason has none of that name.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? this[string name]
    {
        get
        {
            foreach (var (key, value) in _arguments)
            {
                if (string.Equals(key, name, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <inheritdoc/>
    public bool Equals(Reason? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(Code, other.Code, StringComparison.Ordinal) || _arguments.Length != other._arguments.Length)
        {
            return false;
        }

        for (var i = 0; i < _arguments.Length; i++)
        {
            if (!string.Equals(_arguments[i].Key, other._arguments[i].Key, StringComparison.Ordinal)
                || !string.Equals(_arguments[i].Value, other._arguments[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Reason);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var cached = _hash;
        if (cached != 0)
        {
            return cached;
        }

        var computed = ComputeHashCode();
        return _hash = computed == 0 ? 1 : computed;
    }

    private int ComputeHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        foreach (var (key, value) in _arguments)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The code and arguments for logs and debugging, such as <c>balancing.fixed-by-source(source=inspection, leader=L03)</c>; not text for people.</summary>
    /// <returns>The invariant form.</returns>
    public override string ToString()
    {
        if (_arguments.Length == 0)
        {
            return Code;
        }

        var text = new StringBuilder(Code).Append('(');
        for (var i = 0; i < _arguments.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(_arguments[i].Key).Append('=').Append(_arguments[i].Value);
        }

        return text.Append(')').ToString();
    }

    // Engine-side factories: the engine's own codes and names are trusted, so nothing is copied or checked twice.
    internal static Reason Of(string code) => new(code, NoArguments);

    internal static Reason Of(string code, string name, string value) => new(code, [new(name, value)]);

    internal static Reason Of(string code, string name1, string value1, string name2, string value2)
        => new(code, [new(name1, value1), new(name2, value2)]);

    internal static Reason Of(string code, string name1, string value1, string name2, string value2, string name3, string value3)
        => new(code, [new(name1, value1), new(name2, value2), new(name3, value3)]);

    internal static Reason Of(string code, params (string Name, string Value)[] arguments)
    {
        var array = new KeyValuePair<string, string>[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            array[i] = new(arguments[i].Name, arguments[i].Value);
        }

        return new(code, array);
    }

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class ArgumentView(KeyValuePair<string, string>[] items) : IReadOnlyDictionary<string, string>
    {
        public int Count => items.Length;

        public IEnumerable<string> Keys => Array.ConvertAll(items, i => i.Key);

        public IEnumerable<string> Values => Array.ConvertAll(items, i => i.Value);

        public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The reason has no argument '{key}'.");

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out string value)
        {
            foreach (var (k, v) in items)
            {
                if (string.Equals(k, key, StringComparison.Ordinal))
                {
                    value = v;
                    return true;
                }
            }

            value = string.Empty;
            return false;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => items.GetEnumerator();
    }
}
