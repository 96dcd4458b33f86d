namespace TalkEngine.Tests;

/// <summary>Locates the read-only <c>shared/</c> folder that sits beside the clone (in CI too).</summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        // Walk up from the test binaries: <clone>/tests/TalkEngine.Tests/bin/... → <clone>/../shared.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "DOMAIN.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "The shared/ folder (reference data) was not found beside the clone. Place it at ../shared relative to the repository root.");
    }
}
