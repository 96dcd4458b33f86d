using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// Reads a roster file (the shape of <c>Data/example-2017.json</c>) into library types. Every problem
/// is reported at once, each with its JSON path (<c>records[3].date</c>) and how to fix it, as a
/// <see cref="TalkEngineValidationException"/> with the code <c>dataset</c>; the roster's own checks
/// follow (code <c>roster</c>).
/// </summary>
internal static class ExampleDatasetLoader
{
    public const string ErrorCode = "dataset";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ExampleDataset Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new TalkEngineValidationException(ErrorCode, [new ValidationProblem(
                "dataset.file-not-found", $"The roster file '{path}' does not exist; give the path of a JSON file shaped like Data/example-2017.json.", path)]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static ExampleDataset Parse(string json, string sourceName)
    {
        DatasetDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<DatasetDto>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            // A type mismatch's message names .NET types; the user needs the place and the expected shape instead.
            var detail = e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? $"the value at {e.Path ?? "$"} has the wrong type; give it the same shape as in Data/example-2017.json (an array where it has an array, an object where it has an object)"
                : e.Message;
            throw new TalkEngineValidationException(ErrorCode, [new ValidationProblem(
                "dataset.invalid-json",
                $"{sourceName} is not valid JSON for a roster file (line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0}): {detail}",
                e.Path ?? "$")]);
        }

        if (dto is null)
        {
            throw new TalkEngineValidationException(ErrorCode, [new ValidationProblem("dataset.empty", $"{sourceName} holds no roster object.", "$")]);
        }

        var reader = new Reader();
        var result = reader.Read(dto);
        TalkEngineValidationException.ThrowIfAny(ErrorCode, reader.Problems);
        return result!;
    }

    private sealed class Reader
    {
        public List<ValidationProblem> Problems { get; } = [];

        public ExampleDataset? Read(DatasetDto dto)
        {
            var period = Try("period", () => Interval(dto.Period, "period"));
            var units = Items(dto.Units, "units", true, (u, p) => Try(p, () => new Unit(
                Text(u.Id, p + ".id"), Text(u.Name, p + ".name"), new UnitKind(Text(u.Kind, p + ".kind")), u.ParentId,
                u.RiskLevel is null ? IntegrityRiskLevel.Low : Enum<IntegrityRiskLevel>(u.RiskLevel, p + ".riskLevel"),
                Texts(u.SensitivePosts, p + ".sensitivePosts"))));
            var people = Items(dto.People, "people", true, (x, p) => Try(p, () => new Person(
                Text(x.Id, p + ".id"), Text(x.Name, p + ".name"),
                Items(x.Statuses, p + ".statuses", false, (s, sp) => Try(sp, () => new PersonStatus(
                    Enum<PersonStatusKind>(s.Kind, sp + ".kind"), Interval(new IntervalDto { Start = s.Start, End = s.End }, sp), s.Note))))));
            var posts = Items(dto.Posts, "posts", true, (x, p) => Try(p, () => new Post(
                Text(x.UnitId, p + ".unitId"), Enum<PostRole>(x.Role, p + ".role"), Text(x.HolderId, p + ".holderId"),
                x.Start is null && x.End is null ? null : Interval(new IntervalDto { Start = x.Start ?? "0001-01-01", End = x.End ?? "9999-12-31" }, p))));
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            var leaders = Items(dto.Leaders, "leaders", true, (x, p) =>
            {
                if (x.Id is not null && x.Title is not null)
                {
                    titles[x.Id] = x.Title;
                }

                return Try(p, () => new Leader(
                    Text(x.Id, p + ".id"), Text(x.Name, p + ".name"),
                    Items(x.Roles, p + ".roles", true, (r, rp) => Enum<LeaderRole>(r, rp)),
                    Texts(x.SupervisedUnitIds, p + ".supervisedUnitIds")));
            });
            var rounds = Items(dto.InspectionRounds, "inspectionRounds", false, (x, p) => Try(p, () => new InspectionRound(
                Text(x.Id, p + ".id"), Texts(x.InspectedUnitIds, p + ".inspectedUnitIds"), Text(x.TeamLeaderId, p + ".teamLeaderId"),
                Interval(x.OnSite, p + ".onSite"),
                Items(x.Scores, p + ".scores", false, (s, sp) => Try(sp, () => new EvaluationScore(Text(s.PersonId, sp + ".personId"), Number(s.Score, sp + ".score")))))));
            SatisfactionSurvey? survey = null;
            if (dto.Survey is { } sv)
            {
                survey = Try("survey", () => new SatisfactionSurvey(
                    Text(sv.Id, "survey.id"), sv.Year ?? Missing<int>("survey.year"),
                    Items(sv.Scores, "survey.scores", false, (s, sp) => Try(sp, () => new UnitScore(Text(s.UnitId, sp + ".unitId"), Number(s.Score, sp + ".score"))))));
            }

            var records = Items(dto.Records, "records", false, (x, p) => Try(p, () => new TalkRecord(
                Text(x.Id, p + ".id"),
                Date(x.Date, p + ".date"),
                Text(x.SubjectId, p + ".subjectId"),
                Texts(x.TalkerIds, p + ".talkerIds"),
                Enum<DemandSource>(x.Source, p + ".source"),
                Enum<TalkStyle>(x.Style, p + ".style"),
                x.Mode is null ? TalkMode.InPerson : Enum<TalkMode>(x.Mode, p + ".mode"),
                x.DemandId,
                x.RecorderId,
                x.UnitId,
                Texts(x.Topics, p + ".topics"),
                Texts(x.ProblemsFound, p + ".problemsFound"),
                Items(x.Commitments, p + ".commitments", false, (c, cp) => Try(cp, () => new Commitment(Text(c.Description, cp + ".description"), Date(c.DueDate, cp + ".dueDate")))),
                Items(x.GoodPractices, p + ".goodPractices", false, (g, gp) => Try(gp, () => new GoodPractice(Text(g.Theme, gp + ".theme"), Text(g.Description, gp + ".description")))))));
            var reports = Texts(dto.ReportsReceived, "reportsReceived");
            var sources = dto.Sources is null
                ? System.Enum.GetValues<DemandSource>().ToHashSet()
                : Items(dto.Sources.Select(s => s is null ? null : new[] { s }).ToList(), "sources", false, (s, p) => Enum<DemandSource>(s[0], p)).ToHashSet();
            if (Problems.Count > 0)
            {
                return null;
            }

            // The roster checks every reference and reports all of its own problems (code "roster").
            var roster = Roster.Create(units, people, posts, leaders);
            return new ExampleDataset(dto.Name ?? "roster", period!, sources, roster, titles, rounds, survey, records, reports);
        }

