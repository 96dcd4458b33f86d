using System.Collections.Generic;
using TalkEngine.Organization;

namespace TalkEngine.Records;

/// <summary>How talk records are checked against the roster. A plain options class with documented defaults.</summary>
public sealed class RecordValidationOptions
{
    /// <summary>
    /// The statuses in which a person cannot be talked to: a record dated while its subject has one
    /// of them is rejected (<see cref="RecordFindingKind.SubjectNotActive"/>).
    /// Default: <see cref="PersonStatusKind.Seconded"/>, <see cref="PersonStatusKind.OnLeave"/>, <see cref="PersonStatusKind.Left"/>.
    /// </summary>
    public ISet<PersonStatusKind> InactiveStatuses { get; set; } = new HashSet<PersonStatusKind>
    {
        PersonStatusKind.Seconded,
        PersonStatusKind.OnLeave,
        PersonStatusKind.Left,
    };

    /// <summary>
    /// Set to <see langword="true"/> when the host's store guarantees unique record ids (a primary
    /// key): the check for <see cref="RecordFindingKind.DuplicateRecordId"/> is then skipped, which
    /// saves a set of every record id (the largest allocation when a million records are checked).
    /// Default: <see langword="false"/> — duplicates are found and only the first is counted.
    /// </summary>
    public bool RecordIdsAreUnique { get; set; }
}
