using System.Collections.Generic;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Coverage;

/// <summary>A person left out of the required set, with the reason and the evidence (the demand exclusions).</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Name">The person's name, or the id when the roster does not know him.</param>
/// <param name="Status">The status that excludes the person (seconded, post vacant…), from the first exclusion.</param>
/// <param name="Reason">The reason of the first exclusion (a code with arguments; render it with <see cref="TextRenderer"/>).</param>
/// <param name="Evidence">Every exclusion for the person (one per post or source), in the demand set's order.</param>
public sealed record ExcludedPerson(
    string PersonId,
    string Name,
    PersonStatusKind Status,
    Reason Reason,
    IReadOnlyList<DemandExclusion> Evidence);
