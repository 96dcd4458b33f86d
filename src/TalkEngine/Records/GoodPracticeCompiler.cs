using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace TalkEngine.Records;

/// <summary>
/// Compiles the good practices (特色点) heard in a period's valid talks for promotion to other units
/// (seed ¶12: 收集、汇总……整理汇编，进行宣传推广). Stateless; thread-safe.
/// </summary>
public static class GoodPracticeCompiler
{
    /// <summary>Compiles the good practices of the valid records dated in <paramref name="period"/>.</summary>
    /// <param name="validation">Records checked against the roster; rejected records contribute nothing.</param>
    /// <param name="period">The period.</param>
    /// <returns>The practices grouped by theme and unit, ordered, each with its record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static GoodPracticeDigest Compile(RecordValidationResult validation, DateInterval period)
    {
        Guard.NotNull(validation);
        Guard.NotNull(period);
        var index = validation.Resolved.Index;
        var info = validation.Resolved.Info;
        var rows = new List<(string Theme, int Unit, LocalDate Date, string RecordId, int Position, GoodPracticeEntry Entry)>();
        for (var i = 0; i < validation.Valid.Count; i++)
        {
            var record = validation.Valid[i];
            if (record.GoodPractices.Count == 0 || !period.Contains(record.Date))
            {
                continue;
            }

            var subject = info[i].Subject;
            var subjectName = subject >= 0 ? index.People[subject].Name : record.SubjectId;
            for (var p = 0; p < record.GoodPractices.Count; p++)
            {
                var practice = record.GoodPractices[p];
                var entry = new GoodPracticeEntry(practice.Description, record.Id, record.Date, record.SubjectId, subjectName, record.LeaderIds, record.Source);
                rows.Add((practice.Theme, info[i].Unit, record.Date, record.Id, p, entry));
            }
        }

        var themes = rows
            .GroupBy(r => r.Theme, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(theme => new GoodPracticeTheme(
                theme.Key,
                theme.GroupBy(r => r.Unit)
                    .OrderBy(g => g.Key < 0 ? 1 : 0)
                    .ThenBy(g => g.Key < 0 ? string.Empty : index.Units[g.Key].Id, StringComparer.Ordinal)
                    .Select(unit => new GoodPracticeUnitGroup(
                        unit.Key < 0 ? null : index.Units[unit.Key].Id,
                        unit.Key < 0 ? string.Empty : index.Units[unit.Key].Name,
                        unit.OrderBy(r => r.Date)
                            .ThenBy(r => r.RecordId, StringComparer.Ordinal)
                            .ThenBy(r => r.Position)
                            .Select(r => r.Entry)
                            .ToArray()))
                    .ToArray()))
            .ToArray();
        return new GoodPracticeDigest(period, themes);
    }
}
