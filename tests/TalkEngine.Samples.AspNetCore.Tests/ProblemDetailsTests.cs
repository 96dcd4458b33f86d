using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>Bad requests come back as RFC 7807 problem details that name every problem; nothing of them is stored.</summary>
public sealed class ProblemDetailsTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private TestHost _host = null!;
    private HttpClient _office = null!;

    public async Task InitializeAsync()
    {
        _host = new TestHost(_database.Path);
        _office = await _host.ClientAs("office");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task PostPlan_FileWithSeveralProblems_Is400ListingEachWithItsPath()
    {
        var input = JsonNode.Parse(Example2017.PlanInput())!.AsObject();
        input.Remove("period");
        input["inspectionRound"] = new JsonArray();
        input["units"]![0]!["kind"] = "HQ-Department";

        var problem = await (await _office.PostAsync("/plans", Example2017.Json(input.ToJsonString()))).Json(HttpStatusCode.BadRequest);

        problem["type"]!.GetValue<string>().Should().EndWith("#invalid-input");
        problem["status"]!.GetValue<int>().Should().Be(400);
        var paths = problem["errors"]!.AsArray().Select(e => e!["path"]?.GetValue<string>()).ToList();
        paths.Should().Contain(["period", "inspectionRound", "units[0].kind"]);
        problem["errors"]!.AsArray().Should().OnlyContain(e => !string.IsNullOrEmpty(e!["code"]!.GetValue<string>()) && !string.IsNullOrEmpty(e["message"]!.GetValue<string>()));
        (await (await _office.GetAsync("/plans")).Json(HttpStatusCode.OK)).AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task PostPlan_NotJson_Is400()
    {
        var problem = await (await _office.PostAsync("/plans", Example2017.Json("{\"name\": "))).Json(HttpStatusCode.BadRequest);
        problem["errors"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task PostPlan_FileWithRecords_Is400_RecordsArePostedLater()
    {
        var input = JsonNode.Parse(Example2017.PlanInput())!.AsObject();
        input["records"] = new JsonArray([Example2017.Records()[0]]);
        var problem = await (await _office.PostAsync("/plans", Example2017.Json(input.ToJsonString()))).Json(HttpStatusCode.BadRequest);
        problem["errors"]!.AsArray().Should().ContainSingle().Which!["code"]!.GetValue<string>().Should().Be("host.records-in-plan");
    }

    [Theory]
    [InlineData("approve", "Draft", "InConsultation")]
    [InlineData("start", "Draft", "InConsultation")]
    [InlineData("close", "Draft", "InConsultation")]
    public async Task IllegalTransition_Is409NamingTheStateAndTheAllowedSteps(string step, string state, string allowed)
    {
        var id = await Steps.Draft2017(_office);
        var problem = await (await _office.PostAsync($"/plans/{id}/{step}", null)).Json(HttpStatusCode.Conflict);
        problem["state"]!.GetValue<string>().Should().Be(state);
        problem["allowed"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Equal(allowed);
        problem["detail"]!.GetValue<string>().Should().Contain(state).And.Contain(allowed);
    }

    [Fact]
    public async Task Comment_OutsideConsultation_Is409_AndWithProblems_Is400ListingEach()
    {
        var id = await Steps.Draft2017(_office);
        (await _office.PostAsJsonAsync($"/plans/{id}/comments", new { leaderId = "L02", text = "早了" })).StatusCode.Should().Be(HttpStatusCode.Conflict);

        (await _office.PostAsync($"/plans/{id}/consultation", null)).EnsureSuccessStatusCode();
        var problem = await (await _office.PostAsJsonAsync($"/plans/{id}/comments", new { leaderId = "L99", date = "2017-13-01", text = " " })).Json(HttpStatusCode.BadRequest);
        problem["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).Should().BeEquivalentTo("leaderId", "text", "date");
    }

    [Theory]
    [InlineData("{\"leaderId\":\"L02\",\"text\":", "$")]
    [InlineData("{\"leaderId\":\"L02\",\"txt\":\"同意\"}", "$.txt")]
    [InlineData("{\"leaderId\":7,\"text\":\"同意\"}", "$.leaderId")]
    public async Task Comment_BodyNotTheExpectedJson_Is400NamingWhere(string body, string path)
    {
        var id = await Steps.Draft2017(_office);
        (await _office.PostAsync($"/plans/{id}/consultation", null)).EnsureSuccessStatusCode();
        var problem = await (await _office.PostAsync($"/plans/{id}/comments", Example2017.Json(body))).Json(HttpStatusCode.BadRequest);
        var error = problem["errors"]!.AsArray().Should().ContainSingle().Subject!;
        error["code"]!.GetValue<string>().Should().Be("host.bad-json");
        error["path"]!.GetValue<string>().Should().StartWith(path);
    }

    [Fact]
    public async Task PostRecords_BeforeThePlanIsInProgress_Is409()
    {
        var id = await Steps.Draft2017(_office);
        var problem = await (await _office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument(Example2017.Records().Take(1)))).Json(HttpStatusCode.Conflict);
        problem["state"]!.GetValue<string>().Should().Be("Draft");
    }

    [Fact]
    public async Task PostRecords_LibraryRejectsOne_Is422WithEveryFinding_AndNothingOfTheBatchIsStored()
    {
        var id = await Steps.InProgress2017(_office);
        var good = Example2017.Records()[0];
        var bad = Example2017.Records()[1];
        bad["subjectId"] = "P404";
        bad["talkerIds"] = new JsonArray("L01", "L99");

        var problem = await (await _office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument([good, bad]))).Json(HttpStatusCode.UnprocessableEntity);

        problem["type"]!.GetValue<string>().Should().EndWith("#records-rejected");
        problem["rejected"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal(bad["id"]!.GetValue<string>());
        var findings = problem["findings"]!.AsArray();
        findings.Select(f => f!["kind"]!.GetValue<string>()).Should().Contain(["unknown-subject", "unknown-leader"]);
        findings.Should().OnlyContain(f => f!["recordId"]!.GetValue<string>() == bad["id"]!.GetValue<string>() && f["message"]!.GetValue<string>().Length > 0);
        (await (await _office.GetAsync($"/plans/{id}/records")).Json(HttpStatusCode.OK)).AsArray().Should().BeEmpty("a rejected batch is never stored, not even its valid records");
        (await (await _office.GetAsync($"/plans/{id}/records/verify")).Json(HttpStatusCode.OK))["count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task PostRecords_WithAWarningOnly_IsStored_AndTheWarningComesBack()
    {
        var id = await Steps.InProgress2017(_office);
        var record = Example2017.Records()[0];
        record["demandId"] = "annual-2017-P404";

        var posted = await (await _office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument([record]))).Json(HttpStatusCode.Created);

        posted["stored"]!.AsArray().Should().ContainSingle();
        var warning = posted["findings"]!.AsArray().Should().ContainSingle().Subject!;
        warning["kind"]!.GetValue<string>().Should().Be("unknown-demand");
        warning["severity"]!.GetValue<string>().Should().Be("warning");
        warning["message"]!.GetValue<string>().Should().Contain("annual-2017-P404");
    }

    [Fact]
    public async Task PostRecords_SameIdAgain_Is422_ACorrectionIsANewVersion()
    {
        var id = await Steps.InProgress2017(_office);
        (await _office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument(Example2017.Records().Take(1)))).StatusCode.Should().Be(HttpStatusCode.Created);
        var problem = await (await _office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument(Example2017.Records().Take(1)))).Json(HttpStatusCode.UnprocessableEntity);
        problem["findings"]!.AsArray().Select(f => f!["kind"]!.GetValue<string>()).Should().Contain("duplicate-record-id");
    }

    [Fact]
    public async Task PostRecords_UnknownPropertyInARecord_Is400NamingItsPath()
    {
        var id = await Steps.InProgress2017(_office);
        var record = Example2017.Records()[0];
        record["talker"] = "L01";
        var problem = await (await _office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument([record]))).Json(HttpStatusCode.BadRequest);
        problem["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).Should().Contain("records[0].talker");
    }

    [Fact]
    public async Task UnknownPlan_Is404Problem()
    {
        var problem = await (await _office.GetAsync("/plans/999")).Json(HttpStatusCode.NotFound);
        problem["title"]!.GetValue<string>().Should().Be("Not found");
    }
}
