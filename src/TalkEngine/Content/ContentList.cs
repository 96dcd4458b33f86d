using System.Collections.Generic;

namespace TalkEngine.Content;

/// <summary>
/// A named list of the catalogue whose members differ between organisations (三个责任, 四种人, 六慎…); an item's text
/// quotes it as <c>{list:six-prudences}</c>, so that a host replaces the list once, not every text. Immutable and thread-safe.
/// </summary>
public sealed class ContentList
{
    internal ContentList(string id, LocalizedText name, IReadOnlyList<LocalizedText> members)
    {
        Id = id;
        Name = name;
        Members = members;
    }

    /// <summary>The list's id, such as <c>six-prudences</c>.</summary>
    public string Id { get; }

    /// <summary>The list's name, such as 六慎 / six prudences.</summary>
    public LocalizedText Name { get; }

    /// <summary>The members, in order.</summary>
    public IReadOnlyList<LocalizedText> Members { get; }
}
