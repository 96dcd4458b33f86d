namespace TalkEngine.Tests.Docs;

public sealed class ReadmeTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    [Fact]
    public void QuickStart_IsTheConsumerProgramThatCiBuildsFromThePackage()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var program = File.ReadAllText(Path.Combine(RepoRoot, ".ci", "consumer", "Program.cs")).ReplaceLineEndings("\n");

        readme.Should().Contain("```csharp\n" + program + "```", "the README's quick-start must be the program CI compiles and runs against the package");
    }

    [Fact]
    public void SetUpCommands_AreTheDemoAndTheTestRun()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md"));

        readme.Should().Contain("dotnet run --project samples/TalkEngine.Samples.Console -- demo");
        readme.Should().Contain("\ndotnet test\n");
        File.ReadAllText(Path.Combine(RepoRoot, ".ci", "run")).Should().Contain("\ndotnet test 2>&1", "CI runs the README's test command verbatim");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalkEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("TalkEngine.sln was not found above the test binaries.");
    }
}
