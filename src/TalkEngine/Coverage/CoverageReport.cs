using System.Collections.Generic;
using NodaTime;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>
/// Coverage of a period: who was required, who was excluded and why, who was covered, the rate,
/// person-times and breakdowns, and the projection. Produced by <see cref="CoverageCalculator"/>.
/// Every list is ordered deterministically (by id, or by enum order). Immutable and thread-safe.
/// </summary>
public sealed class CoverageReport
{
    internal CoverageReport(
        DateInterval period,
        IReadOnlyList<RequiredPerson> required,
        IReadOnlyList<ExcludedPerson> excluded,
        IReadOnlyList<string> covered,
        IReadOnlyList<string> notCovered,
        PersonTimes personTimes,
        int peopleTalkedTo,
        IReadOnlyList<UnitKindCoverage> byUnitKind,
        IReadOnlyList<UnitCoverage> byUnit,
        IReadOnlyList<SourceActivity> bySource,
        IReadOnlyList<LeaderActivity> byLeader,
        int personTimesWithoutUnit,
        CoverageProjection projection,
        RecordValidationResult validation)
    {
        Period = period;
        Required = required;
        Excluded = excluded;
        Rate = new CoverageRate(covered.Count, required.Count);
        Covered = covered;
        NotCovered = notCovered;
        PersonTimes = personTimes;
        PeopleTalkedTo = peopleTalkedTo;
        ByUnitKind = byUnitKind;
        ByUnit = byUnit;
        BySource = bySource;
        ByLeader = byLeader;
        PersonTimesWithoutUnit = personTimesWithoutUnit;
        Projection = projection;
        Validation = validation;
    }

    /// <summary>The period measured.</summary>
    public DateInterval Period { get; }

    /// <summary>The heads in scope: the people required plus the people excluded (the account's "36").</summary>
    public int HeadsInScope => Required.Count + Excluded.Count;

    /// <summary>
    /// The people required (each once, however many posts or demands), ordered by id. Each row is built
    /// when first read and then kept, so a caller who needs only <see cref="Rate"/>, <see cref="Covered"/>
    /// or the totals pays for no rows; reading a row twice gives the same instance.
    /// </summary>
    public IReadOnlyList<RequiredPerson> Required { get; }

    /// <summary>The people excluded, with reason and evidence, ordered by id; never also in <see cref="Required"/>.</summary>
    public IReadOnlyList<ExcludedPerson> Excluded { get; }

    /// <summary>The ids of the required people covered, ordered.</summary>
    public IReadOnlyList<string> Covered { get; }

    /// <summary>The ids of the required people not yet covered, ordered.</summary>
    public IReadOnlyList<string> NotCovered { get; }

    /// <summary>Covered over required, exact, with a rounded percentage; not applicable when no one is required.</summary>
    public CoverageRate Rate { get; }

    /// <summary>The valid records of the period, in person-times, in total and by source.</summary>
    public PersonTimes PersonTimes { get; }

    /// <summary>The distinct subjects of the period's valid records, required or not.</summary>
    public int PeopleTalkedTo { get; }

    /// <summary>Coverage per unit kind, ordered by kind code.</summary>
    public IReadOnlyList<UnitKindCoverage> ByUnitKind { get; }

    /// <summary>
    /// Coverage per unit, ordered by unit id; units with neither required people nor records are left out.
    /// Rows are built when first read and then kept, like <see cref="Required"/>.
    /// </summary>
    public IReadOnlyList<UnitCoverage> ByUnit { get; }

    /// <summary>Activity per source with at least one demand or record, in the order of the sources.</summary>
    public IReadOnlyList<SourceActivity> BySource { get; }

    /// <summary>Activity per leader who talked (on the leadership team or not), ordered by leader id.</summary>
    public IReadOnlyList<LeaderActivity> ByLeader { get; }

    /// <summary>Valid records whose unit is not known (no unit on the record, its demand or the subject's posts); not in <see cref="ByUnit"/>.</summary>
    public int PersonTimesWithoutUnit { get; }

    /// <summary>The coverage if every talk still scheduled takes place.</summary>
    public CoverageProjection Projection { get; }

    /// <summary>
    /// The records given (valid or rejected) dated outside <see cref="Period"/>: none of the figures counts them, so a
    /// non-zero number is worth a look (a mistyped year, a record of last year). The year's summary says so.
    /// </summary>
    public int RecordsOutsidePeriod => Validation.OutsidePeriod;

    /// <summary>
    /// The ids of some records outside <see cref="Period"/>, at most 10 (<see cref="RecordsOutsidePeriod"/> counts them all): the first
    /// given, in order; from a store, its valid records first, then its rejected ones.
    /// </summary>
    public IReadOnlyList<string> RecordIdsOutsidePeriod => Validation.OutsidePeriodIds;

    /// <summary>The period's records checked against the roster: the rejected records and every finding.</summary>
    public RecordValidationResult Validation { get; }
}
