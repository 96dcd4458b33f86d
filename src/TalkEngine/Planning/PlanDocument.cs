using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Records;
using TalkEngine.Scheduling;

namespace TalkEngine.Planning;

/// <summary>
/// The year's plan as a document that lives for a year (the account's ¶4): the current version of the
/// <see cref="YearPlan"/> with its schedule and milestones, its state (<see cref="PlanState"/>), the leadership members
/// it was sent to and their comments, every state change with its day, every version with what changed, and the
/// records of the talks held. Made by <see cref="TalkPlanner.Draft"/>; each step returns a new document
/// (<see cref="SendForConsultation"/>, <see cref="Comment"/>, <see cref="Approve"/>, <see cref="Start"/>,
/// <see cref="Close"/>, <see cref="TalkPlanner.Replan"/>) and a step the state does not allow throws a
/// <see cref="PlanActionException"/> naming the state and the steps it allows. Saved and loaded by
/// <see cref="PlanDocumentJson"/>. Immutable and thread-safe.
/// </summary>
public sealed class PlanDocument
{
    private static readonly PlanAction[][] AllowedByState =
    [
        [PlanAction.SendForConsultation, PlanAction.Replan],
        [PlanAction.Comment, PlanAction.Approve, PlanAction.Replan],
        [PlanAction.Start, PlanAction.Replan],
        [PlanAction.Close, PlanAction.Replan],
        [],
    ];

    internal PlanDocument(
        YearPlan plan,
        TalkSchedule? schedule,
        SchedulingInput? schedulingInput,
        PlanMilestones? milestones,
        PlanState state,
        IReadOnlyList<string> consulted,
        IReadOnlyList<PlanComment> comments,
        IReadOnlyList<PlanStateChange> history,
        IReadOnlyList<PlanRevision> revisions,
        IReadOnlyList<TalkRecord> records)
    {
        Plan = plan;
        Schedule = schedule;
        SchedulingInput = schedulingInput;
        Milestones = milestones;
        State = state;
        Consulted = consulted;
        Comments = comments;
        History = history;
        Revisions = revisions;
        Records = records;
    }

    /// <summary>The current version's number: the last of <see cref="Revisions"/> (1 for the first draft).</summary>
    public int Version => Revisions[^1].Version;

    /// <summary>The document's state.</summary>
    public PlanState State { get; }

    /// <summary>The current version of the plan.</summary>
    public YearPlan Plan { get; }

    /// <summary>The current version's schedule (talk ids are demand ids), or <see langword="null"/> when the document has none.</summary>
    public TalkSchedule? Schedule { get; }

    /// <summary>The leaders' caps and absences, the subjects' absences and the rooms the schedule was made with; <see langword="null"/> for none.</summary>
    public SchedulingInput? SchedulingInput { get; }

    /// <summary>The year's milestones, or <see langword="null"/> when the document has none.</summary>
    public PlanMilestones? Milestones { get; }

    /// <summary>The leaders the draft was sent to for comments, sorted by id; empty before <see cref="SendForConsultation"/>.</summary>
    public IReadOnlyList<string> Consulted { get; }

    /// <summary>The members' comments, in the order recorded.</summary>
    public IReadOnlyList<PlanComment> Comments { get; }

    /// <summary>Every state change, in order.</summary>
    public IReadOnlyList<PlanStateChange> History { get; }

    /// <summary>Every version, from 1, each with what changed against the one before.</summary>
    public IReadOnlyList<PlanRevision> Revisions { get; }

    /// <summary>The records of the talks held, in the order added (checked when measured, see <see cref="YearPlan.CreateRecordStore"/>).</summary>
    public IReadOnlyList<TalkRecord> Records { get; }

    /// <summary>The steps the current state allows.</summary>
    public IReadOnlyList<PlanAction> AllowedActions => ActionsAllowedIn(State);

