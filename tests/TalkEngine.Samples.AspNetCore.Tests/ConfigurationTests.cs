using System.Net;
using Microsoft.Extensions.Options;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>The host is configured from appsettings.json and its overrides, and a bad configuration stops it at start.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task LanguageEnglish_SummaryAndProblems_AreInEnglish()
    {
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path, settings: new Dictionary<string, string?> { ["TalkEngine:Language"] = "English" });
        var office = await host.ClientAs("office");
        var id = await Steps.InProgress2017(office);
        (await office.PostAsync($"/plans/{id}/records", Example2017.RecordsDocument(Example2017.Records()))).StatusCode.Should().Be(HttpStatusCode.Created);

        var summary = await (await office.GetAsync($"/plans/{id}/summary")).Json(HttpStatusCode.OK);
        summary["language"]!.GetValue<string>().Should().Be("English");
        summary["paragraphs"]![0]!.GetValue<string>().Should().Contain("49").And.Contain("100%").And.NotContain("人次");

        var problem = await (await office.PostAsync("/plans", Example2017.Json("{\"period\":{\"start\":\"2017-01-01\",\"end\":\"2017-12-31\"}}"))).Json(HttpStatusCode.BadRequest);
        problem["errors"]![0]!["message"]!.GetValue<string>().Should().MatchRegex("^[ -~]+$", "the loader writes in the configured language");
    }

    [Fact]
    public async Task UnreadableTalkEngineOption_StopsTheHostAtStart_NamingTheKey()
    {
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path, settings: new Dictionary<string, string?> { ["TalkEngine:Language"] = "Klingon" });
        var start = () => host.CreateClient();
        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Language").And.Contain("Klingon");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task NoSigningKey_StopsTheHostAtStart_SayingWhatToSet()
    {
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path, "Production", settings: new Dictionary<string, string?> { ["Jwt:SigningKey"] = "" });
        var start = () => host.CreateClient();
        start.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("Jwt:SigningKey");
        await Task.CompletedTask;
    }
}
