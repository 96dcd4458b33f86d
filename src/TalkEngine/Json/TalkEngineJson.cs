using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TalkEngine;

/// <summary>
/// The JSON contract of TalkEngine's results (<c>DemandSet</c>, <c>BalancingPlan</c>, <c>CoverageReport</c>,
/// <c>RecordValidationResult</c>, <c>YearSummary</c>…): compact camelCase, nulls omitted, enums and unit kinds as their
/// stable codes (<c>satisfaction-survey</c>, also as map keys), NodaTime values as ISO text (<c>2017-10-09</c>,
/// <c>2017-09-01/2017-12-29</c>), a reason as <c>{"code":…,"args":{…}}</c>. Source-generated, so trimmed and Native AOT
/// hosts work. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var json = JsonSerializer.Serialize(report, TalkEngineJson.Options);          // any host
/// var aot = JsonSerializer.Serialize(report, TalkEngineJson.TypeInfo&lt;CoverageReport&gt;()); // trimmed / AOT hosts
/// </code>
/// </example>
public static class TalkEngineJson
{
    /// <summary>
    /// The frozen serializer options of the contract; its resolver knows every result type. To serialize types of your
    /// own beside them, copy it: <c>new JsonSerializerOptions(TalkEngineJson.Options) { TypeInfoResolver = JsonTypeInfoResolver.Combine(TalkEngineJson.Options.TypeInfoResolver, MyContext.Default) }</c>.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The metadata of a result type, for the trim- and AOT-safe overloads of <see cref="JsonSerializer"/>.</summary>
    /// <typeparam name="T">A result type of the package.</typeparam>
    /// <returns>The type's metadata under <see cref="Options"/>.</returns>
    /// <exception cref="System.NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create()
    {
        var options = TalkEngineJsonContext.Default.Options;
        options.MakeReadOnly();
        return options;
    }
}
