using System.Text.Json.Nodes;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Samples;

/// <summary>The 2017 example shipped with the sample: the account's figures come out of the data.</summary>
public sealed class Example2017Tests
{
    private static readonly Lazy<ExampleDataset> Dataset = new(() => ExampleDatasetLoader.Load(FindDataset()));

    private static string DatasetPath => FindDataset();

    [Fact]
    public void Example2017_Coverage_IsTheAccountsFigures()
    {
        var run = ExampleRun.Execute(Dataset.Value, OutputLanguage.SimplifiedChinese);
        var c = run.Coverage;

        c.HeadsInScope.Should().Be(36);
        c.Required.Should().HaveCount(35);
        c.Excluded.Should().ContainSingle();
        c.Excluded[0].Status.Should().Be(PersonStatusKind.Seconded);
        c.Covered.Should().HaveCount(35);
        c.NotCovered.Should().BeEmpty();
        c.Rate.Numerator.Should().Be(35);
        c.Rate.Denominator.Should().Be(35);
        c.Rate.Percentage.Should().Be(100m);
        c.PersonTimes.Total.Should().Be(49);
        c.PersonTimes.BySource.Should().Equal(
            new SourceCount(DemandSource.Annual, 35),
            new SourceCount(DemandSource.Inspection, 6),
            new SourceCount(DemandSource.SatisfactionSurvey, 8));
        c.Validation.Findings.Should().BeEmpty();
        c.Projection.PendingTalks.Should().Be(0);
        run.Demands.Demands.Should().HaveCount(49);
        run.Dataset.Roster.Leaders.Should().HaveCount(12);
        run.GoodPractices.Count.Should().Be(10);
    }

    [Fact]
    public void Example2017_Leaders_SurveyTalksAllByTheDisciplineSecretary()
    {
        var c = ExampleRun.Execute(Dataset.Value, OutputLanguage.SimplifiedChinese).Coverage;

        var survey = c.ByLeader.Where(t => t.BySource.Any(s => s.Source == DemandSource.SatisfactionSurvey)).ToArray();
        survey.Should().ContainSingle().Which.Roles.Should().Contain(LeaderRole.DisciplineSecretary);
        survey[0].BySource.Single(s => s.Source == DemandSource.SatisfactionSurvey).Count.Should().Be(8);
        c.ByLeader.Should().HaveCount(12);
        c.ByLeader.Sum(t => t.BySource.SingleOrDefault(s => s.Source == DemandSource.Annual)?.Count ?? 0).Should().Be(35);
    }

    [Fact]
    public void Example2017_SummaryFirstParagraph_CarriesTheAccountsFigures()
    {
        var summary = ExampleRun.Execute(Dataset.Value, OutputLanguage.SimplifiedChinese).Summary.RenderParagraphs(TextRenderer.SimplifiedChinese);

        summary[0].Should().Be(
            "2017年，公司党委组织约谈49人次。其中，本部部门、工程公司、子公司、专业公司共有党政负责人36人，除1人借调外，年度约谈35人，约谈涵盖率100%；"
            + "利用2017年度党委巡察工作，由副总经理约谈被巡察单位党政负责人6人次；"
            + "由纪委书记对2016年度党风廉政巡察满意度测评中得分较低的单位相关负责人约谈8人次。");
        summary[1].Should().Be("谈话人为领导班子成员12人，人均约谈4.1人次；年度约谈由12人分担，人均约谈2.9人次。");
        summary[2].Should().StartWith("谈话前共收集专题汇报材料33份").And.Contain("“特色点”10条");
        summary.Should().HaveCount(3);
    }

    [Fact]
    public void Example2017_EnglishSummary_CarriesTheSameFigures()
    {
        var text = ExampleRun.Execute(Dataset.Value, OutputLanguage.English).Summary.RenderParagraphs(TextRenderer.English)[0];

        text.Should().StartWith("In 2017 the Party committee held supervisory talks totalling 49 person-times.")
            .And.Contain("The HQ departments, engineering companies, subsidiaries and specialised companies had 36 Party and administrative heads; apart from 1 seconded, all 35 required were talked to")
            .And.Contain("a coverage rate of 100%.")
            .And.Contain("inspected units by 2 members of the leadership team: 6 person-times.")
            .And.Contain("2016 integrity-inspection satisfaction survey by the discipline secretary: 8 person-times.");
    }

    [Fact]
    public void DemoJson_InProcess_HasTheCoverageObject()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CoverageDemo.Run(DatasetPath, json: true, OutputLanguage.SimplifiedChinese, output, error);

