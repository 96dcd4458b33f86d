using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>Outlines and the schedule over HTTP: the office reads all of them, a leader his own talks only.</summary>
public sealed class ContentEndpointsTests(AuthorizationHost fixture) : IClassFixture<AuthorizationHost>
{
    private int Id => fixture.PlanId;

    [Fact]
    public async Task Outline_OfficeReadsAnyTalk_InMarkdownTextAndJson()
    {
        var talk = await TalkOf("L02");

        var markdown = await fixture.Office.GetAsync($"/plans/{Id}/outlines/{talk}");
        var text = await fixture.Office.GetAsync($"/plans/{Id}/outlines/{talk}?format=text");
        var json = await (await fixture.Office.GetAsync($"/plans/{Id}/outlines/{talk}?format=json")).Json(HttpStatusCode.OK);

        markdown.StatusCode.Should().Be(HttpStatusCode.OK);
        markdown.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        (await markdown.Content.ReadAsStringAsync()).Should().StartWith("# 约谈提纲").And.Contain("谈什么");
        text.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await text.Content.ReadAsStringAsync()).Should().NotStartWith("#").And.Contain("约谈提纲");
        json["demandId"]!.GetValue<string>().Should().Be(talk);
        json["leaderId"]!.GetValue<string>().Should().Be("L02");
        json["sections"]!.AsArray().Should().HaveCount(4);
    }

    [Fact]
    public async Task Outline_LeaderReadsHisOwnTalk_ButNotAnotherLeaders()
    {
        var l01 = await fixture.Host.ClientAs("leader", "L01");

        (await l01.GetAsync($"/plans/{Id}/outlines/{await TalkOf("L01")}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await l01.GetAsync($"/plans/{Id}/outlines/{await TalkOf("L02")}");

        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).Should().NotContain("约谈提纲");
    }

    [Fact]
    public async Task Outline_UnknownTalkOrFormat_ProblemDetails()
    {
        var unknown = await (await fixture.Office.GetAsync($"/plans/{Id}/outlines/annual-2017-P99")).Json(HttpStatusCode.NotFound);
        var format = await (await fixture.Office.GetAsync($"/plans/{Id}/outlines/{await TalkOf("L01")}?format=pdf")).Json(HttpStatusCode.BadRequest);

        unknown["title"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        format["errors"]!.AsArray().Should().ContainSingle().Which!["path"]!.GetValue<string>().Should().Be("format");
    }

    [Fact]
    public async Task Schedule_Office_AllTalksPlacedAndProvenInJson()
    {
        var schedule = await (await fixture.Office.GetAsync($"/plans/{Id}/schedule")).Json(HttpStatusCode.OK);

        schedule["placed"]!.GetValue<int>().Should().Be(49);
        schedule["provenMaximum"]!.GetValue<bool>().Should().BeTrue();
        schedule["talks"]!.AsArray().Should().HaveCount(49);
    }

    [Fact]
    public async Task Schedule_AsICalendar_OfficeGetsEveryTalk_ALeaderHisOwn_NeverAnEvidenceText()
    {
        var l01 = await fixture.Host.ClientAs("leader", "L01");
        var mine = (await (await l01.GetAsync($"/plans/{Id}/talks/mine")).Json(HttpStatusCode.OK))["talks"]!.AsArray();

        var all = await fixture.Office.GetAsync($"/plans/{Id}/schedule?format=ics");
        var own = await l01.GetAsync($"/plans/{Id}/schedule?format=ics");

        all.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var allText = await all.Content.ReadAsStringAsync();
        IcalCalendar.Load(allText)!.Events.Should().HaveCount(49);
        var ownEvents = IcalCalendar.Load(await own.Content.ReadAsStringAsync())!.Events;
        ownEvents.Should().HaveCount(mine.Count).And.OnlyContain(e => e.Summary!.Contains("L01") || e.Summary!.Length > 0);
        ownEvents.Select(e => e.Uid!.Split('.')[0]).Should().BeEquivalentTo(mine.Select(t => t!["demandId"]!.GetValue<string>()));
        allText.Should().NotContain("DESCRIPTION");
        foreach (var evidence in EvidenceTexts())
        {
            allText.Should().NotContain(evidence);
        }
    }

    [Fact]
    public async Task Schedule_LeaderAsksForTheWholeScheduleInJson_Is403()
    {
        var l01 = await fixture.Host.ClientAs("leader", "L01");
        (await l01.GetAsync($"/plans/{Id}/schedule")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    // Every evidence text of the plan's demands, as the host renders it.
    private List<string> EvidenceTexts()
    {
        var loader = fixture.Host.Services.GetRequiredService<Plans.PlanLoader>();
        using var scope = fixture.Host.Services.CreateScope();
        var plan = loader.Get(Id, scope.ServiceProvider.GetRequiredService<Storage.HostDb>().Plans.Single(p => p.Id == Id).Input).Plan;
        var texts = plan.Demands.Demands.SelectMany(d => d.Evidence).Select(e => TextRenderer.SimplifiedChinese.Render(e.Description)).Distinct().ToList();
        texts.Should().NotBeEmpty();
        return texts;
    }

    private async Task<string> TalkOf(string leader)
    {
        var talks = await (await fixture.Office.GetAsync($"/plans/{Id}/talks/mine?leaderId={leader}")).Json(HttpStatusCode.OK);
        return talks["talks"]!.AsArray()[0]!["demandId"]!.GetValue<string>();
    }
}
