using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalkEngine.Calendar;

/// <summary>
/// The source-generated reader of <see cref="CalendarOverrides.FromJson"/> (trim- and AOT-safe): property names
/// case-insensitive, comments and trailing commas allowed, unknown properties rejected; a null anywhere is read as
/// null and reported by the builder with its path.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CalendarOverrides.CalendarOverridesDocument))]
internal sealed partial class CalendarOverridesJsonContext : JsonSerializerContext
{
}