    /// <summary>
    /// The steps a state allows: the lifecycle's one rule, for hosts that keep the state in their own storage and
    /// check a step before taking it.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <returns>The allowed steps (none once closed).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public static IReadOnlyList<PlanAction> ActionsAllowedIn(PlanState state)
        => Enum.IsDefined(state)
            ? Array.AsReadOnly(AllowedByState[(int)state])
            : throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown plan state; use a PlanState value.");

    /// <summary>Whether the current state allows <paramref name="action"/>.</summary>
    /// <param name="action">The step.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Allows(PlanAction action) => Array.IndexOf(AllowedByState[(int)State], action) >= 0;

    /// <summary>The consulted leaders who have not commented yet, by id (the account asks for every member's comments).</summary>
    /// <returns>The ids of the consulted leaders with no comment yet.</returns>
    public IReadOnlyList<string> AwaitingComments()
    {
        var commented = Comments.Select(c => c.LeaderId).ToHashSet(StringComparer.Ordinal);
        return Consulted.Where(id => !commented.Contains(id)).ToArray();
    }

    /// <summary>
    /// Sends the draft to the leadership members for comments (征求意见稿): draft → in consultation. Every leader of the
    /// roster when <paramref name="leaderIds"/> is <see langword="null"/>.
    /// </summary>
    /// <param name="date">The day it was sent; not before the document's last step.</param>
    /// <param name="leaderIds">The leaders it was sent to; <see langword="null"/> for the whole leadership team.</param>
    /// <returns>The document in consultation.</returns>
    /// <exception cref="PlanActionException">The document is not a draft.</exception>
    /// <exception cref="ArgumentException">A leader is not on the roster's leadership team, none is given, or the day is before the last step.</exception>
    public PlanDocument SendForConsultation(LocalDate date, IEnumerable<string>? leaderIds = null)
    {
        Require(PlanAction.SendForConsultation);
        CheckDate(date);
        var ids = (leaderIds is null ? Plan.Roster.Leaders.Select(l => l.Id) : Guard.NoNullItems(leaderIds))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            throw new ArgumentException("The draft must go to at least one leader; the roster has none, or the list is empty.", nameof(leaderIds));
        }

        foreach (var id in ids)
        {
            if (Plan.Roster.FindLeader(id) is null)
            {
                throw new ArgumentException($"'{id}' is not a leader of the roster; send the draft to members of the leadership team.", nameof(leaderIds));
            }
        }

