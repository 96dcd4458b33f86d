using System.Collections.Generic;
using TalkEngine.Demands;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>What coverage measures. A plain options class with documented defaults.</summary>
public sealed class CoverageOptions
{
    /// <summary>
    /// The demand sources whose subjects are <em>required</em>: the denominator of the rate.
    /// Default: <see cref="DemandSource.Annual"/> only (the account's "36 heads, 1 seconded, 35 required").
    /// </summary>
    public ISet<DemandSource> RequiredSources { get; set; } = new HashSet<DemandSource> { DemandSource.Annual };

    /// <summary>
    /// The record sources that <em>qualify</em> a required person as covered. A person is covered when
    /// at least one valid record (no error finding) dated in the period has the person as subject and
    /// a source in this set. Empty (the default) means any source: a talk is a talk, whatever the
    /// occasion. Set it to <see cref="DemandSource.Annual"/> to count only the annual round.
    /// </summary>
    public ISet<DemandSource> QualifyingSources { get; set; } = new HashSet<DemandSource>();

    /// <summary>How records are checked against the roster before they count.</summary>
    public RecordValidationOptions Validation { get; set; } = new();
}
