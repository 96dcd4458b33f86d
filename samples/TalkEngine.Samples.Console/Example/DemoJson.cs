using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using TalkEngine.Coverage;
using TalkEngine.Demands;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>The <c>demo --format json</c> document: one object, stable key order, invariant numbers.</summary>
internal static class DemoJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JsonObject document) => document.ToJsonString(WriteOptions);

    public static JsonObject Build(ExampleRun run, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(run);
        var c = run.Coverage;
        var org = run.Dataset.Roster;
        return new JsonObject
        {
            ["dataset"] = run.Dataset.Name,
            ["period"] = Interval(run.Dataset.Period),
            ["roster"] = new JsonObject
            {
                ["units"] = org.Units.Count,
                ["people"] = org.People.Count,
                ["posts"] = org.Posts.Count,
                ["leaders"] = org.Leaders.Count,
            },
            ["demands"] = new JsonObject
            {
                ["total"] = run.Demands.Demands.Count,
                ["bySource"] = BySource(Enum.GetValues<DemandSource>().Select(s => (s, run.Demands.Demands.Count(d => d.Source == s)))),
                ["exclusions"] = run.Demands.Exclusions.Count,
                ["overlaps"] = run.Demands.Overlaps.Count,
            },
            ["coverage"] = new JsonObject
            {
                ["headsInScope"] = c.HeadsInScope,
                ["required"] = c.Required.Count,
                ["excluded"] = new JsonArray(c.Excluded.Select(e => (JsonNode)new JsonObject
                {
                    ["person"] = e.PersonId,
                    ["name"] = e.Name,
                    ["status"] = e.Status.ToString(),
                    ["reason"] = TextRenderer.For(language).Render(e.Reason),
                }).ToArray()),
                ["covered"] = c.Covered.Count,
                ["notCovered"] = new JsonArray(c.NotCovered.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
                ["rate"] = Rate(c.Rate, language),
                ["personTimes"] = new JsonObject
                {
                    ["total"] = c.PersonTimes.Total,
                    ["bySource"] = BySource(c.PersonTimes.BySource.Select(s => (s.Source, s.Count))),
                },
                ["peopleTalkedTo"] = c.PeopleTalkedTo,
                ["byUnitKind"] = new JsonArray(c.ByUnitKind.Select(k => (JsonNode)new JsonObject
                {
                    ["kind"] = k.Kind.Code,
                    ["name"] = TextRenderer.For(language).Name(k.Kind),
                    ["required"] = k.Required,
                    ["covered"] = k.Covered,
                    ["rate"] = Rate(k.Rate, language),
                    ["personTimes"] = k.PersonTimes,
                }).ToArray()),
                ["bySource"] = new JsonArray(c.BySource.Select(s => (JsonNode)new JsonObject
                {
                    ["source"] = s.Source.ToString(),
                    ["demands"] = s.Demands,
                    ["demandsAnswered"] = s.DemandsAnswered,
                    ["personTimes"] = s.PersonTimes,
                    ["peopleTalkedTo"] = s.PeopleTalkedTo,
                }).ToArray()),
                ["byTalker"] = new JsonArray(c.ByLeader.Select(t => (JsonNode)new JsonObject
                {
                    ["talker"] = t.LeaderId,
                    ["name"] = t.Name,
                    ["roles"] = new JsonArray(t.Roles.Select(r => (JsonNode)JsonValue.Create(r.ToString())!).ToArray()),
                    ["personTimes"] = t.PersonTimes,
                    ["bySource"] = BySource(t.BySource.Select(s => (s.Source, s.Count))),
                }).ToArray()),
                ["projection"] = new JsonObject
                {
                    ["pendingTalks"] = c.Projection.PendingTalks,
                    ["rate"] = Rate(c.Projection.Rate, language),
                    ["personTimes"] = c.Projection.PersonTimes,
                },
            },
            ["balance"] = Balancing.BalanceDemoSection.Json(run, language),
            ["findings"] = new JsonArray(c.Validation.Findings.Select(f => (JsonNode)new JsonObject
            {
                ["record"] = f.RecordId,
                ["kind"] = f.Kind.ToString(),
                ["severity"] = f.Severity.ToString(),
                ["message"] = TextRenderer.For(language).Render(f.Reason),
            }).ToArray()),
            ["goodPractices"] = new JsonObject
            {
                ["count"] = run.GoodPractices.Count,
                ["themes"] = new JsonArray(run.GoodPractices.Themes.Select(t => (JsonNode)new JsonObject
                {
                    ["theme"] = t.Theme,
                    ["count"] = t.Count,
                    ["units"] = new JsonArray(t.Units.Select(u => (JsonNode)new JsonObject
                    {
                        ["unit"] = u.UnitId,
                        ["name"] = u.UnitName,
                        ["practices"] = new JsonArray(u.Entries.Select(e => (JsonNode)new JsonObject
                        {
                            ["description"] = e.Description,
                            ["record"] = e.RecordId,
                            ["date"] = Date(e.Date),
                            ["subject"] = e.SubjectName,
                        }).ToArray()),
                    }).ToArray()),
                }).ToArray()),
            },
            ["reportsReceived"] = run.Dataset.ReportsReceived.Distinct(StringComparer.Ordinal).Count(),
            ["summary"] = run.Summary.Text,
        };
    }

    private static JsonObject Rate(CoverageRate rate, OutputLanguage language) => new()
    {
        ["numerator"] = rate.Numerator,
        ["denominator"] = rate.Denominator,
        ["applicable"] = rate.IsApplicable,
        ["percent"] = rate.Percentage is { } p ? JsonValue.Create(p) : null,
        ["text"] = TextRenderer.For(language).Render(rate.ToReason()),
    };

    private static JsonObject BySource(IEnumerable<(DemandSource Source, int Count)> counts)
    {
        var o = new JsonObject();
        foreach (var (source, count) in counts.Where(c => c.Count > 0))
        {
            o[source.ToString()] = count;
        }

        return o;
    }

    private static JsonObject Interval(DateInterval interval) => new() { ["start"] = Date(interval.Start), ["end"] = Date(interval.End) };

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
