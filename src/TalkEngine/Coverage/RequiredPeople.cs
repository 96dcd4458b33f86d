using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>
/// The required people of a report as a list whose rows are built when first read, from the flat
/// arrays the calculator filled: a report over 100,000 people then costs no row (nor demand id list)
/// until a caller looks at one, and a caller who reads them all gets each row once.
/// </summary>
internal sealed class RequiredPeople : IReadOnlyList<RequiredPerson>
{
    private readonly RosterIndex _index;
    private readonly int[] _people;
    private readonly int[] _qualifyingTalks;
    private readonly int[] _firstRecord;
    private readonly int[] _unit;
    private readonly bool[] _demandRequired;
    private readonly TalkRecord[] _records;
    private readonly RequiredPerson?[] _rows;

    /// <param name="index">The roster index the indexes below refer to.</param>
    /// <param name="people">The required people's indexes, ascending (so rows are in id order).</param>
    /// <param name="tally">The record pass's per-person tallies.</param>
    /// <param name="unit">Per person: the unit of his first required demand, else his home unit; -1 when none.</param>
    /// <param name="demandRequired">Per demand: counted as required in this period.</param>
    /// <param name="records">The valid records the tallies' first-record indexes point into; never written below their count.</param>
    public RequiredPeople(RosterIndex index, int[] people, CoverageCalculator.PersonTally[] tally, int[] unit, bool[] demandRequired, TalkRecord[] records)
    {
        _index = index;
        _people = people;
        _qualifyingTalks = new int[people.Length];
        _firstRecord = new int[people.Length];
        _unit = new int[people.Length];
        for (var r = 0; r < people.Length; r++)
        {
            var p = people[r];
            _qualifyingTalks[r] = tally[p].QualifyingTalks;
            _firstRecord[r] = tally[p].FirstRecord;
            _unit[r] = unit[p];
        }

        _demandRequired = demandRequired;
        _records = records;
        _rows = new RequiredPerson?[people.Length];
    }

    public int Count => _people.Length;

    public RequiredPerson this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_rows.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be between 0 and {_rows.Length - 1}.");
            }

            // Published once: concurrent readers of the same row get the same instance.
            return _rows[index] ?? Interlocked.CompareExchange(ref _rows[index], Build(index), null) ?? _rows[index]!;
        }
    }

    public IEnumerator<RequiredPerson> GetEnumerator()
    {
        for (var i = 0; i < _rows.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private RequiredPerson Build(int row)
    {
        var p = _people[row];
        var person = _index.People[p];

        // The person's required demands, in demand (id) order.
        var demands = _index.SubjectDemands.AsSpan(_index.SubjectDemandStart[p], _index.SubjectDemandStart[p + 1] - _index.SubjectDemandStart[p]);
        var count = 0;
        foreach (var d in demands)
        {
            count += _demandRequired[d] ? 1 : 0;
        }

        var ids = new string[count];
        count = 0;
        foreach (var d in demands)
        {
            if (_demandRequired[d])
            {
                ids[count++] = _index.Demands[d].Id;
            }
        }

        var unit = _unit[row];
        var first = _qualifyingTalks[row] > 0 ? _records[_firstRecord[row]] : null;
        return new RequiredPerson(
            person.Id,
            person.Name,
            unit >= 0 ? _index.Units[unit].Id : null,
            Array.AsReadOnly(ids),
            _qualifyingTalks[row],
            first?.Id,
            first?.Date);
    }
}
