using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NodaTime;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>The account's 2017 year through the real host, on a SQLite file, across a restart of the host.</summary>
public sealed class YearOf2017Tests
{
    [Fact]
    public async Task Year2017_DraftCommentsApproveRecords_CoversAllAndSurvivesARestart()
    {
        using var database = new TempDatabase();
        int id;
        string head;
        await using (var host = new TestHost(database.Path))
        {
            var office = await host.ClientAs("office");

            // August: the draft, made from the roster file.
            id = await Steps.Draft2017(office);
            var draft = await (await office.GetAsync($"/plans/{id}")).Json(HttpStatusCode.OK);
            draft["header"]!["state"]!.GetValue<string>().Should().Be("Draft");
            draft["plan"]!["talks"]!.AsArray().Should().HaveCount(49, "35 annual + 6 inspection + 8 survey talks are assigned");
            draft["plan"]!["assignment"]!["isProvenOptimal"]!.GetValue<bool>().Should().BeTrue();

            // The consultation draft: the office records one member's comment, another member records his own.
            (await office.PostAsync($"/plans/{id}/consultation", null)).StatusCode.Should().Be(HttpStatusCode.OK);
            (await office.PostAsJsonAsync($"/plans/{id}/comments", new { leaderId = "L02", date = "2017-08-21", text = "建议巡察约谈与现场巡察同步安排。" }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
            var l03 = await host.ClientAs("leader", "L03");
            host.Clock.Advance(Duration.FromDays(2));
            (await l03.PostAsJsonAsync($"/plans/{id}/comments", new { text = "同意。" })).StatusCode.Should().Be(HttpStatusCode.Created);
            (await office.PostAsync($"/plans/{id}/approve", null)).StatusCode.Should().Be(HttpStatusCode.OK);
            (await office.PostAsync($"/plans/{id}/start", null)).StatusCode.Should().Be(HttpStatusCode.OK);

            // Before any talk: nobody covered yet (read once, so that a stale copy would show below).
            (await (await office.GetAsync($"/plans/{id}/coverage")).Json(HttpStatusCode.OK))["rate"]!["numerator"]!.GetValue<int>().Should().Be(0);

            // The talks are held: each leader posts the records of the talks he led.
            foreach (var group in Example2017.Records().GroupBy(Example2017.LeaderOf))
            {
                var leader = await host.ClientAs("leader", group.Key);
                var posted = await (await leader.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument(group))).Json(HttpStatusCode.Created);
                posted["stored"]!.AsArray().Should().HaveCount(group.Count());
            }

            var coverage = await (await office.GetAsync($"/plans/{id}/coverage")).Json(HttpStatusCode.OK);
            coverage["rate"]!["numerator"]!.GetValue<int>().Should().Be(35);
            coverage["rate"]!["denominator"]!.GetValue<int>().Should().Be(35);
            coverage["personTimes"]!["total"]!.GetValue<int>().Should().Be(49);
            coverage["excluded"]!.AsArray().Should().ContainSingle();

            var summary = await (await office.GetAsync($"/plans/{id}/summary")).Json(HttpStatusCode.OK);
            summary["language"]!.GetValue<string>().Should().Be("SimplifiedChinese", "appsettings.json sets the language");
            summary["paragraphs"]![0]!.GetValue<string>().Should().StartWith("2017年，公司党委组织约谈49人次。").And.Contain("约谈涵盖率100%");

            var verify = await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK);
            verify["intact"]!.GetValue<bool>().Should().BeTrue();
            verify["count"]!.GetValue<int>().Should().Be(49);
            head = verify["head"]!.GetValue<string>();
        }

        // A restart: a new host on the same file finds the plan, its comments, its records and the same figures.
        await using (var host = new TestHost(database.Path))
        {
            var office = await host.ClientAs("office");
            var plan = await (await office.GetAsync($"/plans/{id}")).Json(HttpStatusCode.OK);
            plan["header"]!["state"]!.GetValue<string>().Should().Be("InProgress");
            plan["comments"]!.AsArray().Select(c => (c!["leaderId"]!.GetValue<string>(), c["date"]!.GetValue<string>()))
                .Should().Equal(("L02", "2017-08-21"), ("L03", "2017-08-22"));
            plan["transitions"]!.AsArray().Select(t => t!["to"]!.GetValue<string>()).Should().Equal("InConsultation", "Approved", "InProgress");

            (await (await office.GetAsync($"/plans/{id}/records")).Json(HttpStatusCode.OK)).AsArray().Should().HaveCount(49);
            var coverage = await (await office.GetAsync($"/plans/{id}/coverage")).Json(HttpStatusCode.OK);
            coverage["rate"]!["numerator"]!.GetValue<int>().Should().Be(35);
            coverage["personTimes"]!["total"]!.GetValue<int>().Should().Be(49);
            var verify = await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK);
            verify["intact"]!.GetValue<bool>().Should().BeTrue();
            verify["head"]!.GetValue<string>().Should().Be(head);

            // A correction is a new version naming the one it replaces; the first version stays as it was.
            var record = Example2017.Records()[0];
            var original = await (await office.GetAsync($"/plans/{id}/records/{record["id"]}")).Json(HttpStatusCode.OK);
            record["topics"]!.AsArray().Add("补记：廉洁从业承诺");
            var corrected = await (await office.PostAsync($"/plans/{id}/records/{record["id"]}/versions", Example2017.RecordsDocument([record]))).Json(HttpStatusCode.Created);
            corrected["stored"]![0]!["version"]!.GetValue<int>().Should().Be(2);
            corrected["stored"]![0]!["replaces"]!.GetValue<int>().Should().Be(original["current"]!["position"]!.GetValue<int>());
            corrected["stored"]![0]!["position"]!.GetValue<int>().Should().Be(50);

            var history = await (await office.GetAsync($"/plans/{id}/records/{record["id"]}")).Json(HttpStatusCode.OK);
            history["versions"]!.AsArray().Should().HaveCount(2);
            history["versions"]![0]!["hash"]!.GetValue<string>().Should().Be(original["current"]!["hash"]!.GetValue<string>());
            history["current"]!["record"]!["topics"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Contain("补记：廉洁从业承诺");
            (await (await office.GetAsync($"/plans/{id}/records")).Json(HttpStatusCode.OK)).AsArray().Should().HaveCount(49, "the list holds each record's current version");
            (await (await office.GetAsync($"/plans/{id}/coverage")).Json(HttpStatusCode.OK))["personTimes"]!["total"]!.GetValue<int>().Should().Be(49);
            (await (await office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK))["intact"]!.GetValue<bool>().Should().BeTrue();

            // The year closes; nothing more is posted.
            (await office.PostAsync($"/plans/{id}/close", null)).StatusCode.Should().Be(HttpStatusCode.OK);
            var late = await (await office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument([Example2017.Records()[1]]))).Json(HttpStatusCode.Conflict);
            late["state"]!.GetValue<string>().Should().Be("Closed");
        }
    }
}
