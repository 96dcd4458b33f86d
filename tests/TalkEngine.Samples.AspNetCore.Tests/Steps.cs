using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>The steps the tests share: the office drafts the 2017 plan and takes it to a state.</summary>
internal static class Steps
{
    public static async Task<int> Draft2017(HttpClient office)
    {
        var response = await office.PostAsync("/plans", Example2017.Json(Example2017.PlanInput()));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
    }

    /// <summary>Drafts the plan and moves it through consultation and approval to "in progress".</summary>
    public static async Task<int> InProgress2017(HttpClient office)
    {
        var id = await Draft2017(office);
        foreach (var step in new[] { "consultation", "approve", "start" })
        {
            var response = await office.PostAsync($"/plans/{id}/{step}", null);
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        return id;
    }

    public static async Task<JsonNode> Json(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonNode.Parse(text)!;
    }
}
