using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using TalkEngine.Balancing;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using TalkEngine.Scheduling;

namespace TalkEngine.Planning;

/// <summary>
/// Saves a <see cref="PlanDocument"/> as JSON and loads it back without losing anything: the document's state, its
/// consultation and comments, its history and versions with their changes, its milestones, the year's input (the
/// roster, the period, the inspection rounds, the survey, petitions, drives, appointments, the leaders' balancing
/// settings, recusals and previous assignment), the assignment, the scheduling input, the schedule and the records.
/// The format carries <see cref="FormatVersion"/>; a newer or unknown version is refused. Loading reads the input, plans
/// it again with the given planner (configured as the one that saved it: same sources, policies and options) and checks
/// that every talk has the leader saved; the schedule is restored as saved. The JSON is compact camelCase, NodaTime values
/// as ISO text, enums as their codes; source-generated (trim- and AOT-safe). Thread-safe.
/// </summary>
/// <remarks>
/// Not saved: the eligibility rules of the balancing input (code; give them again to <see cref="Deserialize(ReadOnlySpan{byte}, TalkPlanner, IEnumerable{ILeaderEligibilityRule})"/>),
/// the input's catalogue and calendar (the loading planner's are used).
/// </remarks>
public static class PlanDocumentJson
{
    /// <summary>The format version this package writes and reads: 1.</summary>
    public const int FormatVersion = 1;

    /// <summary>The error code of a document that cannot be loaded: <c>planning.document</c>.</summary>
    public const string ErrorCode = "planning.document";

    /// <summary>The document as compact UTF-8 JSON.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON bytes; the same document gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(PlanDocument document)
        => JsonSerializer.SerializeToUtf8Bytes(ToDto(Guard.NotNull(document)), PlanDocumentJsonContext.Default.DocumentDto);

    /// <summary>The document as compact JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(PlanDocument document) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(document));

    /// <summary>Loads a document saved by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="planner">The planner that plans the saved input again (configured as the one that saved it).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="planner"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">The JSON is not a plan document of a known format version, or its content is invalid or does not plan to the saved assignment (code <see cref="ErrorCode"/>); every problem found is listed with its JSON path.</exception>
    public static PlanDocument Deserialize(string json, TalkPlanner planner)
        => Deserialize(Encoding.UTF8.GetBytes(Guard.NotNull(json)), planner);

