namespace TalkEngine.Tests.Golden;

/// <summary>
/// Golden files under <c>tests/TalkEngine.Tests/Golden/</c>: a test compares its output with the file, so that a
/// change of behaviour shows as a diff of the file. Run the tests with <c>UPDATE_GOLDEN=1</c> to rewrite the
/// files, then review and commit the diff.
/// </summary>
internal static class GoldenFile
{
    private static readonly string Root = FindRoot();

    public static void Check(string relativePath, string actual)
    {
        var path = Path.Combine(Root, relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (string.Equals(Environment.GetEnvironmentVariable("UPDATE_GOLDEN"), "1", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).Should().BeTrue($"the golden file {relativePath} exists (run the tests with UPDATE_GOLDEN=1 to write it)");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        // Name the first line that differs: the whole file is too long for an assertion message.
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && string.Equals(expectedLines[line], actualLines[line], StringComparison.Ordinal))
        {
            line++;
        }

        var want = line < expectedLines.Length ? expectedLines[line] : "<end of file>";
        var got = line < actualLines.Length ? actualLines[line] : "<end of output>";
        got.Should().Be(want, $"line {line + 1} of {relativePath} should be unchanged (if the change is intended, run the tests with UPDATE_GOLDEN=1 and review the diff)");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalkEngine.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "TalkEngine.Tests", "Golden");
            }
        }

        throw new DirectoryNotFoundException("TalkEngine.sln was not found above the test binaries.");
    }
}
