using System.Net;
using System.Text.Json.Nodes;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>Record content is confidential: whatever the host logs, at any level, holds none of it.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task RecordContent_PostedReadRejectedOrCorrected_NeverAppearsInTheLogs()
    {
        const string secret = "机密MARKER-廉洁问题线索";
        var logs = new CapturingLoggerProvider();
        using var database = new TempDatabase();
        await using (var host = new TestHost(database.Path, logs: logs))
        {
            var office = await host.ClientAs("office");
            var id = await Steps.InProgress2017(office);
            var records = Example2017.Records().Take(3).ToList();
            foreach (var r in records)
            {
                r["topics"]!.AsArray().Add(secret);
                r["problemsFound"]!.AsArray().Add(secret + "-问题");
                r["commitments"]!.AsArray().Add(new JsonObject { ["description"] = secret + "-承诺", ["dueDate"] = "2017-12-31" });
            }

            (await office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument(records))).StatusCode.Should().Be(HttpStatusCode.Created);
            var rejected = Example2017.Records()[5];
            rejected["subjectId"] = "P404";
            rejected["topics"]!.AsArray().Add(secret);
            (await office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument([rejected]))).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            records[0]["topics"]!.AsArray().Add(secret + "-更正");
            (await office.PostAsync($"/plans/{id}/records/{records[0]["id"]}/versions", Example2017.RecordsDocument([records[0]]))).StatusCode.Should().Be(HttpStatusCode.Created);
            (await (await office.GetAsync($"/plans/{id}/records")).Content.ReadAsStringAsync()).Should().Contain(secret, "the office reads the content it posted");
            (await office.GetAsync($"/plans/{id}/coverage")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await office.GetAsync($"/plans/{id}/summary")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        logs.Messages.Should().NotBeEmpty("the capture must see the host's logs for this test to mean anything");
        logs.Messages.Should().Contain(m => m.Contains("stored 3 record versions", StringComparison.Ordinal));
        logs.Messages.Should().NotContain(m => m.Contains("MARKER", StringComparison.Ordinal) || m.Contains("廉洁问题线索", StringComparison.Ordinal));
    }
}
