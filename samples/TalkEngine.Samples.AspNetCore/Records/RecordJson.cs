using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using TalkEngine.Records;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Samples.AspNetCore.Records;

/// <summary>
/// A talk record as canonical JSON: the roster file's record format (docs/input-format.md#records), its properties
/// always in that order, every list written (empty or not), absent optional ids left out, enumerations by name, dates
/// as <c>yyyy-MM-dd</c>, no white space, and text as UTF-8 (nothing escaped that JSON does not require). The same
/// record always gives the same bytes, which the record chain hashes; the console's loader reads it back.
/// </summary>
internal static class RecordJson
{
    /// <summary>The writer settings of every canonical text the host hashes.</summary>
    public static readonly JsonWriterOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Write(TalkRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Canonical))
        {
            w.WriteStartObject();
            w.WriteString("id", record.Id);
            w.WriteString("date", LocalDatePattern.Iso.Format(record.Date));
            w.WriteString("subjectId", record.SubjectId);
            Strings(w, "talkerIds", record.LeaderIds);
            Optional(w, "recorderId", record.RecorderId);
            w.WriteString("source", record.Source.ToString());
            w.WriteString("style", record.Style.ToString());
            w.WriteString("mode", record.Mode.ToString());
            Optional(w, "demandId", record.DemandId);
            Optional(w, "unitId", record.UnitId);
            Strings(w, "topics", record.Topics);
            Strings(w, "problemsFound", record.ProblemsFound);
            w.WriteStartArray("commitments");
            foreach (var c in record.Commitments)
            {
                w.WriteStartObject();
                w.WriteString("description", c.Description);
                w.WriteString("dueDate", LocalDatePattern.Iso.Format(c.DueDate));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("goodPractices");
            foreach (var g in record.GoodPractices)
            {
                w.WriteStartObject();
                w.WriteString("theme", g.Theme);
                w.WriteString("description", g.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads stored records back (their canonical JSON) with the console's loader, all in one pass.</summary>
    public static IReadOnlyList<TalkRecord> Read(IEnumerable<string> contents)
    {
        var document = "{\"records\":[" + string.Join(",", contents) + "]}";
        return ExampleDatasetLoader.ParseRecords(Encoding.UTF8.GetBytes(document), "stored records");
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
