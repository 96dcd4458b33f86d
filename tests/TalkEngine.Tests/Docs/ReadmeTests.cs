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

    /// <summary>
    /// The README's first command, run in-process with its own arguments, shows the 2017 year end to end, as the README
    /// says: 12 leaders with 3 or 2 annual talks, each inspection and survey talk with the leader its source fixes,
    /// outlines, the schedule on working days, materials 33/35, coverage 35/35 = 100%, 49 person-times.
    /// </summary>
    [Fact]
    public void FirstCommand_ShowsThe2017YearEndToEnd()
    {
        const string Command = "dotnet run --project samples/TalkEngine.Samples.Console -- ";
        var readme = DocText.Read("README.md");
        var line = readme.Split('\n').First(l => l.StartsWith(Command, StringComparison.Ordinal));
        readme.Should().Contain("12 leaders with 3 or 2 annual talks").And.Contain("materials\n33/35, coverage 35/35 = 100%, 49 person-times");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = TalkEngine.Samples.ConsoleApp.SampleApp.Run(line[Command.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries), output, error);

        code.Should().Be(0, error.ToString());
        var text = output.ToString();
        text.Should().Contain("年度约谈35次由12位领导分担：11人各3次、1人2次")
            .And.Contain("约谈提纲 annual-2017-P02").And.Contain("一、谈什么")
            .And.Contain("49 次约谈中 49 次排入")
            .And.Contain("收到汇报材料33份（应收35份）")
            .And.Contain("涵盖率100%（35/35）")
            .And.Contain("约谈49人次");

        // The schedule's rows: every inspection talk with its team leader, every survey talk with the discipline secretary, all on working days.
        var rows = text.Split('\n').Where(l => l.StartsWith("│ 2017-", StringComparison.Ordinal)).Select(l => l.Split('│').Select(c => c.Trim()).ToArray()).ToArray();
        rows.Should().HaveCount(49);
        rows.Where(r => r[5] == "巡察").Select(r => r[3]).Should().HaveCount(6).And.OnlyContain(leader => leader == "高承志" || leader == "宋海燕");
        rows.Where(r => r[5] == "满意度测评").Select(r => r[3]).Should().HaveCount(8).And.OnlyContain(leader => leader == "胡少华");
        rows.Should().OnlyContain(r => TalkEngine.Calendar.WorkingCalendar.MainlandChina.IsWorkingDay(NodaTime.Text.LocalDatePattern.Iso.Parse(r[1]).Value));
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