        exit.Should().Be(0);
        error.ToString().Should().BeEmpty();
        var coverage = JsonNode.Parse(output.ToString())!["coverage"]!;
        coverage["required"]!.GetValue<int>().Should().Be(35);
        coverage["covered"]!.GetValue<int>().Should().Be(35);
        var excluded = coverage["excluded"]!.AsArray();
        excluded.Should().ContainSingle();
        excluded[0]!["person"]!.GetValue<string>().Should().Be(Dataset.Value.Roster.People.Single(p => p.Statuses.Any(s => s.Kind == PersonStatusKind.Seconded)).Id);
        excluded[0]!["reason"]!.GetValue<string>().Should().Contain("借调");
        coverage["rate"]!["numerator"]!.GetValue<int>().Should().Be(35);
        coverage["rate"]!["denominator"]!.GetValue<int>().Should().Be(35);
        coverage["rate"]!["percent"]!.GetValue<decimal>().Should().Be(100m);
        coverage["rate"]!["text"]!.GetValue<string>().Should().Be("100%");
        var personTimes = coverage["personTimes"]!;
        personTimes["total"]!.GetValue<int>().Should().Be(49);
        personTimes["bySource"]!["annual"]!.GetValue<int>().Should().Be(35);
        personTimes["bySource"]!["inspection"]!.GetValue<int>().Should().Be(6);
        personTimes["bySource"]!["satisfaction-survey"]!.GetValue<int>().Should().Be(8);
    }

    [Fact]
    public void DemoJson_English_SummaryInEnglish()
    {
        using var output = new StringWriter();

        CoverageDemo.Run(DatasetPath, json: true, OutputLanguage.English, output, TextWriter.Null).Should().Be(0);

        var document = JsonNode.Parse(output.ToString())!;
        document["summary"]!.GetValue<string>().Should().StartWith("In 2017 ");
        document["coverage"]!["excluded"]![0]!["reason"]!.GetValue<string>().Should().Contain("seconded");
    }

    [Fact]
    public void DemoText_Chinese_ShowsSectionsAndSummary()
    {
        using var output = new StringWriter();

        CoverageDemo.Run(DatasetPath, json: false, OutputLanguage.SimplifiedChinese, output, TextWriter.Null).Should().Be(0);

        output.ToString().Should().Contain("约谈需求（按来源）").And.Contain("涵盖率100%（35/35）").And.Contain("约谈49人次");
    }

    [Fact]
    public void Demo_InvalidInput_ExitsWith2AndNamesTheProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"talkengine-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "period": { "start": "2017-01-01", "end": "2017-12-31" }, "units": [], "people": [], "posts": [], "leaders": [], "records": [ { "id": "R1" } ] }""");
        try
        {
            using var error = new StringWriter();

            CoverageDemo.Run(path, json: true, OutputLanguage.SimplifiedChinese, TextWriter.Null, error).Should().Be(2);

            error.ToString().Should().Contain("records[0].date").And.Contain("records[0].subjectId");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string FindDataset()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "TalkEngine.Samples.Console", "Data", "example-2017.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/TalkEngine.Samples.Console/Data/example-2017.json was not found above the test binaries.");
    }
}

public sealed class DemoCommandJsonTests
{
    [Fact]
    public void DemoCommand_FormatJson_PrintsOneObjectWithCoverage()
    {
        var root = new System.CommandLine.RootCommand { new TalkEngine.Samples.ConsoleApp.DemoCommand().Build() };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = root.Parse(["demo", "--format", "json", "--lang", "en"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });

        code.Should().Be(0, error.ToString());
        var coverage = System.Text.Json.Nodes.JsonNode.Parse(output.ToString())!["coverage"]!;
        coverage["required"]!.GetValue<int>().Should().Be(35);
        coverage["excluded"]!.AsArray().Should().ContainSingle();
        coverage["covered"]!.GetValue<int>().Should().Be(35);
        coverage["personTimes"]!["total"]!.GetValue<int>().Should().Be(49);
    }

