using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalkEngine.Samples.AspNetCore.Security;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>One host with the 2017 plan in progress and six records: L01 led R2017-A01..A03, L02 led R2017-A04..A06.</summary>
public sealed class AuthorizationHost : IAsyncLifetime
{
    private readonly TempDatabase _database = new();

    internal TestHost Host { get; private set; } = null!;

    internal HttpClient Office { get; private set; } = null!;

    internal int PlanId { get; private set; }

    public async Task InitializeAsync()
    {
        Host = new TestHost(_database.Path);
        Office = await Host.ClientAs("office");
        PlanId = await Steps.InProgress2017(Office);
        (await Office.PostAsync($"/plans/{PlanId}/records", Example2017.RecordsDocument(Example2017.Records().Take(6)))).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>A token signed with the host's key for any role (or none): what a misconfigured identity provider could send.</summary>
    internal string TokenFor(string? role, string? leaderId = null) => Host.Services.GetRequiredService<DevTokenIssuer>().Issue("someone", role, leaderId).Token;
}

/// <summary>Every endpoint needs a token, and each role is refused what it must not do (保密性).</summary>
public sealed class AuthorizationTests(AuthorizationHost fixture) : IClassFixture<AuthorizationHost>
{
    private int Id => fixture.PlanId;

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "POST", "/plans" },
        { "GET", "/plans" },
        { "GET", "/plans/{id}" },
        { "POST", "/plans/{id}/consultation" },
        { "POST", "/plans/{id}/comments" },
        { "POST", "/plans/{id}/approve" },
        { "POST", "/plans/{id}/start" },
        { "POST", "/plans/{id}/close" },
        { "GET", "/plans/{id}/talks/mine" },
        { "GET", "/plans/{id}/coverage" },
        { "GET", "/plans/{id}/summary" },
        { "POST", "/plans/{id}/records" },
        { "GET", "/plans/{id}/records" },
        { "GET", "/plans/{id}/records/verify" },
        { "GET", "/plans/{id}/records/R2017-A01" },
        { "POST", "/plans/{id}/records/R2017-A01/versions" },
        { "GET", "/plans/{id}/outlines/annual-2017-P01" },
        { "GET", "/plans/{id}/schedule" },
        { "GET", "/plans/{id}/schedule?format=ics" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AnyEndpoint_WithoutAToken_Is401(string method, string path)
    {
        var response = await fixture.Host.CreateClient().SendAsync(Request(method, path));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Records_WithATokenSignedByAnotherKey_Is401()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "talkengine-sample",
            Audience = "talkengine-sample",
            Subject = new ClaimsIdentity([new Claim("sub", "mallory"), new Claim("role", "office")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-key-that-is-long-enough-for-hs256!!")), SecurityAlgorithms.HmacSha256),
        });
        (await fixture.Host.ClientWithToken(forged).GetAsync($"/plans/{Id}/records")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Records_WithAnExpiredToken_Is401()
    {
        var expired = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "talkengine-sample",
            Audience = "talkengine-sample",
            Subject = new ClaimsIdentity([new Claim("sub", "office"), new Claim("role", "office")]),
            IssuedAt = DateTime.UtcNow.AddHours(-3),
            NotBefore = DateTime.UtcNow.AddHours(-3),
            Expires = DateTime.UtcNow.AddHours(-2),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestHost.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
        (await fixture.Host.ClientWithToken(expired).GetAsync($"/plans/{Id}/records")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("POST", "/plans")]
    [InlineData("GET", "/plans")]
    [InlineData("GET", "/plans/{id}")]
    [InlineData("POST", "/plans/{id}/consultation")]
    [InlineData("POST", "/plans/{id}/approve")]
    [InlineData("POST", "/plans/{id}/start")]
    [InlineData("POST", "/plans/{id}/close")]
    [InlineData("GET", "/plans/{id}/coverage")]
    [InlineData("GET", "/plans/{id}/summary")]
    [InlineData("GET", "/plans/{id}/records/verify")]
    public async Task Leader_ManagingPlansOrReadingTheWholeYear_Is403(string method, string path)
    {
        var leader = await fixture.Host.ClientAs("leader", "L01");
        var response = await leader.SendAsync(Request(method, path));
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Plan()).Should().Be("InProgress", "a refused step changes nothing");
    }

    [Fact]
    public async Task Leader_ReadingAnotherLeadersRecord_Is403_AndHisListHoldsOnlyHisOwn()
    {
        var l01 = await fixture.Host.ClientAs("leader", "L01");
        var refused = await l01.GetAsync($"/plans/{Id}/records/R2017-A04");
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).Should().NotContain("topics", "a refusal carries no record content");

        var own = await (await l01.GetAsync($"/plans/{Id}/records")).Json(HttpStatusCode.OK);
        own.AsArray().Select(r => r!["recordId"]!.GetValue<string>()).Should().Equal("R2017-A01", "R2017-A02", "R2017-A03");
        (await l01.GetAsync($"/plans/{Id}/records/R2017-A01")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Leader_PostingOrCorrectingAnotherLeadersRecord_Is403_AndNothingIsStored()
    {
        var l01 = await fixture.Host.ClientAs("leader", "L01");
        var others = Example2017.Records().Where(r => Example2017.LeaderOf(r) == "L03").Take(1).ToList();
        (await l01.PostAsync($"/plans/{Id}/records", Example2017.RecordsDocument(others))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // Correcting L02's record by naming himself as a talker is refused too: the stored version is not his.
        var a04 = Example2017.Records()[3];
        a04["talkerIds"] = new System.Text.Json.Nodes.JsonArray("L01");
        (await l01.PostAsync($"/plans/{Id}/records/R2017-A04/versions", Example2017.RecordsDocument([a04]))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var all = await (await fixture.Office.GetAsync($"/plans/{Id}/records")).Json(HttpStatusCode.OK);
        all.AsArray().Should().HaveCount(6);
        all.AsArray().Should().OnlyContain(r => r!["version"]!.GetValue<int>() == 1);
    }

    [Fact]
    public async Task Leader_CommentingInAnotherLeadersName_Is403()
    {
        var l01 = await fixture.Host.ClientAs("leader", "L01");
        var response = await l01.PostAsJsonAsync($"/plans/{Id}/comments", new { leaderId = "L02", text = "代为表态" });
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData(null)]
    public async Task AnyoneElse_ReadingOrPostingRecords_Is403(string? role)
    {
        var other = fixture.Host.ClientWithToken(fixture.TokenFor(role, "L01"));
        (await other.GetAsync($"/plans/{Id}/records")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/plans/{Id}/records/R2017-A01")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.PostAsync($"/plans/{Id}/records", Example2017.RecordsDocument(Example2017.Records().Skip(40).Take(1)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/plans/{Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/plans/{Id}/coverage")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task LeaderToken_WithoutALeaderId_ReadsNoRecord()
    {
        var nameless = fixture.Host.ClientWithToken(fixture.TokenFor("leader"));
        (await nameless.GetAsync($"/plans/{Id}/records")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await nameless.GetAsync($"/plans/{Id}/records/R2017-A01")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Leader_ReadsHisOwnPlannedTalks_AndNoOneElses()
    {
        var l01 = await fixture.Host.ClientAs("leader", "L01");
        var mine = await (await l01.GetAsync($"/plans/{Id}/talks/mine?leaderId=L02")).Json(HttpStatusCode.OK);
        mine["leaderId"]!.GetValue<string>().Should().Be("L01", "a leader's token decides whose talks, not the query");
        mine["talks"]!.AsArray().Should().NotBeEmpty().And.OnlyContain(t => t!["leaderId"]!.GetValue<string>() == "L01");
    }

    [Fact]
    public async Task Office_ReadsEveryRecord()
    {
        var all = await (await fixture.Office.GetAsync($"/plans/{Id}/records")).Json(HttpStatusCode.OK);
        all.AsArray().Should().HaveCount(6);
        (await fixture.Office.GetAsync($"/plans/{Id}/records/R2017-A04")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DevToken_OutsideDevelopment_IsNotThere()
    {
        using var database = new TempDatabase();
        await using var production = new TestHost(database.Path, "Production");
        var anonymous = await production.CreateClient().PostAsJsonAsync("/dev/token", new { role = "office" });
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var office = production.ClientWithToken(production.Services.GetRequiredService<DevTokenIssuer>().Issue("office", "office", null).Token);
        (await office.PostAsJsonAsync("/dev/token", new { role = "office" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await office.GetAsync("/plans")).StatusCode.Should().Be(HttpStatusCode.OK, "the production host accepts the same tokens, from elsewhere");
    }

    private async Task<string> Plan()
        => (await (await fixture.Office.GetAsync($"/plans/{Id}")).Json(HttpStatusCode.OK))["header"]!["state"]!.GetValue<string>();

    private HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        if (method == "POST")
        {
            request.Content = path.EndsWith("/plans", StringComparison.Ordinal)
                ? Example2017.Json(Example2017.PlanInput())
                : path.Contains("records", StringComparison.Ordinal)
                    ? Example2017.RecordsDocument(Example2017.Records().Skip(3).Take(1))
                    : Example2017.Json("{\"leaderId\":\"L02\",\"text\":\"x\"}");
        }

        return request;
    }
}
