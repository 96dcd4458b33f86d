using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using TalkEngine;
using TalkEngine.Calendar;
using TalkEngine.Coverage;
using TalkEngine.Demands;

// What a trimmed host reads from its appsettings.json must reach the services: the language, a calendar override,
// a section's setting and a list that replaces the default.
const string AppSettings = """
    { "TalkEngine": {
        "Language": "English",
        "Calendar": { "Days": [ { "Date": "2026-06-01", "Kind": "holiday", "NameZh": "公司成立日", "NameEn": "Company Day" } ] },
        "Demands": { "Inspection": { "Threshold": 70 } },
        "Coverage": { "RequiredSources": [ "Inspection" ] } } }
    """;

var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(AppSettings))).Build();
var services = new ServiceCollection();
services.AddTalkEngine(configuration.GetSection(TalkEngineOptions.SectionName));
using var provider = services.BuildServiceProvider();

var options = provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;
var day = provider.GetRequiredService<WorkingCalendar>().GetDay(new LocalDate(2026, 6, 1));
var renderer = provider.GetRequiredService<TextRenderer>();
Console.WriteLine($"language={renderer.Language}");
Console.WriteLine($"2026-06-01 working={day.IsWorkingDay} name={day.Holiday?.Get(renderer.Language)}");
Console.WriteLine($"inspection-threshold={options.Demands.Inspection.Threshold}");
Console.WriteLine($"required-sources={string.Join(",", options.Coverage.RequiredSources)}");
provider.GetRequiredService<DemandGenerator>();
provider.GetRequiredService<CoverageCalculator>();

var overrides = CalendarOverrides.FromJson("""{"days":[{"date":"2026-06-02","kind":"holiday","nameEn":"Second Day"}]}""");
Console.WriteLine($"overrides-from-json={overrides.Days.Count}");
Console.WriteLine("json=" + JsonSerializer.Serialize(DemandSet.Empty, TalkEngineJson.TypeInfo<DemandSet>()));