    [Fact]
    public void DemoCommand_FormatJson_HasTheBalanceObjectNextToCoverage()
    {
        var root = new System.CommandLine.RootCommand { new TalkEngine.Samples.ConsoleApp.DemoCommand().Build() };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = root.Parse(["demo", "--format", "json"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });

        code.Should().Be(0, error.ToString());
        var document = System.Text.Json.Nodes.JsonNode.Parse(output.ToString())!.AsObject();
        document.Select(p => p.Key).Should().ContainInOrder("coverage", "balance");
        var balance = document["balance"]!;
        balance["sumSquares"]!.GetValue<long>().Should().Be((11 * 9) + 4);
        balance["maxLoad"]!.GetValue<int>().Should().Be(3);
        balance["minLoad"]!.GetValue<int>().Should().Be(2);
        balance["preferredMisses"]!.GetValue<long>().Should().Be(0);
        balance["provenOptimal"]!.GetValue<bool>().Should().BeTrue();
        var loads = balance["loads"]!.AsArray();
        loads.Select(l => l!["talker"]!.GetValue<string>()).Should().Equal(Enumerable.Range(1, 12).Select(i => $"L{i:00}"));
        loads.Sum(l => l!["annual"]!.GetValue<int>()).Should().Be(35);
        loads.Sum(l => l!["fixed"]!.GetValue<int>()).Should().Be(14);
        loads.Single(l => l!["talker"]!.GetValue<string>() == "L03")!["fixed"]!.GetValue<int>().Should().Be(8);
        var assignments = balance["assignments"]!.AsArray();
        assignments.Should().HaveCount(49);
        var survey = assignments.Where(a => a!["demand"]!.GetValue<string>().StartsWith("survey-", StringComparison.Ordinal)).ToArray();
        survey.Should().HaveCount(8).And.OnlyContain(a => a!["talker"]!.GetValue<string>() == "L03");
        survey[0]!["reasons"]![0]!.GetValue<string>().Should().Contain("满意度测评");
        assignments.Should().OnlyContain(a => a!["reasons"]!.AsArray().Count > 0 && a["subject"] != null);
    }

    [Fact]
    public void DemoCommand_Text_ShowsTheBalanceSectionInChineseAndEnglish()
    {
        var root = new System.CommandLine.RootCommand { new TalkEngine.Samples.ConsoleApp.DemoCommand().Build() };
        using var zh = new StringWriter();
        using var en = new StringWriter();

        root.Parse(["demo"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = zh, Error = TextWriter.Null }).Should().Be(0);
        root.Parse(["demo", "--lang", "en"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = en, Error = TextWriter.Null }).Should().Be(0);

        // The discipline office's words: how many talks each, with the supervising leader or not, proven best; the
        // solver's sum of squares and dual bound stay in the JSON.
        // ("dual" alone now appears in the outlines: "one post, dual responsibilities".)
        zh.ToString().Should().Contain("谈话人均衡分配（领导班子）").And.Contain("年度约谈35次由12位领导分担：11人各3次、1人2次；均由分管领导谈话；分配已证明最优。")
            .And.Contain("███░░░░░░░░").And.Contain("是分管领导（优先人选）").And.Contain("已是最平均的分配").And.Contain("由来源“巡察”指定：巡察组组长")
            .And.Contain("约谈涵盖率100%").And.NotContain("对偶").And.NotContain("平方和").And.NotContain("负担最轻");
        en.ToString().Should().Contain("Balanced assignment of talkers").And.Contain("The 35 annual talks are shared by 12 leaders: 11 with 3 each, 1 with 2; all with the supervising leader; the assignment is proven optimal.")
            .And.Contain("Fixed by the source 'inspection': the inspection team leader, ").And.Contain("as even as the numbers allow")
            .And.NotContain("dual bound").And.NotContain("dual value").And.NotContain("sum of squared").And.NotContain("least-loaded");
    }

    [Fact]
    public void DemoCommand_FormatJson_HasTheOutlinesMaterialsAndTemplateOfTheTextDemo()
    {
        var root = new System.CommandLine.RootCommand { new TalkEngine.Samples.ConsoleApp.DemoCommand().Build() };
        using var json = new StringWriter();
        using var text = new StringWriter();

        root.Parse(["demo", "--format", "json"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = json, Error = TextWriter.Null }).Should().Be(0);
        root.Parse(["demo"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = text, Error = TextWriter.Null }).Should().Be(0);

        var content = System.Text.Json.Nodes.JsonNode.Parse(json.ToString())!["content"]!;
        var outlines = content["outlines"]!.AsArray();
        outlines.Should().NotBeEmpty();
        foreach (var outline in outlines)
        {
            var demand = outline!["demand"]!["id"]!.GetValue<string>();
            text.ToString().Should().Contain($"约谈提纲 {demand}", "the JSON has the outlines the text demo shows");
            outline["sections"]!.AsArray().Should().HaveCount(4);
        }

        var materials = content["materials"]!;
        materials["expected"]!.GetValue<int>().Should().BeGreaterThan(0);
        materials["received"]!.GetValue<int>().Should().BeLessThanOrEqualTo(materials["expected"]!.GetValue<int>());
        content["reportTemplate"]!["text"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }
}
