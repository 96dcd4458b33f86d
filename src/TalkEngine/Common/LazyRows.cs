using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace TalkEngine;

/// <summary>
/// A read-only list whose rows are built when first read and then kept: a report over 100,000 people
/// or units costs no row object until a caller looks at it, and a caller who reads them all gets each
/// row built once. Thread-safe: concurrent readers of a row get the same instance.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class LazyRows<T> : IReadOnlyList<T>
    where T : class
{
    private readonly Func<int, T> _build;
    private readonly T?[] _rows;

    /// <param name="count">The number of rows.</param>
    /// <param name="build">Builds row i from data the caller keeps unchanged; called at most once per row unless two threads race, and then one result wins.</param>
    public LazyRows(int count, Func<int, T> build)
    {
        _build = build;
        _rows = new T?[count];
    }

    public int Count => _rows.Length;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_rows.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be between 0 and {_rows.Length - 1}.");
            }

            return _rows[index] ?? Interlocked.CompareExchange(ref _rows[index], _build(index), null) ?? _rows[index]!;
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _rows.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
