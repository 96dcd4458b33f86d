namespace TalkEngine.Tests.Docs;

/// <summary>The README's quick start is the consumer CI builds from the package, compiled and run here too.</summary>
[Collection(ConsoleOutput.Name)]
public sealed class ReadmeTests
{
    [Fact]
    public void QuickStart_IsTheConsumerProgramThatCiBuildsFromThePackage()
    {
        var readme = DocText.Read("README.md");
        var program = DocText.Read(Path.Combine(".ci", "consumer", "Program.cs"));

        readme.Should().Contain("```csharp\n" + program + "```", "the README's quick-start must be the program CI compiles and runs against the package");
    }

    [Fact]
    public void QuickStart_Runs_PlansRecordsMeasuresAndRendersInChinese()
    {
        // The consumer program is this assembly's entry point (see the project file); run it and read what it prints.
        var main = typeof(ReadmeTests).Assembly.EntryPoint!;
        var before = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        object? exitCode;
        try
        {
            exitCode = main.Invoke(null, main.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(before);
        }

        exitCode.Should().Be(0);
        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().Equal(
            "annual-2017-P1 → L1：王某是分管领导（优先人选）。2位可选领导均承担1次，平均分配。",
            "annual-2017-P2 → L2：2位可选领导均承担1次，平均分配。",
            "100%",
            "2017年，公司党委组织约谈2人次。其中，本部部门、工程公司共有党政负责人2人，年度约谈2人，约谈涵盖率100%。");

        // The README prints the same lines after the program.
        DocText.Read("README.md").Should().Contain("It prints:\n\n```text\n" + string.Join("\n", lines) + "\n```");
    }

    [Fact]
    public void SetUpCommands_AreTheDemoAndTheTestRun()
    {
        var readme = DocText.Read("README.md");

        readme.Should().Contain("dotnet run --project samples/TalkEngine.Samples.Console -- demo");
        readme.Should().Contain("\ndotnet test\n");
        DocText.Read(Path.Combine(".ci", "run")).Should().Contain("\ndotnet test 2>&1", "CI runs the README's test command verbatim");
    }

    // The README is also the package page on NuGet, which resolves no relative link: it links the docs/ pages of
    // the repository absolutely; the pages link each other relatively. Every link must name a page that exists.
    [Fact]
    public void Links_ToDocsPages_PointAtFilesThatExist()
    {
        const string Repository = "https://github.com/talkengine/TalkEngine/blob/HEAD/";
        var pages = new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(DocText.RepoRoot, "docs"), "*.md").Select(p => Path.GetRelativePath(DocText.RepoRoot, p)));
        var links = 0;
        foreach (var page in pages)
        {
            var dir = Path.GetDirectoryName(Path.Combine(DocText.RepoRoot, page))!;
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(DocText.Read(page), @"\]\((?<target>[^)#]+\.md)(#[^)]*)?\)"))
            {
                var target = link.Groups["target"].Value;
                var path = target.StartsWith(Repository, StringComparison.Ordinal) ? Path.Combine(DocText.RepoRoot, target[Repository.Length..]) : Path.Combine(dir, target);
                target.Should().Match(t => t.StartsWith(Repository, StringComparison.Ordinal) || !t.Contains(':', StringComparison.Ordinal), "{0} links to {1}", page, target);
                File.Exists(path).Should().BeTrue("{0} links to {1}", page, target);
                links++;
            }
        }

        links.Should().BeGreaterThan(10);
    }
}

/// <summary>Tests that redirect <see cref="Console.Out"/> run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutput
{
    public const string Name = "console output";
}
