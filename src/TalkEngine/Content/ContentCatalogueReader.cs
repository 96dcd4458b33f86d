using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Content;

/// <summary>
/// Reads catalogue documents and checks them as a whole: every problem (unknown names, duplicate ids, a missing
/// translation, a period ending before it starts, an override or retirement of an id that does not exist, a list a text
/// quotes that does not exist) is reported at once, each with its JSON path.
/// </summary>
internal static class ContentCatalogueReader
{
    private static readonly string RoleCodes = string.Join(", ", Enum.GetValues<SubjectRole>().Select(v => Codes.Of(v)));
    private static readonly string SourceCodes = string.Join(", ", Enum.GetValues<DemandSource>().Select(v => Codes.Of(v)));
    private static readonly string StyleCodes = string.Join(", ", Enum.GetValues<TalkStyle>().Select(v => Codes.Of(v)));
    private static readonly string RiskCodes = string.Join(", ", Enum.GetValues<IntegrityRiskLevel>().Select(v => Codes.Of(v)));
    private static readonly string KindCodes = string.Join(", ", Enum.GetValues<ContentItemKind>().Where(IsCatalogueKind).Select(v => Codes.Of(v)));

    public static bool IsCatalogueKind(ContentItemKind kind) => kind <= ContentItemKind.Effect;

