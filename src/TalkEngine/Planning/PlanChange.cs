using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Planning;

/// <summary>What re-planning changed for one talk (code in JSON: <c>demand-added</c>…).</summary>
public enum PlanChangeKind
{
    /// <summary>A demand the previous version did not have (<c>demand-added</c>): a new inspection round, a new appointment…</summary>
    DemandAdded,

    /// <summary>A demand of the previous version that is gone (<c>demand-removed</c>): its subject left, its round was dropped…</summary>
    DemandRemoved,

    /// <summary>The talk has another leader (<c>leader-changed</c>): the previous one left, or the balance needed it.</summary>
    LeaderChanged,

    /// <summary>The talk moved to another day, or lost or gained its day (<c>talk-moved</c>).</summary>
    TalkMoved,
}

/// <summary>
/// One change between two versions of a plan, for one demand (talk): its kind, the leaders and days before and after.
/// Values that do not apply are <see langword="null"/>. Immutable.
/// </summary>
/// <param name="Kind">What changed.</param>
/// <param name="DemandId">The demand (the talk's id).</param>
/// <param name="SubjectId">The demand's subject.</param>
/// <param name="FromLeaderId">The leader before (removed, changed), or <see langword="null"/>.</param>
/// <param name="ToLeaderId">The leader after (added, changed), or <see langword="null"/>.</param>
/// <param name="FromDate">The talk's day before (moved), or <see langword="null"/> when it had none.</param>
/// <param name="ToDate">The talk's day after (moved), or <see langword="null"/> when it has none.</param>
public sealed record PlanChange(
    PlanChangeKind Kind,
    string DemandId,
    string SubjectId,
    string? FromLeaderId = null,
    string? ToLeaderId = null,
    LocalDate? FromDate = null,
    LocalDate? ToDate = null);

/// <summary>
/// A version of the plan: its number (1 for the first draft), the day it was made, the host's note on why (a new
/// inspection round, a leader leaving) and what changed against the version before, by demand id then kind. Immutable.
/// </summary>
/// <param name="Version">The version number, 1, 2…</param>
/// <param name="Date">The day the version was made.</param>
/// <param name="Note">Why, in the host's words; <see langword="null"/> for none.</param>
/// <param name="Changes">What changed against the previous version; empty for version 1.</param>
public sealed record PlanRevision(int Version, LocalDate Date, string? Note, IReadOnlyList<PlanChange> Changes);
