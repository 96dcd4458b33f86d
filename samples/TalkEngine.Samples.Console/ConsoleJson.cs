using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// The console's JSON: the package's contract (<see cref="TalkEngineJson.Options"/>: camelCase, enums as codes,
/// NodaTime as ISO text) plus this console's own document types, readable Chinese (no \u escapes).
/// </summary>
internal static class ConsoleJson
{
    /// <summary>One line: <c>calendar --format json</c>.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Indented: <c>demo --format json</c>, <c>plan --format json</c>.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static string Serialize<T>(T value, JsonSerializerOptions options) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(TalkEngineJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(TalkEngineJson.Options.TypeInfoResolver, ConsoleJsonContext.Default),
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>The console's document types (the package's own result types come from its context).</summary>
[JsonSerializable(typeof(CalendarYearJson))]
[JsonSerializable(typeof(DemoDocument))]
[JsonSerializable(typeof(Planning.PlanDocument))]
[JsonSerializable(typeof(Balancing.BalanceDocument))]
[JsonSerializable(typeof(TalkEngine.Samples.ConsoleApp.Content.OutlineJson))]
internal sealed partial class ConsoleJsonContext : JsonSerializerContext
{
}
