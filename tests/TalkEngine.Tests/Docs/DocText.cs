using System.Text.RegularExpressions;

namespace TalkEngine.Tests.Docs;

/// <summary>
/// Reads the README and docs/ pages and the code regions of tests that the pages print. A page's example is a
/// <c>#region docs: …</c> of a test, which compiles and runs it; the page must show the region verbatim (dedented)
/// inside a <c>```csharp</c> block, which may add the <c>using</c> lines above it.
/// </summary>
internal static partial class DocText
{
    public static readonly string RepoRoot = FindRepoRoot();

    /// <summary>A file of the repository, with "\n" line endings.</summary>
    public static string Read(string relativePath)
        => File.ReadAllText(Path.Combine(RepoRoot, relativePath)).ReplaceLineEndings("\n");

    /// <summary>The fenced <c>csharp</c> blocks of a Markdown file, without their fences.</summary>
    public static IReadOnlyList<string> CSharpBlocks(string relativePath)
        => CSharpBlock().Matches(Read(relativePath)).Select(m => m.Groups["code"].Value).ToList();

    /// <summary>The lines between <c>#region docs: {name}</c> and its <c>#endregion</c> in a test file, dedented.</summary>
    public static string Region(string relativePath, string name)
    {
        var lines = Read(relativePath).Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == "#region docs: " + name);
        start.Should().BeGreaterThanOrEqualTo(0, "{0} should have a region 'docs: {1}'", relativePath, name);
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "#endregion");
        var body = lines[(start + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(body.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
    }

    /// <summary>Asserts that a page shows the region of a test as (part of) one of its csharp blocks.</summary>
    public static void ShouldShow(string page, string testFile, string region)
    {
        var code = Region(testFile, region);
        CSharpBlocks(page).Should().Contain(b => b.Contains(code, StringComparison.Ordinal),
            "{0} should show the example '{1}' exactly as {2} compiles and runs it:\n{3}", page, region, testFile, code);
    }

    [GeneratedRegex("^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

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
