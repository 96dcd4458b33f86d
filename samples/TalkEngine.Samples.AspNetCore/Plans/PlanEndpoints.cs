using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using TalkEngine.Records;
using TalkEngine.Samples.AspNetCore.Records;
using TalkEngine.Samples.AspNetCore.Security;
using TalkEngine.Samples.AspNetCore.Storage;
using TalkEngine.Planning;

namespace TalkEngine.Samples.AspNetCore.Plans;

/// <summary>
/// The plan's endpoints: post a roster file → a draft plan; send it for consultation; record a leadership member's
/// comment; approve; start; close; read the plan (the library's JSON contract), coverage and the year's summary.
/// The discipline office does all of it; a leader records his own comment and reads his own talks.
/// </summary>
internal static class PlanEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans").RequireAuthorization(HostRoles.OfficeOrLeaderPolicy);
        plans.MapPost("/", Create).RequireAuthorization(HostRoles.OfficePolicy);
        plans.MapGet("/", List).RequireAuthorization(HostRoles.OfficePolicy);
        plans.MapGet("/{id:int}", Read).RequireAuthorization(HostRoles.OfficePolicy);
        plans.MapPost("/{id:int}/consultation", (int id, HostDb db, IClock clock, ClaimsPrincipal user) => Move(id, PlanState.InConsultation, "consultation", db, clock, user)).RequireAuthorization(HostRoles.OfficePolicy);
        plans.MapPost("/{id:int}/approve", (int id, HostDb db, IClock clock, ClaimsPrincipal user) => Move(id, PlanState.Approved, "approve", db, clock, user)).RequireAuthorization(HostRoles.OfficePolicy);
        plans.MapPost("/{id:int}/start", (int id, HostDb db, IClock clock, ClaimsPrincipal user) => Move(id, PlanState.InProgress, "start", db, clock, user)).RequireAuthorization(HostRoles.OfficePolicy);
        plans.MapPost("/{id:int}/close", (int id, HostDb db, IClock clock, ClaimsPrincipal user) => Move(id, PlanState.Closed, "close", db, clock, user)).RequireAuthorization(HostRoles.OfficePolicy);
        plans.MapPost("/{id:int}/comments", Comment);
        plans.MapGet("/{id:int}/talks/mine", MyTalks);
        plans.MapGet("/{id:int}/coverage", Coverage).RequireAuthorization(HostRoles.OfficePolicy);
        plans.MapGet("/{id:int}/summary", Summary).RequireAuthorization(HostRoles.OfficePolicy);
    }

    private static async Task<IResult> Create(HttpRequest request, HostDb db, PlanLoader loader, IClock clock, ClaimsPrincipal user, ILoggerFactory logs)
    {
        var body = await ReadBody(request);
        string input;
        LoadedPlan loaded;
        try
        {
            input = new UTF8Encoding(false, true).GetString(body);
            loaded = loader.Load(body);
        }
        catch (DecoderFallbackException)
        {
            return HostProblems.Invalid("The roster file has problems", "dataset.not-utf8", "The body is not UTF-8 text; post the roster file as UTF-8 JSON (docs/input-format.md).");
        }
        catch (TalkEngineValidationException e)
        {
            return HostProblems.Invalid("The roster file has problems", e.Problems);
        }

        if (loaded.Dataset.Records.Count > 0)
        {
            return HostProblems.Invalid(
                "The roster file has problems",
                "host.records-in-plan",
                $"The file holds {loaded.Dataset.Records.Count} records, but a plan is made before the talks: remove 'records' and post them to /plans/{{id}}/records once the plan is in progress.",
                "records");
        }

        var now = Now(clock);
        var row = new PlanRow { Name = loaded.Dataset.Name, State = PlanState.Draft, Input = input, CreatedAt = now, CreatedBy = user.Name(), RecordHead = "", ConcurrencyStamp = Guid.NewGuid() };
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Plans.Add(row);
            await db.SaveChangesAsync();
            row.RecordHead = RecordChain.Genesis(row.Id, row.Input);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        logs.CreateLogger("TalkEngine.Samples.AspNetCore.Plans").LogInformation("Plan {PlanId} drafted: {Demands} demands, {Talks} talks assigned", row.Id, loaded.Plan.Demands.Demands.Count, loaded.Plan.Talks.Count);
        return TypedResults.Created($"/plans/{row.Id}", Header(row));
    }

    private static async Task<IResult> List(HostDb db)
    {
        var rows = await db.Plans.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        return TypedResults.Ok(rows.Select(Header).ToList());
    }

    private static async Task<IResult> Read(int id, HostDb db, PlanLoader loader)
    {
        var row = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (row is null)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        var loaded = loader.Get(row.Id, row.Input);
        var comments = await db.Comments.AsNoTracking().Where(c => c.PlanId == id).OrderBy(c => c.Id).ToListAsync();
        var transitions = await db.Transitions.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Id).ToListAsync();
        return TypedResults.Ok(new PlanDocument(
            Header(row),
            comments.Select(c => new CommentDto(c.LeaderId, c.Date, c.Text, c.RecordedAt, c.RecordedBy)).ToList(),
            transitions.Select(t => new TransitionDto(t.From, t.To, t.At, t.By)).ToList(),
            JsonSerializer.SerializeToElement(loaded.Plan, TalkEngineJson.Options)));
    }

    private static async Task<IResult> Move(int id, PlanState to, string step, HostDb db, IClock clock, ClaimsPrincipal user)
    {
        var row = await db.Plans.FirstOrDefaultAsync(p => p.Id == id);
        if (row is null)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        if (!PlanLifecycle.CanMove(row.State, to))
        {
            return HostProblems.IllegalTransition(id, row.State, step);
        }

        db.Transitions.Add(new TransitionRow { PlanId = id, From = row.State, To = to, At = Now(clock), By = user.Name() });
        row.State = to;
        row.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == id);
            return HostProblems.IllegalTransition(id, current.State, step);
        }

        return TypedResults.Ok(Header(row));
    }

    private static async Task<IResult> Comment(int id, HttpRequest request, HostDb db, PlanLoader loader, IClock clock, ClaimsPrincipal user)
    {
        var (comment, unreadable) = await ReadJson<CommentRequest>(request, "The comment has problems");
        if (unreadable is not null)
        {
            return unreadable;
        }

        var row = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (row is null)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        var own = user.LeaderId();
        if (!user.IsOffice() && own is null)
        {
            return HostProblems.Forbidden("Only the discipline office or a leader with a leader id records a comment.");
        }

        if (!user.IsOffice() && comment?.LeaderId is { } other && !string.Equals(other, own, StringComparison.Ordinal))
        {
            return HostProblems.Forbidden($"A leader records his own comment only; this token is leader '{own}', not '{other}'.");
        }

        if (!PlanLifecycle.AllowsComment(row.State))
        {
            return HostProblems.IllegalTransition(id, row.State, "comment");
        }

        var loaded = loader.Get(row.Id, row.Input);
        var problems = new List<ValidationProblem>();
        var leaderId = comment?.LeaderId ?? own;
        if (leaderId is null)
        {
            problems.Add(new ValidationProblem("host.missing", "'leaderId' is missing; name the leadership member whose comment this is.", "leaderId"));
        }
        else if (!loaded.Plan.Roster.Leaders.Any(l => string.Equals(l.Id, leaderId, StringComparison.Ordinal)))
        {
            problems.Add(new ValidationProblem(RosterProblems.UnknownLeader, $"'{leaderId}' is not a member of the plan's leadership team; use a leader id of the roster.", "leaderId", [leaderId]));
        }

        if (string.IsNullOrWhiteSpace(comment?.Text))
        {
            problems.Add(new ValidationProblem("host.missing", "'text' is missing or empty; give the comment's text.", "text"));
        }

        var date = loaded.Planner.Today;
        if (comment?.Date is { } given)
        {
            var parsed = LocalDatePattern.Iso.Parse(given);
            if (parsed.Success)
            {
                date = parsed.Value;
            }
            else
            {
                problems.Add(new ValidationProblem("host.bad-date", $"'{given}' is not a date; write it as yyyy-MM-dd.", "date"));
            }
        }

        if (problems.Count > 0)
        {
            return HostProblems.Invalid("The comment has problems", problems);
        }

        var stored = new CommentRow { PlanId = id, LeaderId = leaderId!, Date = LocalDatePattern.Iso.Format(date), Text = comment!.Text!, RecordedAt = Now(clock), RecordedBy = user.Name() };
        db.Comments.Add(stored);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/plans/{id}", new CommentDto(stored.LeaderId, stored.Date, stored.Text, stored.RecordedAt, stored.RecordedBy));
    }

    /// <summary>A leader's own planned talks (what he must hold and post records for); the office passes <c>?leaderId=</c>.</summary>
    private static async Task<IResult> MyTalks(int id, string? leaderId, HostDb db, PlanLoader loader, ClaimsPrincipal user)
    {
        var who = user.IsOffice() ? leaderId : user.LeaderId();
        if (who is null)
        {
            return user.IsOffice()
                ? HostProblems.Invalid("The request has problems", "host.missing", "Give '?leaderId=' to read a leader's talks.", "leaderId")
                : HostProblems.Forbidden("This token names no leader id.");
        }

        var row = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (row is null)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        var loaded = loader.Get(row.Id, row.Input);
        var talks = loaded.Plan.Talks.Where(t => string.Equals(t.LeaderId, who, StringComparison.Ordinal)).ToList();
        return TypedResults.Ok(new { leaderId = who, talks = talks.Select(t => JsonSerializer.SerializeToElement(t, TalkEngineJson.Options.GetTypeInfo(t.GetType()))).ToList() });
    }

    private static async Task<IResult> Coverage(int id, string? view, HostDb db, PlanLoader loader)
    {
        if (view is not (null or "full" or "totals"))
        {
            return HostProblems.Invalid("The request has problems", "host.bad-view", $"'{view}' is not a coverage view; use full (the default: every person, unit and finding) or totals (the figures only).", "view");
        }

        var totals = view == "totals";

        // The row's head only: the stored input (the whole roster file) is read once per process, when the plan is made.
        var row = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.RecordHead }).FirstOrDefaultAsync();
        if (row is null)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        // Measured once per chain head and day, then the same bytes for every reader (a year's records change far less
        // often than they are read).
        var loaded = await loader.GetAsync(row.Id, () => db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Input).FirstAsync());
        var store = await loader.CurrentStore(row.Id, row.RecordHead, loaded, async () => (await RecordEndpoints.Current(db, id)).Select(r => r.Content));
        var json = loader.CoverageJson(row.Id, row.RecordHead, loaded.Planner.Today, totals, () =>
        {
            var report = loaded.Planner.Measure(loaded.Plan, store);
            return totals ? Totals(report) : JsonSerializer.SerializeToUtf8Bytes(report, TalkEngineJson.Options);
        });
        return Results.Bytes(json, "application/json; charset=utf-8");
    }

    /// <summary>The report's figures without its per-person and per-unit rows: what a dashboard of a large year reads.</summary>
    private static byte[] Totals(TalkEngine.Coverage.CoverageReport report)
    {
        JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, TalkEngineJson.Options.GetTypeInfo(typeof(T)));
        var document = new JsonObject
        {
            ["period"] = Node(report.Period),
            ["headsInScope"] = report.HeadsInScope,
            ["required"] = report.Required.Count,
            ["excluded"] = report.Excluded.Count,
            ["covered"] = report.Covered.Count,
            ["notCovered"] = report.NotCovered.Count,
            ["rate"] = Node(report.Rate),
            ["personTimes"] = Node(report.PersonTimes),
            ["peopleTalkedTo"] = report.PeopleTalkedTo,
            ["byUnitKind"] = Node(report.ByUnitKind),
            ["bySource"] = Node(report.BySource),
            ["byLeader"] = Node(report.ByLeader),
            ["recordsOutsidePeriod"] = report.RecordsOutsidePeriod,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document);
    }

    private static async Task<IResult> Summary(int id, HostDb db, PlanLoader loader)
    {
        var measured = await Measure(id, db, loader);
        if (measured.Problem is not null)
        {
            return measured.Problem;
        }

        var loaded = measured.Loaded!;
        var report = measured.Report!;
        var practices = GoodPracticeCompiler.Compile(report.Validation, report.Period);
        var reports = loaded.Dataset.ReportsReceived.Distinct(StringComparer.Ordinal).Count();
        var summary = loaded.Planner.Summarize(report, practices, reports);
        return TypedResults.Ok(new SummaryDocument(
            loaded.Planner.Text.Language.ToString(),
            summary.RenderParagraphs(loaded.Planner.Text),
            JsonSerializer.SerializeToElement(summary, TalkEngineJson.Options)));
    }

    /// <summary>Coverage of the plan over its current records (the latest version of each).</summary>
    private static async Task<(IResult? Problem, LoadedPlan? Loaded, TalkEngine.Coverage.CoverageReport? Report)> Measure(int id, HostDb db, PlanLoader loader)
    {
        var row = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (row is null)
        {
            return (HostProblems.NotFound($"Plan {id}"), null, null);
        }

        var loaded = loader.Get(row.Id, row.Input);
        var store = await loader.CurrentStore(row.Id, row.RecordHead, loaded, async () => (await RecordEndpoints.Current(db, id)).Select(r => r.Content));
        return (null, loaded, loaded.Planner.Measure(loaded.Plan, store));
    }

    /// <summary>Small JSON bodies of the host's own (a comment, a token request): strict, an unknown property is a problem.</summary>
    private static readonly JsonSerializerOptions StrictWeb = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>Reads a JSON body, or a 400 problem naming where it is wrong (never echoing the body).</summary>
    internal static async Task<(T? Value, IResult? Problem)> ReadJson<T>(HttpRequest request, string title)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, StrictWeb);
            return value is null
                ? (null, HostProblems.Invalid(title, "host.empty-body", "The body is empty or null; post a JSON object.", "$"))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, HostProblems.Invalid(title, "host.bad-json",
                $"The body is not the expected JSON object at {e.Path ?? "$"} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); post an object with the documented properties.",
                e.Path ?? "$"));
        }
    }

    internal static async Task<byte[]> ReadBody(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    internal static string Now(IClock clock) => InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant());

    private static PlanHeader Header(PlanRow row) => new(row.Id, row.Name, row.State, PlanLifecycle.Next(row.State), row.CreatedAt, row.CreatedBy, row.RecordCount);
}

internal sealed record PlanHeader(int Id, string Name, PlanState State, IReadOnlyList<PlanState> AllowedNext, string CreatedAt, string CreatedBy, int StoredRecordVersions);

internal sealed record PlanDocument(PlanHeader Header, IReadOnlyList<CommentDto> Comments, IReadOnlyList<TransitionDto> Transitions, JsonElement Plan);

internal sealed record CommentRequest(string? LeaderId, string? Date, string? Text);

internal sealed record CommentDto(string LeaderId, string Date, string Text, string RecordedAt, string RecordedBy);

internal sealed record TransitionDto(PlanState From, PlanState To, string At, string By);

internal sealed record SummaryDocument(string Language, IReadOnlyList<string> Paragraphs, JsonElement Codes);
