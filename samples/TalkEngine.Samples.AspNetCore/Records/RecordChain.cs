using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TalkEngine.Samples.AspNetCore.Storage;

namespace TalkEngine.Samples.AspNetCore.Records;

/// <summary>
/// The hash chain of a plan's records (真实性、完整性): each stored version carries SHA-256 over the canonical JSON
/// envelope of its row — plan, position, record id, version, the position it replaces, when and by whom it was
/// stored, the record's canonical JSON and the previous link's hash. The chain starts from the plan's genesis hash,
/// itself over the roster file the plan was made from, so an edit of the plan's input breaks the first link too.
/// The plan row keeps the count and the last hash, so that a row deleted at the end is found as well.
/// </summary>
internal static class RecordChain
{
    public static string Genesis(int planId, string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Sha256(string.Create(CultureInfo.InvariantCulture, $"talkengine-plan:{planId}:") + input);
    }

    /// <summary>The hash a row must carry: over its own fields and <see cref="RecordRow.PreviousHash"/>.</summary>
    public static string HashOf(RecordRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, RecordJson.Canonical))
        {
            w.WriteStartObject();
            w.WriteNumber("plan", row.PlanId);
            w.WriteNumber("position", row.Position);
            w.WriteString("recordId", row.RecordId);
            w.WriteNumber("version", row.Version);
            if (row.Replaces is { } replaces)
            {
                w.WriteNumber("replaces", replaces);
            }
            else
            {
                w.WriteNull("replaces");
            }

            w.WriteString("storedAt", row.StoredAt);
            w.WriteString("storedBy", row.StoredBy);
            w.WritePropertyName("record");
            // The stored text itself, byte for byte: any edit of it changes the hash, even one that keeps the JSON valid.
            w.WriteStringValue(row.Content);
            w.WriteString("previousHash", row.PreviousHash);
            w.WriteEndObject();
        }

        return Sha256(buffer.ToArray());
    }

    /// <summary>Walks the chain of one plan and lists every link that does not hold.</summary>
    public static ChainVerification Verify(PlanRow plan, IReadOnlyList<RecordRow> rows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        var problems = new List<ChainProblem>();
        var previous = Genesis(plan.Id, plan.Input);
        var expectedPosition = 1;
        foreach (var row in rows.OrderBy(r => r.Position))
        {
            if (row.Position != expectedPosition)
            {
                problems.Add(new ChainProblem("missing", expectedPosition, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"The chain has no link at position {expectedPosition} (the next one is {row.Position}): a stored record was deleted.")));
                expectedPosition = row.Position;
            }

            if (!string.Equals(row.PreviousHash, previous, StringComparison.Ordinal))
            {
                problems.Add(new ChainProblem("broken-link", row.Position, row.RecordId, row.Version,
                    string.Create(CultureInfo.InvariantCulture, $"Link {row.Position} ({row.RecordId} v{row.Version}) names the previous hash {row.PreviousHash}, but the link before it hashes to {previous}: the chain was edited outside the application.")));
            }

            var actual = HashOf(row);
            if (!string.Equals(actual, row.Hash, StringComparison.Ordinal))
            {
                problems.Add(new ChainProblem("hash-mismatch", row.Position, row.RecordId, row.Version,
                    string.Create(CultureInfo.InvariantCulture, $"Link {row.Position} ({row.RecordId} v{row.Version}) is stored with the hash {row.Hash}, but its content hashes to {actual}: the record was edited outside the application.")));
            }

            previous = row.Hash;
            expectedPosition++;
        }

        if (plan.RecordCount != rows.Count || !string.Equals(plan.RecordHead, previous, StringComparison.Ordinal))
        {
            problems.Add(new ChainProblem("head-mismatch", rows.Count, null, null,
                string.Create(CultureInfo.InvariantCulture, $"The plan says its chain holds {plan.RecordCount} records ending in {plan.RecordHead}, but the database holds {rows.Count} ending in {previous}: records were added or deleted outside the application.")));
        }

        return new ChainVerification(problems.Count == 0, rows.Count, previous, problems);
    }

    private static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>The result of <c>GET /plans/{id}/records/verify</c>.</summary>
internal sealed record ChainVerification(bool Intact, int Count, string Head, IReadOnlyList<ChainProblem> Problems);

/// <summary>A link that does not hold: its kind (<c>broken-link</c>, <c>hash-mismatch</c>, <c>missing</c>, <c>head-mismatch</c>), where, and what it means.</summary>
internal sealed record ChainProblem(string Kind, int Position, string? RecordId, int? Version, string Message);