        return With(PlanState.InConsultation, date, consulted: Array.AsReadOnly(ids));
    }

    /// <summary>Records a consulted member's comment on the current version, with its day.</summary>
    /// <param name="leaderId">The leader, one the draft was sent to.</param>
    /// <param name="date">The day the comment came in; not before the draft was sent.</param>
    /// <param name="text">The comment.</param>
    /// <returns>The document with the comment.</returns>
    /// <exception cref="PlanActionException">The document is not in consultation.</exception>
    /// <exception cref="ArgumentException">The leader was not consulted, the text is empty, or the day is before the draft was sent.</exception>
    public PlanDocument Comment(string leaderId, LocalDate date, string text)
    {
        Require(PlanAction.Comment);
        Guard.NotNullOrWhiteSpace(leaderId);
        if (!Consulted.Contains(leaderId, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The draft was not sent to '{leaderId}'; only the consulted leaders ({string.Join(", ", Consulted)}) comment.", nameof(leaderId));
        }

        CheckDate(date);
        var comment = new PlanComment(leaderId, date, text, Version);
        return new PlanDocument(Plan, Schedule, SchedulingInput, Milestones, State, Consulted, Append(Comments, comment), History, Revisions, Records);
    }

    /// <summary>Approves the plan after the consultation: in consultation → approved.</summary>
    /// <param name="date">The day of approval; not before the last step or comment.</param>
    /// <returns>The approved document.</returns>
    /// <exception cref="PlanActionException">The document is not in consultation.</exception>
    /// <exception cref="ArgumentException">The day is before the last step or comment.</exception>
    public PlanDocument Approve(LocalDate date) => Step(PlanAction.Approve, PlanState.Approved, date);

    /// <summary>Starts carrying out the approved plan: approved → in progress.</summary>
    /// <param name="date">The day; not before the last step.</param>
    /// <returns>The document in progress.</returns>
    /// <exception cref="PlanActionException">The document is not approved.</exception>
    /// <exception cref="ArgumentException">The day is before the last step.</exception>
    public PlanDocument Start(LocalDate date) => Step(PlanAction.Start, PlanState.InProgress, date);

    /// <summary>Closes the year: in progress → closed. Nothing changes a closed document.</summary>
    /// <param name="date">The day; not before the last step.</param>
    /// <returns>The closed document.</returns>
    /// <exception cref="PlanActionException">The document is not in progress.</exception>
    /// <exception cref="ArgumentException">The day is before the last step.</exception>
    public PlanDocument Close(LocalDate date) => Step(PlanAction.Close, PlanState.Closed, date);

    /// <summary>The document with other milestones (the host's own dates); allowed in every state but closed.</summary>
    /// <param name="milestones">The milestones.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestones"/> is null.</exception>
    /// <exception cref="PlanActionException">The document is closed.</exception>
    public PlanDocument WithMilestones(PlanMilestones milestones)
    {
        Guard.NotNull(milestones);
        Require(PlanAction.Replan);
        return new PlanDocument(Plan, Schedule, SchedulingInput, milestones, State, Consulted, Comments, History, Revisions, Records);
    }

    /// <summary>The document with the records of the talks held so far (replacing those it had); allowed in every state but closed.</summary>
    /// <param name="records">The records, in the host's order.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null or holds a null.</exception>
    /// <exception cref="PlanActionException">The document is closed.</exception>
    public PlanDocument WithRecords(IEnumerable<TalkRecord> records)
    {
        var list = Guard.NoNullItems(records).ToArray();
        Require(PlanAction.Replan);
        return new PlanDocument(Plan, Schedule, SchedulingInput, Milestones, State, Consulted, Comments, History, Revisions, Array.AsReadOnly(list));
    }

    /// <summary>The day of the document's last step, comment or version.</summary>
    public LocalDate LastDate
    {
        get
        {
            var last = Revisions[^1].Date;
            if (History.Count > 0 && History[^1].Date > last)
            {
                last = History[^1].Date;
            }

            if (Comments.Count > 0 && Comments[^1].Date > last)
            {
                last = Comments[^1].Date;
            }

            return last;
        }
    }

    /// <summary>Throws the refusal when the state does not allow <paramref name="action"/>.</summary>
    internal void Require(PlanAction action)
    {
        if (!Allows(action))
        {
            throw new PlanActionException(State, action, AllowedByState[(int)State]);
        }
    }

    /// <summary>The document with a new version of the plan (same state, consultation and comments).</summary>
    internal PlanDocument WithVersion(YearPlan plan, TalkSchedule? schedule, SchedulingInput? schedulingInput, PlanRevision revision)
        => new(plan, schedule, schedulingInput, Milestones, State, Consulted, Comments, History, Append(Revisions, revision), Records);

    internal void CheckDate(LocalDate date, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(date))] string? name = null)
    {
        var last = LastDate;
        if (date < last)
        {
            throw new ArgumentException($"The day {IsoText.Date(date)} is before the document's last step ({IsoText.Date(last)}); steps are recorded in order.", name);
        }
    }

    private PlanDocument Step(PlanAction action, PlanState to, LocalDate date)
    {
        Require(action);
        CheckDate(date);
        return With(to, date, Consulted);
    }

    private PlanDocument With(PlanState to, LocalDate date, IReadOnlyList<string> consulted)
        => new(Plan, Schedule, SchedulingInput, Milestones, to, consulted, Comments, Append(History, new PlanStateChange(State, to, date)), Revisions, Records);

    private static IReadOnlyList<T> Append<T>(IReadOnlyList<T> list, T item)
    {
        var copy = new T[list.Count + 1];
        for (var i = 0; i < list.Count; i++)
        {
            copy[i] = list[i];
        }

        copy[^1] = item;
        return Array.AsReadOnly(copy);
    }
}
