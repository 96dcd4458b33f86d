using System.Collections.Generic;

namespace TalkEngine.Records;

/// <summary>The practices of one theme heard about one unit.</summary>
/// <param name="UnitId">The unit's id; <see langword="null"/> when the record's unit is not known.</param>
/// <param name="UnitName">The unit's name; empty when not known.</param>
/// <param name="Entries">The practices, ordered by date, then record id, then position in the record.</param>
public sealed record GoodPracticeUnitGroup(string? UnitId, string UnitName, IReadOnlyList<GoodPracticeEntry> Entries);
