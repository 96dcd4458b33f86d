using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TalkEngine.Samples.AspNetCore.Records;
using TalkEngine.Samples.AspNetCore.Storage;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>
/// Edits made behind the application's back — raw SQL on the SQLite file, as anyone with the file could — are found by
/// <c>verify</c>, which names the link that no longer holds.
/// </summary>
public sealed class RecordChainTests
{
    [Fact]
    public async Task Verify_ContentEditedInTheFile_ReportsTheHashMismatchAtThatLink()
    {
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path);
        var (office, id) = await WithFiveRecords(host);

        await Sql(database.Path, "UPDATE records SET Content = replace(Content, '\"style\":\"Reminder\"', '\"style\":\"Warning\"') WHERE PlanId = $plan AND Position = 3", id);

        var verify = await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK);
        verify["intact"]!.GetValue<bool>().Should().BeFalse();
        var problem = verify["problems"]!.AsArray().Should().ContainSingle().Subject!;
        problem["kind"]!.GetValue<string>().Should().Be("hash-mismatch");
        problem["position"]!.GetValue<int>().Should().Be(3);
        problem["recordId"]!.GetValue<string>().Should().Be(Example2017.Records()[2]["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Verify_ContentEditedAndItsHashRecomputed_ReportsTheBrokenLinkThatFollows()
    {
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path);
        var (office, id) = await WithFiveRecords(host);

        // A careful forger recomputes the edited row's own hash with the host's algorithm; the next link still names the old one.
        await using (var connection = new SqliteConnection($"Data Source={database.Path}"))
        {
            await connection.OpenAsync();
            var row = await ReadRow(connection, id, 2);
            row.Content = row.Content.Replace("\"style\":\"Reminder\"", "\"style\":\"Care\"", StringComparison.Ordinal);
            row.Hash = RecordChain.HashOf(row);
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE records SET Content = $content, Hash = $hash WHERE PlanId = $plan AND Position = 2";
            update.Parameters.AddWithValue("$content", row.Content);
            update.Parameters.AddWithValue("$hash", row.Hash);
            update.Parameters.AddWithValue("$plan", id);
            (await update.ExecuteNonQueryAsync()).Should().Be(1);
        }

        var verify = await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK);
        verify["intact"]!.GetValue<bool>().Should().BeFalse();
        var problem = verify["problems"]!.AsArray().Should().ContainSingle().Subject!;
        problem["kind"]!.GetValue<string>().Should().Be("broken-link");
        problem["position"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public async Task Verify_LastRecordDeletedFromTheFile_ReportsTheHeadMismatch()
    {
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path);
        var (office, id) = await WithFiveRecords(host);

        await Sql(database.Path, "DELETE FROM records WHERE PlanId = $plan AND Position = 5", id);

        var verify = await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK);
        verify["intact"]!.GetValue<bool>().Should().BeFalse();
        verify["problems"]!.AsArray().Should().ContainSingle().Which!["kind"]!.GetValue<string>().Should().Be("head-mismatch");
    }

    [Fact]
    public async Task Verify_PlanInputEditedInTheFile_BreaksTheFirstLink()
    {
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path);
        var (office, id) = await WithFiveRecords(host);

        await Sql(database.Path, "UPDATE plans SET Input = replace(Input, '\"P01\"', '\"P01 \"') WHERE Id = $plan", id);

        var verify = await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK);
        verify["problems"]!.AsArray().Select(p => (p!["kind"]!.GetValue<string>(), p["position"]!.GetValue<int>())).Should().Contain(("broken-link", 1));
    }

    [Fact]
    public async Task PostRecords_ManyLeadersAtOnce_ChainStaysWhole()
    {
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path);
        var office = await host.ClientAs("office");
        var id = await Steps.InProgress2017(office);

        var posts = Example2017.Records().GroupBy(Example2017.LeaderOf).Select(async group =>
        {
            var leader = await host.ClientAs("leader", group.Key);
            return (await leader.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument(group))).StatusCode;
        });
        (await Task.WhenAll(posts)).Should().OnlyContain(s => s == HttpStatusCode.Created);

        var verify = await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK);
        verify["intact"]!.GetValue<bool>().Should().BeTrue(verify.ToJsonString());
        verify["count"]!.GetValue<int>().Should().Be(49);
    }

    private static async Task<(HttpClient Office, int Id)> WithFiveRecords(TestHost host)
    {
        var office = await host.ClientAs("office");
        var id = await Steps.InProgress2017(office);
        var posted = await (await office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument(Example2017.Records().Take(5)))).Json(HttpStatusCode.Created);
        posted["stored"]!.AsArray().Should().HaveCount(5);
        (await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK))["intact"]!.GetValue<bool>().Should().BeTrue();
        return (office, id);
    }

    private static async Task Sql(string path, string sql, int plan)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$plan", plan);
        (await command.ExecuteNonQueryAsync()).Should().Be(1, sql);
    }

    private static async Task<RecordRow> ReadRow(SqliteConnection connection, int plan, int position)
    {
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT RecordId, Version, Replaces, Content, StoredAt, StoredBy, PreviousHash, Hash FROM records WHERE PlanId = $plan AND Position = $position";
        read.Parameters.AddWithValue("$plan", plan);
        read.Parameters.AddWithValue("$position", position);
        await using var reader = await read.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();
        return new RecordRow
        {
            PlanId = plan,
            Position = position,
            RecordId = reader.GetString(0),
            Version = reader.GetInt32(1),
            Replaces = reader.IsDBNull(2) ? null : reader.GetInt32(2),
            Content = reader.GetString(3),
            StoredAt = reader.GetString(4),
            StoredBy = reader.GetString(5),
            PreviousHash = reader.GetString(6),
            Hash = reader.GetString(7),
        };
    }
}
