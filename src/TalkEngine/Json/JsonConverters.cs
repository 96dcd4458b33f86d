using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using TalkEngine.Organization;

namespace TalkEngine;

/// <summary>An enum as its stable code (<c>satisfaction-survey</c>, <see cref="Codes.Of{TEnum}"/>), as a value and as a map key.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CodeEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => writer.WriteStringValue(Codes.Of(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => writer.WritePropertyName(Codes.Of(value));

    private static TEnum Parse(string? code)
        => code is not null && Codes.TryParse<TEnum>(code, out var value)
            ? value
            : throw new JsonException($"'{code}' is not a code of {typeof(TEnum).Name}; expected one of {string.Join(", ", Array.ConvertAll(Enum.GetValues<TEnum>(), v => Codes.Of(v)))}.");
}

/// <summary>A <see cref="UnitKind"/> as its code (<c>hq-department</c>), as a value and as a map key.</summary>
internal sealed class UnitKindJsonConverter : JsonConverter<UnitKind>
{
    public override UnitKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);

    public override void Write(Utf8JsonWriter writer, UnitKind value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);

    public override UnitKind ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, UnitKind value, JsonSerializerOptions options) => writer.WritePropertyName(value.Code);

    private static UnitKind Parse(string? code)
        => string.IsNullOrWhiteSpace(code) ? throw new JsonException("A unit kind is a non-empty code such as 'hq-department'.") : new UnitKind(code);
}

/// <summary>A <see cref="Reason"/> as <c>{"code":"…","args":{"name":"value",…}}</c>, arguments in their order.</summary>
internal sealed class ReasonJsonConverter : JsonConverter<Reason>
{
    public override Reason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A reason is an object {\"code\":…,\"args\":{…}}.");
        }

        string? code = null;
        var args = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "code")
            {
                code = reader.GetString();
            }
            else if (name == "args" && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    args.Add(new(key, reader.GetString() ?? throw new JsonException($"The reason argument '{key}' is not a string.")));
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return new Reason(code ?? throw new JsonException("A reason needs a \"code\"."), args);
    }

    public override void Write(Utf8JsonWriter writer, Reason value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteStartObject("args");
        foreach (var argument in value.Arguments)
        {
            writer.WriteString(argument.Key, argument.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

/// <summary>
/// A NodaTime value as the ISO text of its pattern, through the package's <see cref="NodaPatternConverter{T}"/>. Not
/// through <c>NodaConverters</c>: its static constructor builds every converter, some of them not trim-safe.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class NodaJsonConverter<T> : JsonConverter<T>
{
    private readonly NodaPatternConverter<T> _inner;

    protected NodaJsonConverter(IPattern<T> pattern) => _inner = new NodaPatternConverter<T>(pattern);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);
}

/// <summary><c>2017-10-09</c>.</summary>
internal sealed class IsoLocalDateJsonConverter() : NodaJsonConverter<LocalDate>(LocalDatePattern.Iso);

/// <summary><c>P3Y</c>.</summary>
internal sealed class IsoPeriodJsonConverter() : NodaJsonConverter<Period>(PeriodPattern.NormalizingIso);

/// <summary><c>2017-10-09T09:30:00Z</c>.</summary>
internal sealed class IsoInstantJsonConverter() : NodaJsonConverter<Instant>(InstantPattern.ExtendedIso);

/// <summary><c>09:30:00</c>.</summary>
internal sealed class IsoLocalTimeJsonConverter() : NodaJsonConverter<LocalTime>(LocalTimePattern.ExtendedIso);

/// <summary><c>2017-10-09T09:30:00</c>.</summary>
internal sealed class IsoLocalDateTimeJsonConverter() : NodaJsonConverter<LocalDateTime>(LocalDateTimePattern.ExtendedIso);

/// <summary><c>2017-10-09T09:30:00+08 Asia/Shanghai</c> (the offset and the tz database zone id).</summary>
internal sealed class IsoZonedDateTimeJsonConverter() : NodaJsonConverter<ZonedDateTime>(ZonedDateTimePattern.ExtendedFormatOnlyIso.WithZoneProvider(DateTimeZoneProviders.Tzdb));

/// <summary><c>2017-09-01/2017-12-29</c> (inclusive ends, ISO 8601 interval notation), not the interval's 365 dates.</summary>
internal sealed class IsoDateIntervalJsonConverter : JsonConverter<DateInterval>
{
    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash > 0)
        {
            var start = LocalDatePattern.Iso.Parse(text![..slash]);
            var end = LocalDatePattern.Iso.Parse(text[(slash + 1)..]);
            if (start.Success && end.Success && start.Value <= end.Value)
            {
                return new DateInterval(start.Value, end.Value);
            }
        }

        throw new JsonException($"'{text}' is not a date interval; expected 'yyyy-MM-dd/yyyy-MM-dd' with the start not after the end.");
    }

    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
        => writer.WriteStringValue(LocalDatePattern.Iso.Format(value.Start) + "/" + LocalDatePattern.Iso.Format(value.End));
}
