using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TalkEngine.Records;
using TalkEngine.Samples.AspNetCore.Plans;
using TalkEngine.Samples.AspNetCore.Security;
using TalkEngine.Samples.AspNetCore.Storage;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Planning;

namespace TalkEngine.Samples.AspNetCore.Records;

/// <summary>
/// The talk records of a plan. Posted in the roster file's record format (<c>{ "records": [ … ] }</c>), checked by the
/// library against the plan (with the records already stored), and stored only when none is rejected: a rejected
/// batch comes back as a problem listing every finding and nothing of it is stored. A stored record is never edited:
/// a correction is a new version that names the one it replaces. Every stored version is a link of the plan's hash
/// chain, which <c>verify</c> walks. A leader posts and reads only the records of talks he held (he is among their
/// <c>talkerIds</c>); the office reads all. Record content is never logged.
/// </summary>
internal static class RecordEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var records = app.MapGroup("/plans/{id:int}/records").RequireAuthorization(HostRoles.OfficeOrLeaderPolicy);
        records.MapPost("/", (int id, HttpRequest request, HostDb db, PlanLoader loader, RecordChainLock chain, IClock clock, ClaimsPrincipal user, ILoggerFactory logs) => Post(id, null, request, db, loader, chain, clock, user, logs));
        records.MapPost("/{recordId}/versions", (int id, string recordId, HttpRequest request, HostDb db, PlanLoader loader, RecordChainLock chain, IClock clock, ClaimsPrincipal user, ILoggerFactory logs) => Post(id, recordId, request, db, loader, chain, clock, user, logs));
        records.MapGet("/", List);
        records.MapGet("/verify", Verify).RequireAuthorization(HostRoles.OfficePolicy);
        records.MapGet("/{recordId}", Read);
    }

    /// <summary>The latest version of each record of a plan, in chain order.</summary>
    internal static async Task<List<RecordRow>> Current(HostDb db, int planId)
    {
        var rows = await db.Records.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Position).ToListAsync();
        var latest = rows.GroupBy(r => r.RecordId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!.Position, StringComparer.Ordinal);
        return rows.Where(r => latest[r.RecordId] == r.Position).ToList();
    }

    private static async Task<IResult> Post(int id, string? replacing, HttpRequest request, HostDb db, PlanLoader loader, RecordChainLock chain, IClock clock, ClaimsPrincipal user, ILoggerFactory logs)
    {
        var own = user.LeaderId();
        if (!user.IsOffice() && own is null)
        {
            return HostProblems.Forbidden("Only the discipline office or a leader with a leader id posts records.");
        }

        IReadOnlyList<TalkRecord> posted;
        try
        {
            posted = ExampleDatasetLoader.ParseRecords(await PlanEndpoints.ReadBody(request), "request body", loader.Language);
        }
        catch (TalkEngineValidationException e)
        {
            return HostProblems.Invalid("The records document has problems", e.Problems);
        }

        if (posted.Count == 0)
        {
            return HostProblems.Invalid("The records document has problems", "host.no-records", "'records' is empty; post at least one record.", "records");
        }

        if (replacing is not null && (posted.Count != 1 || !string.Equals(posted[0].Id, replacing, StringComparison.Ordinal)))
        {
            return HostProblems.Invalid("The records document has problems", "host.correction-mismatch",
                $"A correction of '{replacing}' is one record with the id '{replacing}'; post exactly that record, corrected.", "records");
        }

        if (own is not null && !user.IsOffice())
        {
            var foreign = posted.Where(r => !r.LeaderIds.Contains(own, StringComparer.Ordinal)).Select(r => r.Id).ToList();
            if (foreign.Count > 0)
            {
                return HostProblems.Forbidden($"Leader '{own}' posts records of his own talks only; these do not list him among talkerIds: {string.Join(", ", foreign)}.");
            }
        }

        await chain.Writer.WaitAsync();
        try
        {
            var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == id);
            if (plan is null)
            {
                return HostProblems.NotFound($"Plan {id}");
            }

            if (plan.State != PlanState.InProgress)
            {
                return HostProblems.IllegalTransition(id, plan.State, replacing is null ? "post records" : "correct a record");
            }

            var current = await Current(db, id);
            RecordRow? replaced = null;
            if (replacing is not null)
            {
                replaced = current.FirstOrDefault(r => string.Equals(r.RecordId, replacing, StringComparison.Ordinal));
                if (replaced is null)
                {
                    return HostProblems.NotFound($"Record '{replacing}' of plan {id}");
                }

                if (own is not null && !user.IsOffice() && !RecordJson.Read([replaced.Content])[0].LeaderIds.Contains(own, StringComparer.Ordinal))
                {
                    return HostProblems.Forbidden($"Leader '{own}' corrects records of his own talks only; '{replacing}' is not one.");
                }
            }

            // The library checks the batch against the plan and the records kept (a corrected one leaves the set).
            var loaded = loader.Get(plan.Id, plan.Input);
            var store = loaded.Plan.CreateRecordStore();
            store.AddRange(RecordJson.Read(current.Where(r => r != replaced).Select(r => r.Content)));
            var rejectedBefore = store.RejectedCount;
            var postedIds = posted.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            store.AddRange(posted);
            var findings = store.Findings.Where(f => postedIds.Contains(f.RecordId)).ToList();
            if (store.RejectedCount > rejectedBefore)
            {
                var rejected = store.Rejected.Skip(rejectedBefore).Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList();
                return TypedResults.Problem(
                    string.Create(CultureInfo.InvariantCulture, $"{rejected.Count} of {posted.Count} records were rejected ({string.Join(", ", rejected)}); nothing was stored. Correct every finding of severity 'error' and post the records again."),
                    null,
                    StatusCodes.Status422UnprocessableEntity,
                    "Records rejected",
                    HostProblems.TypeBase + "records-rejected",
                    new Dictionary<string, object?> { ["rejected"] = rejected, ["findings"] = Findings(findings, loaded.Planner.Text) });
            }

            var now = PlanEndpoints.Now(clock);
            var previous = plan.RecordHead;
            var stored = new List<RecordRow>();
            foreach (var record in posted)
            {
                var row = new RecordRow
                {
                    PlanId = id,
                    Position = plan.RecordCount + stored.Count + 1,
                    RecordId = record.Id,
                    Version = replaced is null ? 1 : replaced.Version + 1,
                    Replaces = replaced?.Position,
                    Content = RecordJson.Write(record),
                    StoredAt = now,
                    StoredBy = user.Name(),
                    PreviousHash = previous,
                    Hash = "",
                };
                row.Hash = RecordChain.HashOf(row);
                previous = row.Hash;
                stored.Add(row);
            }

            db.Records.AddRange(stored);
            plan.RecordCount += stored.Count;
            plan.RecordHead = previous;
            plan.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync();
            logs.CreateLogger("TalkEngine.Samples.AspNetCore.Records").LogInformation(
                "Plan {PlanId}: stored {Count} record versions at positions {First}..{Last}", id, stored.Count, stored[0].Position, stored[^1].Position);
            return TypedResults.Created(
                $"/plans/{id}/records/{Uri.EscapeDataString(stored[0].RecordId)}",
                new PostedRecords(stored.Select(Link).ToList(), Findings(findings, loaded.Planner.Text)));
        }
        finally
        {
            chain.Writer.Release();
        }
    }

    private static async Task<IResult> List(int id, HostDb db, ClaimsPrincipal user)
    {
        if (await db.Plans.AsNoTracking().AnyAsync(p => p.Id == id) is false)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        var own = user.LeaderId();
        if (!user.IsOffice() && own is null)
        {
            return HostProblems.Forbidden("Only the discipline office or a leader reads records.");
        }

        var current = await Current(db, id);
        var records = RecordJson.Read(current.Select(r => r.Content));
        var visible = current.Zip(records).Where(p => user.IsOffice() || p.Second.LeaderIds.Contains(own!, StringComparer.Ordinal)).Select(p => Dto(p.First)).ToList();
        return TypedResults.Ok(visible);
    }

    private static async Task<IResult> Read(int id, string recordId, HostDb db, ClaimsPrincipal user)
    {
        var own = user.LeaderId();
        if (!user.IsOffice() && own is null)
        {
            return HostProblems.Forbidden("Only the discipline office or a leader reads records.");
        }

        var versions = await db.Records.AsNoTracking().Where(r => r.PlanId == id && r.RecordId == recordId).OrderBy(r => r.Version).ToListAsync();
        if (versions.Count == 0)
        {
            return HostProblems.NotFound($"Record '{recordId}' of plan {id}");
        }

        if (!user.IsOffice() && !RecordJson.Read([versions[^1].Content])[0].LeaderIds.Contains(own!, StringComparer.Ordinal))
        {
            return HostProblems.Forbidden($"Leader '{own}' reads the records of his own talks only; '{recordId}' is not one.");
        }

        return TypedResults.Ok(new RecordHistory(Dto(versions[^1]), versions.Select(Dto).ToList()));
    }

    private static async Task<IResult> Verify(int id, HostDb db)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return HostProblems.NotFound($"Plan {id}");
        }

        var rows = await db.Records.AsNoTracking().Where(r => r.PlanId == id).OrderBy(r => r.Position).ToListAsync();
        return TypedResults.Ok(RecordChain.Verify(plan, rows));
    }

    private static JsonArray Findings(IEnumerable<RecordFinding> findings, TextRenderer text)
    {
        var array = new JsonArray();
        foreach (var f in findings)
        {
            var node = JsonSerializer.SerializeToNode(f, TalkEngineJson.Options.GetTypeInfo(typeof(RecordFinding)))!.AsObject();
            node["message"] = text.Render(f.Reason);
            array.Add(node);
        }

        return array;
    }

    private static StoredLink Link(RecordRow r) => new(r.RecordId, r.Version, r.Position, r.Replaces, r.Hash);

    private static StoredRecord Dto(RecordRow r)
    {
        using var content = JsonDocument.Parse(r.Content);
        return new StoredRecord(r.RecordId, r.Version, r.Position, r.Replaces, r.StoredAt, r.StoredBy, r.PreviousHash, r.Hash, content.RootElement.Clone());
    }
}

internal sealed record StoredLink(string RecordId, int Version, int Position, int? Replaces, string Hash);

internal sealed record PostedRecords(IReadOnlyList<StoredLink> Stored, JsonArray Findings);

internal sealed record StoredRecord(string RecordId, int Version, int Position, int? Replaces, string StoredAt, string StoredBy, string PreviousHash, string Hash, JsonElement Record);

internal sealed record RecordHistory(StoredRecord Current, IReadOnlyList<StoredRecord> Versions);

/// <summary>One writer at a time appends to the host's chains (the unique position index backs this up in the database).</summary>
internal sealed class RecordChainLock : IDisposable
{
    public SemaphoreSlim Writer { get; } = new(1, 1);

    public void Dispose() => Writer.Dispose();
}
