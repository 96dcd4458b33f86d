using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Planning;

namespace TalkEngine.Benchmarks;

/// <summary>
/// Outlines for every talk of the 100,000-person benchmark organisation of <see cref="DemandsBenchmark"/> (about
/// 28,600 talks) against a 500-item catalogue: the package's items plus generated ones, each with a condition on
/// roles, sources, styles, unit kinds, risk, holidays or years. <see cref="Select"/> builds every outline with a fresh
/// builder (no selection is cached between runs); <see cref="RenderMarkdown"/> writes every outline as Markdown.
/// Targets of issue 9: selection under 100 ms and rendering under 300 ms on one core.
/// </summary>
[MemoryDiagnoser]
public class ContentBenchmark
{
    private ContentCatalogue _catalogue = null!;
    private YearPlan _plan = null!;
    private (PlannedTalk Talk, TalkDemand Demand)[] _talks = null!;
    private TalkOutline[] _outlines = null!;

    /// <summary>The number of catalogue items.</summary>
    [Params(500)]
    public int Items { get; set; } = 500;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = ContentCatalogue.Parse(Extension(Items - ContentCatalogue.Default.Items.Count), ContentCatalogue.Default);
        var planner = new TalkPlanner(new TalkEngineOptions(), new FixedClock(NodaTime.Instant.FromUtc(2030, 1, 1, 0, 0)));
        _plan = planner.Plan(new YearInput(DemandsBenchmark.BuildRequest(100_000)) { Catalogue = _catalogue });
        var demands = _plan.Demands.Demands.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _talks = _plan.Talks.Select(t => (t, demands[t.DemandId])).ToArray();
        _outlines = _plan.Outlines().ToArray();
    }

    /// <summary>The outline of every talk, selections computed afresh.</summary>
    [Benchmark(Baseline = true)]
    public int Select()
    {
        var builder = new OutlineBuilder(_catalogue, _plan.Roster);
        var lines = 0;
        foreach (var (talk, demand) in _talks)
        {
            lines += builder.Build(talk, demand).Sections[0].Items.Count;
        }

        return lines;
    }

    /// <summary>Every outline as Markdown, in Chinese.</summary>
    [Benchmark]
    public long RenderMarkdown()
    {
        long chars = 0;
        var text = TextRenderer.SimplifiedChinese;
        foreach (var outline in _outlines)
        {
            chars += outline.RenderMarkdown(text).Length;
        }

        return chars;
    }

    /// <summary>The number of talks (for the report).</summary>
    public int Talks => _talks.Length;

    /// <summary>
    /// <c>-- content-cpu</c>: the CPU time (not wall time) of each method, best of 5, so that a figure for one core can be
    /// read on a shared machine whose other processes stretch the wall clock.
    /// </summary>
    public static void MeasureCpu()
    {
        var bench = new ContentBenchmark();
        bench.Setup();
        Console.WriteLine($"talks: {bench.Talks}, catalogue items: {bench._catalogue.Items.Count}");
        // The third line splits the selection's time: the same builder reused, so only the per-talk part remains.
        var warm = new OutlineBuilder(bench._catalogue, bench._plan.Roster);
        long SelectWarm()
        {
            long lines = 0;
            foreach (var (talk, demand) in bench._talks)
            {
                lines += warm.Build(talk, demand).Sections[0].Items.Count;
            }

            return lines;
        }

        SelectWarm();
        Console.WriteLine($"distinct selections: {warm.SelectionCount}, evidence lines {warm.EvidenceLineCount}, talks with evidence {bench._talks.Count(t => t.Demand.Evidence.Any(e => e.Kind != "post"))}");
        foreach (var (name, run) in new (string, Func<long>)[] { ("Select", () => bench.Select()), ("RenderMarkdown", bench.RenderMarkdown), ("Select, selections cached", SelectWarm) })
        {
            run();
            var best = TimeSpan.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                var before = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                run();
                var spent = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - before;
                best = spent < best ? spent : best;
            }

            Console.WriteLine($"{name}: best CPU time of 5 runs {best.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)} ms");
        }
    }

    // Generated items with one or two conditions each, deterministic.
    internal static string Extension(int count)
    {
        string[] kinds = ["base-requirement", "role-focus", "topical-requirement", "style-guidance", "source-point", "question", "commitment", "effect"];
        string[] roles = ["administrative-head", "party-secretary", "both", "deputy"];
        string[] sources = ["annual", "inspection", "satisfaction-survey", "pre-holiday", "petition", "special-governance", "pre-appointment", "risk-frequency"];
        string[] styles = ["reminder", "warning", "communication", "admonition", "care"];
        string[] unitKinds = ["hq-department", "engineering-company", "subsidiary", "specialized-company", "second-level-unit"];
        string[] holidays = ["spring-festival", "qingming-festival", "labour-day", "dragon-boat-festival", "mid-autumn-festival", "national-day"];
        var json = new StringBuilder("{ \"version\": \"bench\", \"items\": [");
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            json.Append(i == 0 ? "\n" : ",\n").Append("{ \"id\": \"bench.").Append(n).Append("\", \"kind\": \"").Append(kinds[i % kinds.Length])
                .Append("\", \"priority\": ").Append((i * 7 % 100).ToString(CultureInfo.InvariantCulture));
            switch (i % 6)
            {
                case 0: json.Append(", \"roles\": [\"").Append(roles[i / 6 % roles.Length]).Append("\"]"); break;
                case 1: json.Append(", \"sources\": [\"").Append(sources[i / 6 % sources.Length]).Append("\"]"); break;
                case 2: json.Append(", \"styles\": [\"").Append(styles[i / 6 % styles.Length]).Append("\"]"); break;
                case 3: json.Append(", \"unitKinds\": [\"").Append(unitKinds[i / 6 % unitKinds.Length]).Append("\"], \"minRisk\": \"medium\""); break;
                case 4: json.Append(", \"sources\": [\"pre-holiday\"], \"holidays\": [\"").Append(holidays[i / 6 % holidays.Length]).Append("\"]"); break;
                default: json.Append(", \"years\": [").Append((2015 + (i / 6 % 5)).ToString(CultureInfo.InvariantCulture)).Append(']'); break;
            }

            json.Append(", \"text\": { \"zh\": \"第").Append(n).Append("条要求：严格落实有关规定。\", \"en\": \"Requirement ").Append(n).Append(": keep the rules.\" } }");
        }

        return json.Append("\n] }").ToString();
    }

    private sealed class FixedClock(NodaTime.Instant now) : NodaTime.IClock
    {
        public NodaTime.Instant GetCurrentInstant() => now;
    }
}
