namespace TalkEngine.Content;

/// <summary>
/// One line of an outline: a catalogue item (its <see cref="Text"/> in both languages) or a fact of the talk (its
/// <see cref="Fact"/> as a code with arguments: evidence, an arrangement, a commitment to follow up, a problem found
/// last time), with the rule that selected it. Immutable and thread-safe.
/// </summary>
public sealed class OutlineItem
{
    // The rendered reason per language: a catalogue line is shared by every outline with the same selection, so its
    // reason is written once, not once per outline. Benign race: two threads may both render the same string.
    private string? _whyChinese;
    private string? _whyEnglish;

    // The same for a fact's text: the arrangement and evidence lines are shared by the talks of a leader, a window or
    // a source, so each is written once per language.
    private string? _factChinese;
    private string? _factEnglish;

    // The Markdown forms (fact Chinese, fact English, why Chinese, why English), the host's text escaped (the plain
    // form itself when nothing needed escaping).
    private string?[]? _markdown;

    internal OutlineItem(string id, ContentItemKind kind, LocalizedText? text, Reason? fact, Reason why)
    {
        Id = id;
        Kind = kind;
        Text = text;
        Fact = fact;
        Why = why;
    }

    /// <summary>The catalogue item's id, or an id made for the fact (<c>evidence.1</c>, <c>arrangement.style</c>, <c>follow-up.R07.1</c>).</summary>
    public string Id { get; }

    /// <summary>What the line is.</summary>
    public ContentItemKind Kind { get; }

    /// <summary>The catalogue's text, lists filled in; <see langword="null"/> for a fact.</summary>
    public LocalizedText? Text { get; }

    /// <summary>The fact as a code with arguments; <see langword="null"/> for a catalogue item.</summary>
    public Reason? Fact { get; }

    /// <summary>Why the line is in the outline (<c>content.why.role(role=both)</c>, the demand's style reason…).</summary>
    public Reason Why { get; }

    /// <summary>The line's text in the renderer's language.</summary>
    /// <param name="text">The renderer.</param>
    /// <returns>The text.</returns>
    public string Render(TextRenderer text)
    {
        Guard.NotNull(text);
        return RenderLine(text);
    }

    /// <summary>The line's text in the renderer's language; a fact rendered once per language.</summary>
    internal string RenderLine(TextRenderer text)
        => Text is not null
            ? Text.Get(text.Language)
            : text.Language == OutputLanguage.English
                ? _factEnglish ??= text.Render(Fact!)
                : _factChinese ??= text.Render(Fact!);

    /// <summary>The line's text for Markdown: the host's text in a fact escaped.</summary>
    internal string RenderLine(TextRenderer text, bool markdown)
        => !markdown || Text is not null ? RenderLine(text) : RenderMarkdown(text, 0, Fact!, RenderLine(text));

    /// <summary>The reason for Markdown: the host's text in it escaped.</summary>
    internal string RenderWhy(TextRenderer text, bool markdown)
        => !markdown ? RenderWhy(text) : RenderMarkdown(text, 2, Why, RenderWhy(text));

    private string RenderMarkdown(TextRenderer text, int slot, Reason reason, string plain)
    {
        slot += text.Language == OutputLanguage.English ? 1 : 0;
        if (_markdown?[slot] is { } cached)
        {
            return cached;
        }

        // Kept also when nothing needed escaping, so the check runs once per line and language, not once per outline.
        var escaped = MarkdownText.Escape(reason);
        var rendered = ReferenceEquals(escaped, reason) ? plain : text.Render(escaped);
        (_markdown ??= new string?[4])[slot] = rendered;
        return rendered;
    }

    /// <summary>The reason as text in the renderer's language, rendered once per language.</summary>
    internal string RenderWhy(TextRenderer text)
        => text.Language == OutputLanguage.English
            ? _whyEnglish ??= text.Render(Why)
            : _whyChinese ??= text.Render(Why);
}