    public static CatalogueDocument Deserialize(Stream stream, long maxBytes, string origin)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw Fail(new ValidationProblem(
                    "content.too-large",
                    $"The catalogue {origin} is larger than {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes; split it or raise the limit (ContentOptions.MaxCatalogueBytes).",
                    "$"));
            }
        }

        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), origin);
    }

    public static CatalogueDocument Deserialize(ReadOnlySpan<byte> utf8, string origin)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        try
        {
            return JsonSerializer.Deserialize(utf8, ContentCatalogueJsonContext.Default.CatalogueDocument)
                ?? throw Fail(new ValidationProblem("content.malformed-json", $"The catalogue {origin} is null; give an object with \"version\", \"lists\" and \"items\".", "$"));
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {(line + 1).ToString(CultureInfo.InvariantCulture)}, column {((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)})" : string.Empty;
            throw Fail(new ValidationProblem(
                "content.malformed-json",
                $"The catalogue {origin} is not JSON of the catalogue's shape{where}: {FirstSentence(ex.Message)}",
                ex.Path ?? "$"));
        }
    }

    /// <summary>Builds a catalogue from a document, alone (<paramref name="extends"/> null) or over a catalogue it extends.</summary>
    public static ContentCatalogue Build(CatalogueDocument document, ContentCatalogue? extends)
    {
        var problems = new List<ValidationProblem>();
        var version = document.Version;
        if (string.IsNullOrWhiteSpace(version))
        {
            if (extends is null)
            {
                problems.Add(new ValidationProblem("content.missing-version", "The catalogue has no version; give one, such as \"2017.1\", so that outlines say which catalogue they come from.", "version"));
            }

            version = extends?.Version ?? string.Empty;
        }
        else if (extends is not null)
        {
            version = extends.Version + "+" + version.Trim();
        }

        // Lists: the extension's lists replace the base's of the same id.
        var lists = new Dictionary<string, ContentList>(StringComparer.Ordinal);
        if (extends is not null)
        {
            foreach (var list in extends.Lists)
            {
                lists[list.Id] = list;
            }
        }

        var ownLists = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (document.Lists?.Count ?? 0); i++)
        {
            var path = $"lists[{Num(i)}]";
            var list = document.Lists![i];
            if (list is null)
            {
                problems.Add(new ValidationProblem("content.null-entry", "The list is null; remove it or give an object.", path));
                continue;
            }

            var id = Id(list.Id, path, "list", problems);
            var name = Text(list.Name, path + ".name", problems);
            var members = new List<LocalizedText>();
            if (list.Members is not { Count: > 0 })
            {
                problems.Add(new ValidationProblem("content.empty-list", $"The list '{id}' has no members; give at least one {{\"zh\",\"en\"}} member.", path + ".members", Ids(id)));
            }
            else
            {
                for (var j = 0; j < list.Members.Count; j++)
                {
                    if (Text(list.Members[j], $"{path}.members[{Num(j)}]", problems) is { } member)
                    {
                        members.Add(member);
                    }
                }
            }

            if (id is null)
            {
                continue;
            }

            if (!ownLists.Add(id))
            {
                problems.Add(new ValidationProblem("content.duplicate-list-id", $"The list id '{id}' is given twice; keep one.", path + ".id", Ids(id)));
            }
            else if (name is not null)
            {
                lists[id] = new ContentList(id, name, members.AsReadOnly());
            }
        }

        // Items: the base's, then the new ones, then the overrides replace by id.
        var items = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        if (extends is not null)
        {
            foreach (var item in extends.Items)
            {
                items[item.Id] = item;
            }
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        AddItems(document.Items, "items", isOverride: false, extends, items, seen, problems);
        AddItems(document.Overrides, "overrides", isOverride: true, extends, items, seen, problems);

        for (var i = 0; i < (document.Retire?.Count ?? 0); i++)
        {
            var path = $"retire[{Num(i)}]";
            var retire = document.Retire![i];
            if (retire is null)
            {
                problems.Add(new ValidationProblem("content.null-entry", "The retirement is null; remove it or give {\"id\",\"from\"}.", path));
                continue;
            }

            var id = Id(retire.Id, path, "retired item", problems);
            var from = Date(retire.From, path + ".from", problems, required: true);
            if (id is null)
            {
                continue;
            }

            if (!items.TryGetValue(id, out var target))
            {
                problems.Add(new ValidationProblem("content.unknown-item", $"Cannot retire '{id}': no item has that id{Nearest(id, items.Keys)}.", path + ".id", Ids(id)));
            }
            else if (from is { } day)
            {
                items[id] = target.RetiredFrom(day);
            }
        }

        // Fill the lists into the texts (every item, since an extension may have replaced a list the base's items quote).
        var filled = new List<ContentItem>(items.Count);
        foreach (var item in items.Values)
        {
            var path = seen.TryGetValue(item.Id, out var p) ? p + ".text" : "items";
            var zh = Fill(item.Template.Chinese, lists, OutputLanguage.SimplifiedChinese, path + ".zh", item.Id, problems);
            var en = Fill(item.Template.English, lists, OutputLanguage.English, path + ".en", item.Id, problems);
            filled.Add(zh is null || en is null ? item : item.WithText(new LocalizedText(zh, en)));
        }

        TalkEngineValidationException.ThrowIfAny(ContentCatalogue.ValidationErrorCode, problems);
        filled.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var sortedLists = lists.Values.OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        return new ContentCatalogue(version!.Trim(), sortedLists.AsReadOnly(), filled.AsReadOnly());
    }

    private static void AddItems(List<ItemDocument?>? documents, string name, bool isOverride, ContentCatalogue? extends, Dictionary<string, ContentItem> items, Dictionary<string, string> seen, List<ValidationProblem> problems)
    {
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var path = $"{name}[{Num(i)}]";
            var document = documents![i];
            if (document is null)
            {
                problems.Add(new ValidationProblem("content.null-entry", "The item is null; remove it or give an object.", path));
                continue;
            }

            var item = Item(document, path, problems);
            var id = item?.Id ?? (string.IsNullOrWhiteSpace(document.Id) ? null : document.Id.Trim());
            if (id is null)
            {
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                problems.Add(new ValidationProblem("content.duplicate-item-id", $"The item id '{id}' is used by {first} and {path}; give each item its own id.", path + ".id", Ids(id)));
                continue;
            }

            seen.Add(id, path);
            var exists = extends?.Find(id) is not null;
            if (isOverride && !exists)
            {
                problems.Add(new ValidationProblem("content.unknown-override", $"Cannot override '{id}': the catalogue extended has no item with that id{Nearest(id, items.Keys)}; add it under \"items\" instead.", path + ".id", Ids(id)));
                continue;
            }

            if (!isOverride && exists)
            {
                problems.Add(new ValidationProblem("content.duplicate-item-id", $"The item id '{id}' is already in the catalogue extended; put the item under \"overrides\" to replace it.", path + ".id", Ids(id)));
                continue;
            }

            if (item is not null)
            {
                items[id] = item;
            }
        }
    }

    private static ContentItem? Item(ItemDocument d, string path, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        var id = Id(d.Id, path, "item", problems);
        ContentItemKind kind = default;
        if (string.IsNullOrWhiteSpace(d.Kind))
        {
            problems.Add(new ValidationProblem("content.missing-kind", $"The item has no kind; use one of {KindCodes}.", path + ".kind", Ids(id)));
        }
        else if (!Codes.TryParse(d.Kind.Trim(), out kind) || !IsCatalogueKind(kind))
        {
            problems.Add(new ValidationProblem("content.unknown-kind", $"unknown kind '{d.Kind}'; use one of {KindCodes}.", path + ".kind", Ids(id)));
        }

        var text = Text(d.Text, path + ".text", problems);
        var roles = Enums<SubjectRole>(d.Roles, path + ".roles", "role", RoleCodes, problems);
        var sources = Enums<DemandSource>(d.Sources, path + ".sources", "source", SourceCodes, problems);
        var styles = Enums<TalkStyle>(d.Styles, path + ".styles", "style", StyleCodes, problems);
        var kinds = new List<UnitKind>();
        for (var j = 0; j < (d.UnitKinds?.Count ?? 0); j++)
        {
            var code = d.UnitKinds![j];
            if (string.IsNullOrWhiteSpace(code))
            {
                problems.Add(new ValidationProblem("content.empty-name", "The unit kind is empty; give a code such as 'hq-department'.", $"{path}.unitKinds[{Num(j)}]", Ids(id)));
            }
            else if (!kinds.Contains(new UnitKind(code.Trim())))
            {
                kinds.Add(new UnitKind(code.Trim()));
            }
        }

        IntegrityRiskLevel? risk = null;
        if (d.MinRisk is not null)
        {
            if (Codes.TryParse<IntegrityRiskLevel>(d.MinRisk.Trim(), out var level))
            {
                risk = level;
            }
            else
            {
                problems.Add(new ValidationProblem("content.unknown-risk-level", $"unknown risk level '{d.MinRisk}'; use one of {RiskCodes}.", path + ".minRisk", Ids(id)));
            }
        }

        var holidays = new List<string>();
        for (var j = 0; j < (d.Holidays?.Count ?? 0); j++)
        {
            var key = d.Holidays![j]?.Trim();
            if (string.IsNullOrEmpty(key) || HolidayNames.Find(key) is null)
            {
                problems.Add(new ValidationProblem("content.unknown-holiday", $"unknown holiday '{key}'; use a key of the calendar's holidays, such as {HolidayKeys}.", $"{path}.holidays[{Num(j)}]", Ids(id)));
            }
            else if (!holidays.Contains(key, StringComparer.Ordinal))
            {
                holidays.Add(key);
            }
        }

        var years = new List<int>();
        for (var j = 0; j < (d.Years?.Count ?? 0); j++)
        {
            var year = d.Years![j];
            if (year is < 1 or > 9999)
            {
                problems.Add(new ValidationProblem("content.year-out-of-range", $"The year {Num(year)} is outside 1..9999.", $"{path}.years[{Num(j)}]", Ids(id)));
            }
            else if (!years.Contains(year))
            {
                years.Add(year);
            }
        }

        years.Sort();
        var from = Date(d.From, path + ".from", problems, required: false);
        var to = Date(d.To, path + ".to", problems, required: false);
        if (from is { } start && to is { } end && end < start)
        {
            problems.Add(new ValidationProblem("content.period-ends-before-start", $"The period ends ({IsoText.Date(end)}) before it starts ({IsoText.Date(start)}); swap or correct the dates.", path + ".to", Ids(id)));
        }

        var priority = d.Priority ?? 0;
        if (priority is < 0 or > 1000)
        {
            problems.Add(new ValidationProblem("content.priority-out-of-range", $"The priority {Num(priority)} is outside 0..1000.", path + ".priority", Ids(id)));
        }

        if (problems.Count > before || id is null || text is null)
        {
            return null;
        }

        return new ContentItem(id, kind, text, text, roles.AsReadOnly(), sources.AsReadOnly(), styles.AsReadOnly(), kinds.AsReadOnly(), risk, d.SensitivePost ?? false, holidays.AsReadOnly(), years.AsReadOnly(), from, to, priority, d.Fallback ?? false);
    }

    private const string HolidayKeys = "spring-festival, qingming-festival, labour-day, dragon-boat-festival, mid-autumn-festival, national-day, new-years-day";

    private static List<T> Enums<T>(List<string?>? values, string path, string what, string expected, List<ValidationProblem> problems)
        where T : struct, Enum
    {
        var result = new List<T>();
        for (var j = 0; j < (values?.Count ?? 0); j++)
        {
            var code = values![j];
            if (code is not null && Codes.TryParse<T>(code.Trim(), out var value))
            {
                if (!result.Contains(value))
                {
                    result.Add(value);
                }
            }
            else
            {
                problems.Add(new ValidationProblem($"content.unknown-{what.Replace(' ', '-')}", $"unknown {what} '{code}'; use one of {expected}.", $"{path}[{Num(j)}]"));
            }
        }

        result.Sort();
        return result;
    }

    private static string? Id(string? id, string path, string what, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new ValidationProblem("content.missing-id", $"The {what} has no id; give it a stable id such as 'base.six-prudences'.", path + ".id"));
            return null;
        }

        return id.Trim();
    }

    private static LocalizedText? Text(TextDocument? text, string path, List<ValidationProblem> problems)
    {
        if (text is null)
        {
            problems.Add(new ValidationProblem("content.missing-text", "The text is missing; give {\"zh\":\"…\",\"en\":\"…\"}.", path));
            return null;
        }

        var ok = true;
        if (string.IsNullOrWhiteSpace(text.Zh))
        {
            problems.Add(new ValidationProblem("content.missing-translation", "The simplified-Chinese text is missing; every text needs \"zh\" and \"en\".", path + ".zh"));
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(text.En))
        {
            problems.Add(new ValidationProblem("content.missing-translation", "The English text is missing; every text needs \"zh\" and \"en\".", path + ".en"));
            ok = false;
        }

        return ok ? new LocalizedText(text.Zh!.Trim(), text.En!.Trim()) : null;
    }

    private static LocalDate? Date(string? text, string path, List<ValidationProblem> problems, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                problems.Add(new ValidationProblem("content.missing-date", "The date is missing; give it as yyyy-MM-dd.", path));
            }

            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            problems.Add(new ValidationProblem("content.malformed-date", $"'{text}' is not a date in the form yyyy-MM-dd.", path));
            return null;
        }

        return result.Value;
    }

    // Replaces each {list:id} with the list's members in the language; null (and a problem) when a list is unknown or a brace is stray.
    private static string? Fill(string template, Dictionary<string, ContentList> lists, OutputLanguage language, string path, string id, List<ValidationProblem> problems)
    {
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 64);
        var i = 0;
        var ok = true;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            var placeholder = close < 0 ? template[open..] : template[open..(close + 1)];
            if (close < 0 || !placeholder.StartsWith("{list:", StringComparison.Ordinal))
            {
                problems.Add(new ValidationProblem("content.bad-placeholder", $"The text of '{id}' has '{placeholder}'; the only placeholder is {{list:<list id>}}.", path, Ids(id)));
                ok = false;
                break;
            }

            var listId = placeholder[6..^1];
            if (!lists.TryGetValue(listId, out var list))
            {
                problems.Add(new ValidationProblem("content.unknown-list", $"The text of '{id}' quotes list '{listId}', which the catalogue does not have{Nearest(listId, lists.Keys)}.", path, Ids(id)));
                ok = false;
            }
            else
            {
                text.Append(string.Join(language == OutputLanguage.English ? ", " : "、", list.Members.Select(m => m.Get(language))));
            }

            i = close + 1;
        }

        return ok ? text.ToString() : null;
    }

    private static string Nearest(string wanted, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var distance = Distance(wanted, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, wanted.Length / 3) ? $" (did you mean '{best}'?)" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static TalkEngineValidationException Fail(ValidationProblem problem) => new(ContentCatalogue.ValidationErrorCode, [problem]);

    private static string[] Ids(string? id) => id is null ? [] : [id];

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