        /// <summary>
        /// Builds one item. The readers never throw: they record a problem and return a placeholder, so
        /// that every field of every item is checked in one pass; an item with a problem is dropped.
        /// </summary>
        private T Try<T>(string path, Func<T> build)
            where T : class
        {
            var before = Problems.Count;
            try
            {
                var item = build();
                return Problems.Count == before ? item : null!;
            }
            catch (ArgumentException e)
            {
                // A constructor that rejects a placeholder repeats a problem already recorded.
                if (Problems.Count == before)
                {
                    Problems.Add(new ValidationProblem("dataset.invalid-value", e.Message, path));
                }

                return null!;
            }
        }

        private List<T> Items<TDto, T>(List<TDto?>? items, string path, bool required, Func<TDto, string, T> read)
            where TDto : class
        {
            if (items is null)
            {
                if (required)
                {
                    Problems.Add(new ValidationProblem("dataset.missing", $"'{path}' is missing; add the list (it may be empty only where optional).", path));
                }

                return [];
            }

            var list = new List<T>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                if (items[i] is not { } item)
                {
                    Problems.Add(new ValidationProblem("dataset.null-item", $"'{itemPath}' is null; remove it or give a value.", itemPath));
                    continue;
                }

                list.Add(read(item, itemPath));
            }

            return list;
        }

        private List<string> Texts(List<string?>? items, string path)
        {
            var list = new List<string>();
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                if (string.IsNullOrWhiteSpace(items![i]))
                {
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    Problems.Add(new ValidationProblem("dataset.missing", $"'{itemPath}' is empty; remove it or give a value.", itemPath));
                    continue;
                }

                list.Add(items[i]!);
            }

            return list;
        }

        private string Text(string? value, string path)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            Problems.Add(new ValidationProblem("dataset.missing", $"'{path}' is missing or empty; give a value.", path));
            return Placeholder;
        }

        private decimal Number(decimal? value, string path) => value ?? Missing<decimal>(path);

        private T Missing<T>(string path)
        {
            Problems.Add(new ValidationProblem("dataset.missing", $"'{path}' is missing; give a value.", path));
            return default!;
        }

        private LocalDate Date(string? value, string path)
        {
            var text = Text(value, path);
            if (ReferenceEquals(text, Placeholder))
            {
                return default;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            Problems.Add(new ValidationProblem("dataset.invalid-date", $"'{path}' is '{value}', not a date; use yyyy-MM-dd, such as 2017-10-30.", path));
            return default;
        }

        private DateInterval Interval(IntervalDto? value, string path)
        {
            if (value is null)
            {
                Missing<DateInterval>(path);
                return PlaceholderInterval;
            }

            var before = Problems.Count;
            var start = Date(value.Start, path + ".start");
            var end = Date(value.End, path + ".end");
            if (Problems.Count > before)
            {
                return PlaceholderInterval;
            }

            if (end < start)
            {
                Problems.Add(new ValidationProblem(
                    "dataset.invalid-interval",
                    string.Create(CultureInfo.InvariantCulture, $"'{path}' ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}); swap or correct the dates."),
                    path));
                return PlaceholderInterval;
            }

            return new DateInterval(start, end);
        }

        private T Enum<T>(string? value, string path)
            where T : struct, Enum
        {
            var text = Text(value, path);
            if (ReferenceEquals(text, Placeholder))
            {
                return default;
            }

            if (System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !char.IsDigit(text[0]))
            {
                return parsed;
            }

            Problems.Add(new ValidationProblem(
                "dataset.invalid-value",
                $"'{path}' is '{text}', not a {typeof(T).Name}; use one of {string.Join(", ", System.Enum.GetNames<T>())}.",
                path));
            return default;
        }
    }

    /// <summary>Stands in for a missing text while the rest of the item is still checked; never reaches a result.</summary>
    private static readonly string Placeholder = new('?', 1);

    private static readonly DateInterval PlaceholderInterval = new(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1));
}
