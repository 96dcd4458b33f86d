namespace TalkEngine.Records;

/// <summary>
/// A good idea or practice (特色点) heard in a talk, kept so that it can be compiled and promoted
/// to other units (seed ¶12). Immutable and thread-safe.
/// </summary>
public sealed record GoodPractice
{
    /// <summary>Creates a good practice.</summary>
    /// <param name="theme">What it is about, such as "一岗双责" or "supplier management"; practices are grouped by it.</param>
    /// <param name="description">The practice itself.</param>
    /// <exception cref="System.ArgumentException">The theme or the description is empty.</exception>
    public GoodPractice(string theme, string description)
    {
        Theme = Guard.NotNullOrWhiteSpace(theme).Trim();
        Description = Guard.NotNullOrWhiteSpace(description);
    }

    /// <summary>What the practice is about; practices are grouped by it (ordinal, trimmed).</summary>
    public string Theme { get; }

    /// <summary>The practice itself.</summary>
    public string Description { get; }
}
