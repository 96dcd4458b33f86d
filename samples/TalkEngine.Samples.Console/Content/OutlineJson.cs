using TalkEngine.Content;

namespace TalkEngine.Samples.ConsoleApp.Content;

/// <summary>
/// <c>outline --format json</c>: the outline with every string for people in a <c>text</c> property, in the chosen
/// language, beside the ids and codes a script keys on.
/// </summary>
internal sealed record OutlineJson(
    OutlineJson.Named Demand,
    OutlineJson.Named Subject,
    OutlineJson.Named Leader,
    IReadOnlyList<OutlineJson.Section> Sections,
    IReadOnlyList<OutlineJson.Item> Questions,
    IReadOnlyList<OutlineJson.Item> Commitments,
    IReadOnlyList<OutlineJson.Item> FollowUp)
{
    public static OutlineJson Of(TalkOutline outline, TextRenderer text)
    {
        List<Item> Items(IReadOnlyList<OutlineItem> items) => items.Select(i => new Item(i.Id, Codes(i.Kind), i.Render(text), new Why(i.Why.Code, text.Render(i.Why)))).ToList();

        return new OutlineJson(
            new Named(outline.DemandId, string.Join(text.Language == OutputLanguage.English ? ", " : "、", outline.Sources.Select(text.Name))),
            new Named(outline.SubjectId, outline.SubjectName),
            new Named(outline.LeaderId, outline.LeaderName),
            outline.Sections.Select(s => new Section(s.Question.ToString().ToLowerInvariant(), Items(s.Items))).ToList(),
            Items(outline.Questions),
            Items(outline.Commitments),
            Items(outline.FollowUp));
    }

    // The kind's code as the package writes it (BaseRequirement → base-requirement).
    private static string Codes(ContentItemKind kind)
    {
        var name = kind.ToString();
        var code = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(name[i]));
        }

        return code.ToString();
    }

    /// <summary>An id with its name or description for people.</summary>
    internal sealed record Named(string Id, string Text);

    /// <summary>One of the four questions with its lines.</summary>
    internal sealed record Section(string Question, IReadOnlyList<Item> Items);

    /// <summary>One line: its id, kind, text and why.</summary>
    internal sealed record Item(string Id, string Kind, string Text, Why Why);

    /// <summary>Why a line is there: the code and its text.</summary>
    internal sealed record Why(string Code, string Text);
}
