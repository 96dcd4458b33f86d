using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace TalkEngine.Content;

/// <summary>
/// The catalogue of talk content: versioned data, every text in simplified Chinese and English, each item saying where
/// it applies. <see cref="Default"/> is the package's own (embedded, written for this package after the 2017 account);
/// a host loads its own with <see cref="Load(Stream, ContentCatalogue?, long)"/>, <see cref="LoadFile"/> or
/// <see cref="Parse"/>, or extends the default: a document with a catalogue to extend adds <c>items</c>, replaces
/// items by id under <c>overrides</c>, replaces <c>lists</c> by id and retires items from a date under <c>retire</c>.
/// Every problem of a document is reported at once with its JSON path. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// { "version": "acme.1",
///   "lists":     [ { "id": "six-prudences", "name": {"zh":"六慎","en":"six prudences"}, "members": [ … ] } ],
///   "items":     [ { "id": "acme.safety", "kind": "role-focus", "roles": ["administrative-head"], "priority": 60,
///                    "text": { "zh": "…", "en": "…" } } ],
///   "overrides": [ { "id": "base.six-prudences", "kind": "base-requirement", "text": { … } } ],
///   "retire":    [ { "id": "topical.2017.two-studies", "from": "2018-01-01" } ] }
/// </code>
/// </example>
public sealed class ContentCatalogue
{
    /// <summary>The error code of the <see cref="TalkEngineValidationException"/> a bad document raises.</summary>
    public const string ValidationErrorCode = "content.catalogue";

    /// <summary>The default size limit of a catalogue read from a stream or file: 4 MiB.</summary>
    public const long DefaultMaxBytes = 4 * 1024 * 1024;

    internal const string ResourceName = "TalkEngine.Content.Data.catalogue.json";

    private static readonly Lazy<ContentCatalogue> DefaultCatalogue = new(LoadDefault);

    private readonly Dictionary<string, ContentItem> _byId;
    private readonly Dictionary<string, ContentList> _listsById;

    internal ContentCatalogue(string version, IReadOnlyList<ContentList> lists, IReadOnlyList<ContentItem> items)
    {
        Version = version;
        Lists = lists;
        Items = items;
        _byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _listsById = lists.ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    /// <summary>The package's catalogue (embedded; version <c>2017.1</c>): base requirements, role focus, the 2017 requirements and a general set for other years, style guidance, source points (pre-holiday per holiday), questions, commitments and effects.</summary>
    public static ContentCatalogue Default => DefaultCatalogue.Value;

    /// <summary>The version, such as <c>2017.1</c>; an extension's is appended (<c>2017.1+acme.3</c>).</summary>
    public string Version { get; }

    /// <summary>The named lists (三个责任, 四种人, 六慎…), sorted by id.</summary>
    public IReadOnlyList<ContentList> Lists { get; }

    /// <summary>The items, sorted by id (ordinal).</summary>
    public IReadOnlyList<ContentItem> Items { get; }

    /// <summary>The item with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public ContentItem? Find(string id) => _byId.GetValueOrDefault(Guard.NotNull(id));

    /// <summary>The list with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The list's id.</param>
    /// <returns>The list, or <see langword="null"/>.</returns>
    public ContentList? FindList(string id) => _listsById.GetValueOrDefault(Guard.NotNull(id));

    /// <summary>Reads a catalogue document from UTF-8 JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="extends">The catalogue the document extends (such as <see cref="Default"/>); <see langword="null"/> for a whole catalogue.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">The document is malformed or invalid; every problem is listed with its path.</exception>
    public static ContentCatalogue Parse(string json, ContentCatalogue? extends = null)
        => ContentCatalogueReader.Build(ContentCatalogueReader.Deserialize(Encoding.UTF8.GetBytes(Guard.NotNull(json)), "text"), extends);

    /// <summary>Reads a catalogue document from a stream of UTF-8 JSON, refusing more than <paramref name="maxBytes"/>.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="extends">The catalogue the document extends; <see langword="null"/> for a whole catalogue.</param>
    /// <param name="maxBytes">The size limit; <see cref="DefaultMaxBytes"/> by default.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive or above 1 GiB.</exception>
    /// <exception cref="TalkEngineValidationException">The document is too large, malformed or invalid; every problem is listed with its path.</exception>
    public static ContentCatalogue Load(Stream utf8Json, ContentCatalogue? extends = null, long maxBytes = DefaultMaxBytes)
    {
        Guard.NotNull(utf8Json);
        if (maxBytes is <= 0 or > 1L << 30)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The limit must be between 1 byte and 1 GiB.");
        }

        return ContentCatalogueReader.Build(ContentCatalogueReader.Deserialize(utf8Json, maxBytes, "stream"), extends);
    }

    /// <summary>Reads a catalogue document from a file of UTF-8 JSON.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="extends">The catalogue the document extends; <see langword="null"/> for a whole catalogue.</param>
    /// <param name="maxBytes">The size limit; <see cref="DefaultMaxBytes"/> by default.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="TalkEngineValidationException">The document is too large, malformed or invalid; every problem is listed with its path.</exception>
    public static ContentCatalogue LoadFile(string path, ContentCatalogue? extends = null, long maxBytes = DefaultMaxBytes)
    {
        Guard.NotNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Load(stream, extends, maxBytes);
    }

    /// <summary>
    /// The catalogue the options describe: <see cref="ContentOptions.CatalogueFile"/> (or <see cref="Default"/>),
    /// extended by each of <see cref="ContentOptions.ExtensionFiles"/> in order.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="TalkEngineValidationException">The options or a file are invalid; the problems are listed.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static ContentCatalogue FromOptions(ContentOptions options)
    {
        ContentOptionsValidator.Instance.ThrowIfInvalid(options);
        var catalogue = options.CatalogueFile is { } file ? LoadFile(file, null, options.MaxCatalogueBytes) : Default;
        foreach (var extension in options.ExtensionFiles)
        {
            catalogue = LoadFile(extension, catalogue, options.MaxCatalogueBytes);
        }

        return catalogue;
    }

    private static ContentCatalogue LoadDefault()
    {
        using var stream = typeof(ContentCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the TalkEngine assembly.");
        return Load(stream);
    }
}
