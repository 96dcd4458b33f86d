using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalkEngine.Content;

/// <summary>
/// The source-generated reader of catalogue documents (trim- and AOT-safe): camelCase names, read case-insensitively,
/// comments and trailing commas allowed, unknown properties rejected. Values are read as text and checked afterwards,
/// so that every problem is reported at once with its path.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CatalogueDocument))]
internal sealed partial class ContentCatalogueJsonContext : JsonSerializerContext
{
}

/// <summary>A catalogue document: a whole catalogue, or an extension of one (new items, overrides by id, retirements).</summary>
internal sealed class CatalogueDocument
{
    public string? Version { get; set; }

    public List<ListDocument?>? Lists { get; set; }

    public List<ItemDocument?>? Items { get; set; }

    public List<ItemDocument?>? Overrides { get; set; }

    public List<RetireDocument?>? Retire { get; set; }
}

/// <summary>A text in both languages.</summary>
internal sealed class TextDocument
{
    public string? Zh { get; set; }

    public string? En { get; set; }
}

/// <summary>A named list.</summary>
internal sealed class ListDocument
{
    public string? Id { get; set; }

    public TextDocument? Name { get; set; }

    public List<TextDocument?>? Members { get; set; }
}

/// <summary>An item with its applicability.</summary>
internal sealed class ItemDocument
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public TextDocument? Text { get; set; }

    public List<string?>? Roles { get; set; }

    public List<string?>? Sources { get; set; }

    public List<string?>? Styles { get; set; }

    public List<string?>? UnitKinds { get; set; }

    public string? MinRisk { get; set; }

    public bool? SensitivePost { get; set; }

    public List<string?>? Holidays { get; set; }

    public List<int>? Years { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public int? Priority { get; set; }

    public bool? Fallback { get; set; }
}

/// <summary>Retires an item from a date on.</summary>
internal sealed class RetireDocument
{
    public string? Id { get; set; }

    public string? From { get; set; }
}
