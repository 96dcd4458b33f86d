using System;
using System.Collections.Generic;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>
/// Builds the rows of a report's required people from the flat arrays the calculator filled, one row
/// (and its list of demand ids) when first read (<see cref="LazyRows{T}"/>).
/// </summary>
internal sealed class RequiredPeople
{
    private readonly RosterIndex _index;
    private readonly int[] _people;
    private readonly int[] _qualifyingTalks;
    private readonly int[] _firstRecord;
    private readonly int[] _unit;
    private readonly bool[] _demandRequired;
    private readonly int[] _firstDay;
    private readonly string[] _recordIds;

    /// <param name="index">The roster index the indexes below refer to.</param>
    /// <param name="people">The required people's indexes, ascending (so rows are in id order).</param>
    /// <param name="tally">The record pass's per-person tallies.</param>
    /// <param name="unit">Per person: the unit of his first required demand, else his home unit; -1 when none.</param>
    /// <param name="demandRequired">Per demand: counted as required in this period.</param>
    /// <param name="recordIds">The ids of the valid records the tallies' first-record indexes point into; never written below their count.</param>
    public RequiredPeople(RosterIndex index, int[] people, CoverageCalculator.PersonTally[] tally, int[] unit, bool[] demandRequired, string[] recordIds)
    {
        _index = index;
        _people = people;
        _qualifyingTalks = new int[people.Length];
        _firstRecord = new int[people.Length];
        _firstDay = new int[people.Length];
        _unit = new int[people.Length];
        for (var r = 0; r < people.Length; r++)
        {
            var p = people[r];
            _qualifyingTalks[r] = tally[p].QualifyingTalks;
            _firstRecord[r] = tally[p].FirstRecord;
            _firstDay[r] = tally[p].FirstDay;
            _unit[r] = unit[p];
        }

        _demandRequired = demandRequired;
        _recordIds = recordIds;
    }

    /// <summary>The rows, built when read.</summary>
    public IReadOnlyList<RequiredPerson> AsList() => new LazyRows<RequiredPerson>(_people.Length, Build);

    private RequiredPerson Build(int row)
    {
        var p = _people[row];

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
                ids[count++] = _index.DemandIds[d];
            }
        }

        var unit = _unit[row];
        var covered = _qualifyingTalks[row] > 0;
        return new RequiredPerson(
            _index.PersonIds[p],
            _index.PersonNames[p],
            unit >= 0 ? _index.UnitIds[unit] : null,
            Array.AsReadOnly(ids),
            _qualifyingTalks[row],
            covered ? _recordIds[_firstRecord[row]] : null,
            covered ? DayNumbers.ToDate(_firstDay[row]) : null);
    }
}