    /// <summary>Loads a document saved by <see cref="SerializeToUtf8Bytes"/>.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <param name="planner">The planner that plans the saved input again (configured as the one that saved it).</param>
    /// <param name="rules">The balancing input's eligibility rules, which are code and not saved; none when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planner"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">The JSON is not a plan document of a known format version, or its content is invalid or does not plan to the saved assignment (code <see cref="ErrorCode"/>); every problem found is listed with its JSON path.</exception>
    public static PlanDocument Deserialize(ReadOnlySpan<byte> utf8Json, TalkPlanner planner, IEnumerable<ILeaderEligibilityRule>? rules = null)
    {
        Guard.NotNull(planner);
        var ruleList = rules is null ? [] : Guard.NoNullItems(rules).ToArray();
        CheckFormatVersion(utf8Json);
        DocumentDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, PlanDocumentJsonContext.Default.DocumentDto);
        }
        catch (JsonException ex)
        {
            throw Fail(new ValidationProblem("planning.document-json", $"The document cannot be read: {ex.Message}", ex.Path));
        }
        catch (ArgumentException ex)
        {
            throw Fail(new ValidationProblem("planning.document-value", $"A value of the document is invalid: {ex.Message}"));
        }

        return new Reader(planner, ruleList).Read(dto!);
    }

    private static TalkEngineValidationException Fail(ValidationProblem problem) => new(ErrorCode, [problem]);

    private static void CheckFormatVersion(ReadOnlySpan<byte> utf8Json)
    {
        int? version = null;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isVersion = reader.ValueTextEquals("formatVersion"u8);
                    reader.Read();
                    if (isVersion)
                    {
                        version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v) ? v : -1;
                        break;
                    }

                    reader.Skip();
                }
            }
            else
            {
                throw Fail(new ValidationProblem("planning.document-json", "A plan document is a JSON object.", "$"));
            }
        }
        catch (JsonException ex)
        {
            throw Fail(new ValidationProblem("planning.document-json", $"The document is not valid JSON: {ex.Message}", "$"));
        }

        if (version is null)
        {
            throw Fail(new ValidationProblem("planning.document-format-version", $"The document has no formatVersion; a plan document of this package has \"formatVersion\": {FormatVersion}.", "formatVersion"));
        }

        if (version != FormatVersion)
        {
            var text = version.Value.ToString(CultureInfo.InvariantCulture);
            throw Fail(new ValidationProblem(
                "planning.document-format-version",
                version > FormatVersion
                    ? $"The document's format version {text} is newer than this package reads ({FormatVersion}); load it with a newer TalkEngine."
                    : $"The document's format version {text} is not one this package knows; it reads format version {FormatVersion}.",
                "formatVersion",
                [text]));
        }
    }

    // ---- writing ----

    private static DocumentDto ToDto(PlanDocument d)
    {
        var input = d.Plan.Input;
        var request = input.Demands;
        return new DocumentDto
        {
            FormatVersion = FormatVersion,
            State = d.State,
            Input = new InputDto
            {
                Period = request.PlanPeriod,
                ReferenceDate = request.ReferenceDate,
                Roster = new RosterDto
                {
                    Units = input.Roster.Units.Select(u => new UnitDto { Id = u.Id, Name = u.Name, Kind = u.Kind, ParentId = u.ParentId, RiskLevel = u.RiskLevel, SensitivePosts = NullIfEmpty(u.SensitivePosts) }).ToList(),
                    People = input.Roster.People.Select(p => new PersonDto { Id = p.Id, Name = p.Name, Statuses = NullIfEmpty(p.Statuses) }).ToList(),
                    Posts = input.Roster.Posts.ToList(),
                    Leaders = input.Roster.Leaders.ToList(),
                },
                InspectionRounds = NullIfEmpty(request.InspectionRounds),
                Survey = request.Survey,
                Petitions = NullIfEmpty(request.Petitions),
                GovernanceDrives = NullIfEmpty(request.GovernanceDrives),
                Appointments = NullIfEmpty(request.Appointments),
                Balancing = input.Balancing is { } b ? new BalancingInputDto
                {
                    Leaders = b.Leaders.Count == 0 ? null : Sorted(b.Leaders),
                    Recusals = NullIfEmpty(b.Recusals.ToList()),
                    PreviousAssignment = b.PreviousAssignment.Count == 0 ? null : Sorted(b.PreviousAssignment),
                } : null,
            },
            Assignments = d.Plan.Talks.Select(t => new AssignmentDto { DemandId = t.DemandId, LeaderId = t.LeaderId }).ToList(),
            Scheduling = d.SchedulingInput is { } s ? new SchedulingInputDto
            {
                Leaders = s.Leaders.Select(l => new SchedulingPartyDto { Id = l.Id, DailyCap = l.DailyCap, WeeklyCap = l.WeeklyCap, BusyDays = NullIfEmpty(l.BusyDays), BusyPeriods = NullIfEmpty(l.BusyPeriods) }).ToList(),
                Subjects = s.Subjects.Select(l => new SchedulingPartyDto { Id = l.Id, BusyDays = NullIfEmpty(l.BusyDays), BusyPeriods = NullIfEmpty(l.BusyPeriods) }).ToList(),
                Rooms = s.Rooms.ToList(),
            } : null,
            Schedule = d.Schedule is { } t ? new ScheduleDto
            {
                UpperBound = t.Days.UpperBound,
                ProvenMaximum = t.Days.ProvenMaximum,
                Days = t.Days.Talks.ToList(),
                UnplacedDays = t.Days.Unplaced.Select(Unplaced).ToList(),
                LeaderDays = t.Days.LeaderDays.ToList(),
                LeaderWeeks = t.Days.LeaderWeeks.ToList(),
                Talks = t.Talks.ToList(),
                Unplaced = t.Unplaced.Select(Unplaced).ToList(),
            } : null,
            Milestones = d.Milestones,
            Consulted = d.Consulted.ToList(),
            Comments = d.Comments.ToList(),
            History = d.History.ToList(),
            Revisions = d.Revisions.ToList(),
            Records = d.Records.Select(r => new RecordDto
            {
                Id = r.Id,
                Date = r.Date,
                SubjectId = r.SubjectId,
                LeaderIds = r.LeaderIds.ToList(),
                Source = r.Source,
                Style = r.Style,
                Mode = r.Mode,
                DemandId = r.DemandId,
                RecorderId = r.RecorderId,
                UnitId = r.UnitId,
                Topics = NullIfEmpty(r.Topics),
                ProblemsFound = NullIfEmpty(r.ProblemsFound),
                Commitments = NullIfEmpty(r.Commitments),
                GoodPractices = NullIfEmpty(r.GoodPractices),
                Reviews = NullIfEmpty(r.Reviews),
            }).ToList(),
        };

        static UnplacedDto Unplaced(UnplacedTalk u) => new() { TalkId = u.TalkId, LeaderId = u.LeaderId, SubjectId = u.SubjectId, Reason = u.Reason, Days = u.Days.ToList() };
    }

    private static List<T>? NullIfEmpty<T>(IReadOnlyCollection<T> items) => items.Count == 0 ? null : items.ToList();

    private static Dictionary<string, T> Sorted<T>(IDictionary<string, T> map)
    {
        var sorted = new Dictionary<string, T>(map.Count, StringComparer.Ordinal);
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            sorted.Add(key, map[key]);
        }

        return sorted;
    }

    // ---- reading ----

    private sealed class Reader(TalkPlanner planner, ILeaderEligibilityRule[] rules)
    {
        private readonly List<ValidationProblem> _problems = [];

        public PlanDocument Read(DocumentDto dto)
        {
            var state = Required(dto.State, "state");
            var revisions = Required(dto.Revisions, "revisions");
            var roster = ReadRoster(dto.Input?.Roster);
            var input = ReadInput(dto.Input, roster);
            var scheduling = ReadScheduling(dto.Scheduling);
            var records = ReadRecords(dto.Records);
            if (revisions is not null)
            {
                if (revisions.Count == 0)
                {
                    Add("planning.document-missing", "A document has at least its first version; add the revision of version 1.", "revisions");
                }

                for (var i = 0; i < revisions.Count; i++)
                {
                    if (revisions[i] is null)
                    {
                        Add("planning.document-missing", "A revision is null; remove it.", $"revisions[{i}]");
                    }
                    else if (revisions[i].Version != i + 1)
                    {
                        Add("planning.document-version-order", $"Revision {i} has version {revisions[i].Version}; versions are numbered 1, 2… in order.", $"revisions[{i}].version");
                    }
                }
            }

            var history = dto.History ?? [];
            var expected = PlanState.Draft;
            for (var i = 0; i < history.Count; i++)
            {
                if (history[i] is null || history[i].From != expected)
                {
                    Add("planning.document-history", $"State change {i} starts from {(history[i] is null ? "nothing" : Codes.Of(history[i].From))}, but the document was {Codes.Of(expected)} then; the history must follow the steps in order.", $"history[{i}]");
                    break;
                }

                expected = history[i].To;
            }

            if (state is { } s && s != expected && _problems.All(p => p.Code != "planning.document-history"))
            {
                Add("planning.document-history", $"The document is {Codes.Of(s)}, but its history ends {Codes.Of(expected)}; the state is where the history ends.", "state");
            }

            var consulted = dto.Consulted ?? [];
            // The consulted leaders are history: one may have left the roster since (re-planning); only blanks are refused.
            for (var i = 0; i < consulted.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(consulted[i]))
                {
                    Add("planning.document-missing", "A consulted leader id is empty; remove it.", $"consulted[{i}]");
                }
            }

            var comments = dto.Comments ?? [];
            for (var i = 0; i < comments.Count; i++)
            {
                if (comments[i] is { } c && !consulted.Contains(c.LeaderId, StringComparer.Ordinal))
                {
                    Add("planning.document-comment", $"Comment {i} is by '{c.LeaderId}', to whom the draft was not sent; comments come from the consulted leaders.", $"comments[{i}].leaderId", c.LeaderId);
                }
            }

            TalkEngineValidationException.ThrowIfAny(ErrorCode, _problems);

            YearPlan plan;
            try
            {
                plan = planner.Plan(input!);
            }
            catch (TalkEngineValidationException ex)
            {
                throw new TalkEngineValidationException(ErrorCode, ex.Problems.Select(p => Prefixed(p, "input")));
            }

            CheckAssignments(dto.Assignments, plan);
            TalkEngineValidationException.ThrowIfAny(ErrorCode, _problems);
            var schedule = ReadSchedule(dto.Schedule, plan);
            TalkEngineValidationException.ThrowIfAny(ErrorCode, _problems);
            return new PlanDocument(
                plan,
                schedule,
                scheduling,
                dto.Milestones,
                state!.Value,
                Array.AsReadOnly(consulted.ToArray()),
                Array.AsReadOnly(comments.ToArray()),
                Array.AsReadOnly(history.ToArray()),
                Array.AsReadOnly(revisions!.ToArray()),
                Array.AsReadOnly(records));
        }

        private Roster? ReadRoster(RosterDto? dto)
        {
            if (dto is null)
            {
                Add("planning.document-missing", "The input has no roster; add \"roster\" with its units, people, posts and leaders.", "input.roster");
                return null;
            }

            var units = Each(dto.Units, "input.roster.units", u => new Unit(u.Id!, u.Name!, u.Kind ?? default, u.ParentId, u.RiskLevel ?? throw new ArgumentException($"Unit '{u.Id}' has no riskLevel (low, medium, high)."), u.SensitivePosts ?? []));
            var people = Each(dto.People, "input.roster.people", p => new Person(p.Id!, p.Name!, p.Statuses ?? []));
            var posts = Each(dto.Posts, "input.roster.posts", p => p);
            var leaders = Each(dto.Leaders, "input.roster.leaders", l => l);
            try
            {
                return Roster.Create(units, people, posts, leaders);
            }
            catch (TalkEngineValidationException ex)
            {
                _problems.AddRange(ex.Problems.Select(p => Prefixed(p, "input.roster")));
                return null;
            }
        }

        private YearInput? ReadInput(InputDto? dto, Roster? roster)
        {
            if (dto is null)
            {
                Add("planning.document-missing", "The document has no input; add \"input\" with the period and the roster.", "input");
                return null;
            }

            var period = Required(dto.Period, "input.period");
            var rounds = Each(dto.InspectionRounds, "input.inspectionRounds", r => r);
            var petitions = Each(dto.Petitions, "input.petitions", p => p);
            var drives = Each(dto.GovernanceDrives, "input.governanceDrives", g => g);
            var appointments = Each(dto.Appointments, "input.appointments", a => a);
            BalancingInput? balancing = null;
            if (dto.Balancing is not null || rules.Length > 0)
            {
                balancing = new BalancingInput();
                foreach (var (id, settings) in dto.Balancing?.Leaders ?? [])
                {
                    if (settings is null)
                    {
                        Add("planning.document-missing", $"The balancing settings of '{id}' are null; remove the entry or give the settings.", $"input.balancing.leaders.{id}");
                        continue;
                    }

                    balancing.Leaders[id] = settings;
                }

                foreach (var pair in Each(dto.Balancing?.Recusals, "input.balancing.recusals", r => r))
                {
                    balancing.Recusals.Add(pair);
                }

                foreach (var (demand, leader) in dto.Balancing?.PreviousAssignment ?? [])
                {
                    balancing.PreviousAssignment[demand] = leader;
                }

                foreach (var rule in rules)
                {
                    balancing.Rules.Add(rule);
                }
            }

            if (roster is null || period is null)
            {
                return null;
            }

            return new YearInput(new DemandRequest(roster, period)
            {
                ReferenceDate = dto.ReferenceDate,
                InspectionRounds = rounds,
                Survey = dto.Survey,
                Petitions = petitions,
                GovernanceDrives = drives,
                Appointments = appointments,
            })
            {
                Balancing = balancing,
            };
        }

        private SchedulingInput? ReadScheduling(SchedulingInputDto? dto)
        {
            if (dto is null)
            {
                return null;
            }

            var leaders = Each(dto.Leaders, "scheduling.leaders", l => new SchedulingLeader(l.Id!, l.DailyCap ?? 3, l.WeeklyCap ?? 10, l.BusyDays, l.BusyPeriods));
            var subjects = Each(dto.Subjects, "scheduling.subjects", s => new SchedulingSubject(s.Id!, s.BusyDays, s.BusyPeriods));
            try
            {
                return new SchedulingInput(leaders, subjects, dto.Rooms);
            }
            catch (ArgumentException ex)
            {
                Add("planning.document-value", ex.Message, "scheduling");
                return null;
            }
        }

        private TalkRecord[] ReadRecords(List<RecordDto>? dto)
            => Each(dto, "records", r => new TalkRecord(
                r.Id!,
                r.Date ?? throw new ArgumentException("The record has no date."),
                r.SubjectId!,
                r.LeaderIds ?? [],
                r.Source ?? throw new ArgumentException("The record has no source."),
                r.Style ?? throw new ArgumentException("The record has no style."),
                r.Mode ?? throw new ArgumentException("The record has no mode."),
                r.DemandId,
                r.RecorderId,
                r.UnitId,
                r.Topics,
                r.ProblemsFound,
                r.Commitments,
                r.GoodPractices)
            {
                Reviews = r.Reviews ?? [],
            });

        private void CheckAssignments(List<AssignmentDto>? saved, YearPlan plan)
        {
            saved ??= [];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < saved.Count; i++)
            {
                var a = saved[i];
                if (a?.DemandId is null || a.LeaderId is null)
                {
                    Add("planning.document-missing", "An assignment needs a demandId and a leaderId.", $"assignments[{i}]");
                    continue;
                }

                seen.Add(a.DemandId);
                var talk = plan.FindTalk(a.DemandId);
                if (talk is null)
                {
                    Add("planning.document-assignment", $"The saved assignment gives demand '{a.DemandId}' to '{a.LeaderId}', but planning the saved input again gives that demand no talk; load with a planner configured as the one that saved the document.", $"assignments[{i}]", a.DemandId);
                }
                else if (!string.Equals(talk.LeaderId, a.LeaderId, StringComparison.Ordinal))
                {
                    Add("planning.document-assignment", $"The saved assignment gives demand '{a.DemandId}' to '{a.LeaderId}', but planning the saved input again gives it to '{talk.LeaderId}'; load with a planner configured as the one that saved the document.", $"assignments[{i}].leaderId", a.DemandId, a.LeaderId, talk.LeaderId);
                }
            }

            foreach (var talk in plan.Talks)
            {
                if (!seen.Contains(talk.DemandId))
                {
                    Add("planning.document-assignment", $"Planning the saved input again gives demand '{talk.DemandId}' a talk with '{talk.LeaderId}', which the saved assignment lacks; load with a planner configured as the one that saved the document.", "assignments", talk.DemandId);
                }
            }
        }

        private TalkSchedule? ReadSchedule(ScheduleDto? dto, YearPlan plan)
        {
            if (dto is null)
            {
                return null;
            }

            var days = Each(dto.Days, "schedule.days", d => d);
            var unplacedDays = Each(dto.UnplacedDays, "schedule.unplacedDays", Unplaced);
            var leaderDays = Each(dto.LeaderDays, "schedule.leaderDays", d => d);
            var leaderWeeks = Each(dto.LeaderWeeks, "schedule.leaderWeeks", d => d);
            var talks = Each(dto.Talks, "schedule.talks", t => t);
            var unplaced = Each(dto.Unplaced, "schedule.unplaced", Unplaced);
            for (var i = 0; i < days.Length; i++)
            {
                if (plan.FindTalk(days[i].TalkId) is null)
                {
                    Add("planning.document-schedule", $"The schedule gives a day to '{days[i].TalkId}', which is not a talk of the plan.", $"schedule.days[{i}].talkId", days[i].TalkId);
                }
            }

            return new TalkSchedule(new DaySchedule(dto.UpperBound, dto.ProvenMaximum, days, unplacedDays, leaderDays, leaderWeeks), talks, unplaced);

            static UnplacedTalk Unplaced(UnplacedDto u)
                => new(Guard.NotNullOrWhiteSpace(u.TalkId), Guard.NotNullOrWhiteSpace(u.LeaderId), Guard.NotNullOrWhiteSpace(u.SubjectId), u.Reason ?? throw new ArgumentException("The unplaced talk has no reason."), Array.AsReadOnly((u.Days ?? []).ToArray()));
        }

        private TOut[] Each<TIn, TOut>(List<TIn>? items, string path, Func<TIn, TOut> map)
        {
            if (items is null)
            {
                return [];
            }

            var result = new List<TOut>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    Add("planning.document-missing", "The item is null; remove it.", $"{path}[{i}]");
                    continue;
                }

                try
                {
                    result.Add(map(items[i]));
                }
                catch (ArgumentException ex)
                {
                    Add("planning.document-value", ex.Message, $"{path}[{i}]");
                }
            }

            return result.ToArray();
        }

        private T? Required<T>(T? value, string path)
            where T : class
        {
            if (value is null)
            {
                Add("planning.document-missing", $"The document has no \"{path}\"; it is required.", path);
            }

            return value;
        }

        private T? Required<T>(T? value, string path)
            where T : struct
        {
            if (value is null)
            {
                Add("planning.document-missing", $"The document has no \"{path}\"; it is required.", path);
            }

            return value;
        }

        private void Add(string code, string message, string path, params string?[] ids)
            => _problems.Add(new ValidationProblem(code, message, path, ids.Where(id => id is not null)!));

        private static ValidationProblem Prefixed(ValidationProblem p, string prefix)
            => new(p.Code, p.Message, p.Path is null ? prefix : prefix + "." + p.Path, p.Ids);
    }
}
