using System.Text.Json;
using TalkEngine.Samples.ConsoleApp;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Samples;

/// <summary><c>outline</c> as the evaluator runs it on the 2017 example and on a file of their own.</summary>
public sealed class OutlineCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talkengine-outline-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Outline_Example2017Markdown_ChineseByDefault()
    {
        var (code, output, error) = Run("outline", "--demand", "annual-2017-P01");

        code.Should().Be(SampleApp.Success, error);
        output.Should().StartWith("# 约谈提纲：");
        output.Should().Contain("## 一、谈什么\n").And.Contain("党政一肩挑").And.Contain("## 四、达到什么效果\n");
    }

    [Fact]
    public void Outline_EnglishText_SameAsTheLibraryRendering()
    {
        var (code, output, _) = Run("outline", "--demand", "annual-2017-P02", "--lang", "en", "--format", "text");

        var run = ExampleRun.Execute(ExampleDatasetLoader.Load(ExampleDataset.DefaultPath), OutputLanguage.English);
        code.Should().Be(SampleApp.Success);
        output.Should().Be(run.Plan.Outline("annual-2017-P02", run.Dataset.Records).RenderText(TextRenderer.English));
    }

    [Fact]
    public void Outline_Json_TheIssuesShapeWithTextProperties()
    {
        var (code, output, _) = Run("outline", "--demand", "annual-2017-P02", "--format", "json", "--lang", "en");

        code.Should().Be(SampleApp.Success);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("demand", "subject", "leader", "sections", "questions", "commitments", "followUp");
        root.GetProperty("demand").GetProperty("id").GetString().Should().Be("annual-2017-P02");
        root.GetProperty("demand").GetProperty("text").GetString().Should().Be("annual round");
        root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("question").GetString()).Should().Equal("what", "how", "problems", "effect");
        var first = root.GetProperty("sections")[0].GetProperty("items")[0];
        first.GetProperty("id").GetString().Should().Be("base.one-post-dual-responsibility");
        first.GetProperty("kind").GetString().Should().Be("base-requirement");
        first.GetProperty("text").GetString().Should().StartWith("Carry out");
        first.GetProperty("why").GetProperty("text").GetString().Should().Be("A base requirement of every talk.");
    }

    [Fact]
    public void Outline_UnknownDemand_Exit2WithThePath()
    {
        var (code, output, error) = Run("outline", "--demand", "annual-2017-P99", "--lang", "en");

        code.Should().Be(SampleApp.BadInput);
        output.Should().BeEmpty();
        error.Should().StartWith("demand: No demand of the plan has the id 'annual-2017-P99'").And.NotContain("   at ");
    }

    [Fact]
    public void Outline_FileWithABadCatalogue_Exit2OneLinePerProblemAtTheCataloguePath()
    {
        var example = File.ReadAllText(ExampleDataset.DefaultPath);
        var json = example.TrimEnd().TrimEnd('}') + """
            , "catalogue": { "items": [ { "id": "x", "kind": "role-focus", "roles": ["Secertary"], "text": { "zh": "甲" } } ] } }
            """;
        var file = Path.Combine(_folder, "bad.json");
        File.WriteAllText(file, json);

        var (code, _, error) = Run("outline", "--input", file, "--demand", "annual-2017-P02", "--lang", "en");

        code.Should().Be(SampleApp.BadInput);
        error.Should().Contain("[content.unknown-role] catalogue.items[0].roles[0]: unknown role 'Secertary'");
        error.Should().Contain("[content.missing-translation] catalogue.items[0].text.en:");
    }

    [Fact]
    public void Outline_FileWithACatalogueOverride_UsesIt()
    {
        var example = File.ReadAllText(ExampleDataset.DefaultPath);
        var json = example.TrimEnd().TrimEnd('}') + """
            , "catalogue": { "version": "acme.1", "overrides": [ { "id": "effect.discipline", "kind": "effect", "text": { "zh": "甲", "en": "Our own effect." } } ] } }
            """;
        var file = Path.Combine(_folder, "own.json");
        File.WriteAllText(file, json);

        var (code, output, error) = Run("outline", "--input", file, "--demand", "annual-2017-P02", "--lang", "en");

        code.Should().Be(SampleApp.Success, error);
        output.Should().Contain("- Catalogue: 2017.1+acme.1\n").And.Contain("2. Our own effect.\n"); // an override without a priority ranks 0, after the role's effect
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SampleApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
