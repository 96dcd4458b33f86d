using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TalkEngine.Benchmarks;
using TalkEngine.Demands;
using TalkEngine.Planning;
using TalkEngine.Samples.AspNetCore.Plans;
using TalkEngine.Samples.AspNetCore.Storage;
using TalkEngine.Samples.ConsoleApp.Example;
using Xunit.Abstractions;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>
/// 50 clients ask for the coverage of a large year at once. The year is the benchmarks' generated organisation (its
/// plan and record store put in the host's cache: a 100,000-person file is not posted through HTTP here), the requests
/// go through the whole host (authentication, the database row, the chain head, the measurement, JSON). CI runs a small
/// organisation and checks every answer; <c>TALKENGINE_LOAD_PEOPLE=100000 TALKENGINE_LOAD_RECORDS=1000000</c> runs the
/// README's figures, printed here (timings are reported, not asserted: performance is the benchmarks' business).
/// </summary>
public sealed class CoverageLoadTests(ITestOutputHelper output)
{
    private const int Clients = 50;
    private const int RequestsPerClient = 20;

    [Fact]
    public async Task Coverage_FiftyConcurrentClients_EveryAnswerTheSameReport()
    {
        var people = Setting("TALKENGINE_LOAD_PEOPLE", 3_000);
        var recordCount = Setting("TALKENGINE_LOAD_RECORDS", 20_000);
        using var database = new TempDatabase();
        await using var host = new TestHost(database.Path);
        var office = await host.ClientAs("office");
        var id = await Steps.InProgress2017(office);

        var loader = host.Services.GetRequiredService<PlanLoader>();
        var request = GroupOrganisation.Build(people);
        var dataset = new ExampleDataset("group", request.PlanPeriod, Enum.GetValues<DemandSource>().ToHashSet(), request.Roster, new Dictionary<string, string>(), request.InspectionRounds, request.Survey, [], [])
        {
            Petitions = request.Petitions,
            GovernanceDrives = request.GovernanceDrives,
            Appointments = request.Appointments,
        };
        var planner = loader.PlannerFor(dataset.Policies);
        var plan = planner.Plan(new YearInput(dataset.CreateRequest()));
        var store = plan.CreateRecordStore();
        store.AddRange(GroupOrganisation.Records(plan, recordCount));
        string head;
        using (var scope = host.Services.CreateScope())
        {
            head = scope.ServiceProvider.GetRequiredService<HostDb>().Plans.Single(p => p.Id == id).RecordHead;
        }

        loader.Preload(id, loader.Wrap(dataset, planner, plan), head, store);
        var expected = planner.Measure(plan, store);

        // The full report once (every person and unit), then the totals under load.
        var cold = Stopwatch.StartNew();
        var full = await office.GetAsync($"/plans/{id}/coverage");
        var fullBody = await full.Content.ReadAsByteArrayAsync();
        cold.Stop();
        full.StatusCode.Should().Be(HttpStatusCode.OK);
        System.Text.Json.JsonDocument.Parse(fullBody).RootElement.GetProperty("covered").GetArrayLength().Should().Be(expected.Covered.Count);
        var coldTotals = Stopwatch.StartNew();
        var first = await office.GetAsync($"/plans/{id}/coverage?view=totals");
        var body = await first.Content.ReadAsByteArrayAsync();
        coldTotals.Stop();
        first.StatusCode.Should().Be(HttpStatusCode.OK);

        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => host.ClientAs("office")));
        var latencies = new List<double>[Clients];
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (client, c) =>
        {
            latencies[c] = [];
            for (var r = 0; r < RequestsPerClient; r++)
            {
                var watch = Stopwatch.StartNew();
                var response = await client.GetAsync($"/plans/{id}/coverage?view=totals");
                var bytes = await response.Content.ReadAsByteArrayAsync();
                latencies[c].Add(watch.Elapsed.TotalMilliseconds);
                response.StatusCode.Should().Be(HttpStatusCode.OK);
                bytes.Should().Equal(body);
            }
        }));
        wall.Stop();

        var report = System.Text.Json.JsonDocument.Parse(body).RootElement;
        report.GetProperty("covered").GetInt32().Should().Be(expected.Covered.Count);
        report.GetProperty("required").GetInt32().Should().Be(expected.Required.Count);
        report.GetProperty("personTimes").GetProperty("total").GetInt32().Should().Be(expected.PersonTimes.Total);
        expected.Covered.Should().NotBeEmpty();

        var sorted = latencies.SelectMany(l => l).Order().ToArray();
        double At(double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(q * sorted.Length) - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{plan.Roster.People.Count:N0} people, {recordCount:N0} records, {plan.Talks.Count:N0} talks; full report {fullBody.Length:N0} bytes, first request (measure + JSON) {cold.Elapsed.TotalMilliseconds:F0} ms; totals {body.Length:N0} bytes, first request {coldTotals.Elapsed.TotalMilliseconds:F0} ms; "
            + $"{Clients} clients x {RequestsPerClient} requests: p50 {At(0.5):F1} ms, p95 {At(0.95):F1} ms, max {sorted[^1]:F1} ms, {sorted.Length / wall.Elapsed.TotalSeconds:F0} requests/s"));
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
