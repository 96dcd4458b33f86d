using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// Reads a roster file (docs/input-format.md; <c>Data/example-2017.json</c>) into library types. Every problem is
/// reported at once, each with its JSON path (<c>records[3].date</c>), its line and column, and how to fix it, in
/// the chosen language, as a <see cref="TalkEngineValidationException"/> with the code <c>dataset</c>. An unknown
/// property is an error that names the nearest known one; a unit kind is a well-known code or one declared in
/// <c>unitKinds</c>; a source listed in <c>sources</c> without its data, or data for a source not listed, is an
/// error. The roster's own checks and the demand generator's checks of the data (unknown ids in petitions, a
/// holiday key the calendar lacks…) run in the same pass once the file reads, and their problems are added.
/// </summary>
internal static class ExampleDatasetLoader
{
    public const string ErrorCode = "dataset";

    /// <summary>The largest roster file read (64 MiB): a roster of 100,000 posts is about 15 MiB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static ExampleDataset Load(string path, OutputLanguage language = OutputLanguage.English)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var en = language == OutputLanguage.English;
        FileInfo file;
        try
        {
            file = new FileInfo(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Single("dataset.file-not-found", en ? $"'{path}' is not a usable file path ({e.Message}); give the path of a JSON file shaped like Data/example-2017.json." : $"“{path}”不是可用的文件路径（{e.Message}）；请给出格式同 Data/example-2017.json 的 JSON 文件路径。", path);
        }

        if (!file.Exists)
        {
            throw Single("dataset.file-not-found", en ? $"The roster file '{path}' does not exist; give the path of a JSON file shaped like Data/example-2017.json." : $"名册文件“{path}”不存在；请给出格式同 Data/example-2017.json 的 JSON 文件路径。", path);
        }

        if (file.Length > MaxFileBytes)
        {
            var size = file.Length.ToString(CultureInfo.InvariantCulture);
            var limit = MaxFileBytes.ToString(CultureInfo.InvariantCulture);
            throw Single("dataset.file-too-large", en
                ? $"The roster file '{path}' is {size} bytes, over the limit of {limit} bytes (64 MiB); split the data or check that it is the right file."
                : $"名册文件“{path}”有 {size} 字节，超过上限 {limit} 字节（64 MiB）；请拆分数据或确认文件是否正确。", path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Single("dataset.file-unreadable", en ? $"The roster file '{path}' cannot be read: {e.Message}" : $"无法读取名册文件“{path}”：{e.Message}", path);
        }

        return Parse(bytes, path, language);
    }

    public static ExampleDataset Parse(string json, string sourceName, OutputLanguage language = OutputLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json), sourceName, language);
    }

    public static ExampleDataset Parse(ReadOnlySpan<byte> utf8, string sourceName, OutputLanguage language = OutputLanguage.English)
    {
        var problems = new List<ValidationProblem>();
        var root = JsonTree.Parse(utf8, sourceName, language, problems);
        if (root is null)
        {
            throw new TalkEngineValidationException(ErrorCode, problems);
        }

        var reader = new Reader(language);
        var result = reader.Read(root);
        var catalogue = ReadCatalogue(root, utf8, reader.Problems);
        TalkEngineValidationException.ThrowIfAny(ErrorCode, reader.Problems);
        return result! with { Catalogue = catalogue };
    }

    /// <summary>
    /// The file's <c>catalogue</c>: a catalogue document (docs/content.md) that extends the package's own, checked by the
    /// package; its problems are reported with the file's, at <c>catalogue.…</c> paths. <see langword="null"/> when absent.
    /// </summary>
    private static TalkEngine.Content.ContentCatalogue? ReadCatalogue(JsonTree root, ReadOnlySpan<byte> utf8, List<ValidationProblem> problems)
    {
        var property = root.Properties.FirstOrDefault(p => string.Equals(p.Name, "catalogue", StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var element = document.RootElement.EnumerateObject().First(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal)).Value;
        try
        {
            return TalkEngine.Content.ContentCatalogue.Parse(element.GetRawText(), TalkEngine.Content.ContentCatalogue.Default);
        }
        catch (TalkEngineValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                var path = problem.Path is null or "$" ? "catalogue" : "catalogue." + (problem.Path.StartsWith("$.", StringComparison.Ordinal) ? problem.Path[2..] : problem.Path);
                problems.Add(new ValidationProblem(problem.Code, problem.Message, path, problem.Ids));
            }

            return null;
        }
    }

    /// <summary>
    /// Reads a document of records only, <c>{ "records": [ … ] }</c>, each record in the roster file's format
    /// (docs/input-format.md#records): how a host posts the talks held. Every problem at once, as <see cref="Parse(ReadOnlySpan{byte}, string, OutputLanguage)"/>;
    /// the records are not checked against a roster here (the library's record store does that).
    /// </summary>
    public static IReadOnlyList<TalkRecord> ParseRecords(ReadOnlySpan<byte> utf8, string sourceName, OutputLanguage language = OutputLanguage.English)
    {
        var problems = new List<ValidationProblem>();
        var root = JsonTree.Parse(utf8, sourceName, language, problems);
        if (root is null)
        {
            throw new TalkEngineValidationException(ErrorCode, problems);
        }

        var reader = new Reader(language);
        var records = reader.ReadRecords(root);
        TalkEngineValidationException.ThrowIfAny(ErrorCode, reader.Problems);
        return records!;
    }

    private static TalkEngineValidationException Single(string code, string message, string path) => new(ErrorCode, [new ValidationProblem(code, message, path)]);

    /// <summary>The well-known unit kinds; any other kind is declared in the file's <c>unitKinds</c>.</summary>
    private static readonly string[] WellKnownKinds =
    [
        UnitKind.HqDepartment.Code, UnitKind.EngineeringCompany.Code, UnitKind.Subsidiary.Code, UnitKind.SpecializedCompany.Code, UnitKind.SecondLevelUnit.Code,
    ];

    /// <summary>The sources that need data of their own, and the top-level property that holds it.</summary>
    private static readonly (DemandSource Source, string Property)[] SourceData =
    [
        (DemandSource.Inspection, "inspectionRounds"),
        (DemandSource.SatisfactionSurvey, "survey"),
        (DemandSource.Petition, "petitions"),
        (DemandSource.SpecialGovernance, "governanceDrives"),
        (DemandSource.PreAppointment, "appointments"),
    ];

    private sealed class Reader(OutputLanguage language)
    {
        private readonly bool _en = language == OutputLanguage.English;
        private readonly HashSet<string> _kinds = new(WellKnownKinds, StringComparer.Ordinal);

        /// <summary>The number of problems when the item being read began; a library object is built only when it has none of its own.</summary>
        private int _itemStart;

        public List<ValidationProblem> Problems { get; } = [];

        public ExampleDataset? Read(JsonTree rootNode)
        {
            if (rootNode.Kind == JsonValueKind.Null)
            {
                Add("dataset.empty", rootNode, "$", "文件中没有名册对象；请给出格式同 Data/example-2017.json 的对象。", "The file holds no roster object; give an object shaped like Data/example-2017.json.");
                return null;
            }

            var root = Object(rootNode, DatasetSchema.Root, M("名册文件", "a roster file"));
            if (root is null)
            {
                return null;
            }

            var name = Str(root, "name", required: false) ?? "roster";
            var period = Interval(root, "period", required: true);
            var referenceDate = Date(root, "referenceDate", required: false);
            var sourcesGiven = root.Has("sources");
            var sources = sourcesGiven
                ? Many(root, "sources", true, (n, _) => EnumValue<DemandSource>(n)).Where(s => s is not null).Select(s => s!.Value).ToHashSet()
                : System.Enum.GetValues<DemandSource>().ToHashSet();

            // Custom unit kinds are declared, never guessed from a unit's spelling.
            foreach (var kind in Many(root, "unitKinds", false, (n, _) => Text(n)))
            {
                if (kind is not null)
                {
                    _kinds.Add(kind);
                }
            }

            var before = Problems.Count;
            var units = Many(root, "units", true, (n, _) => Item(n, DatasetSchema.Unit, M("单位", "a unit"), o =>
            {
                var id = Str(o, "id", true);
                var unitName = Str(o, "name", true);
                var kind = Kind(o, "kind");
                var parentId = Str(o, "parentId", false);
                var risk = EnumOf<IntegrityRiskLevel>(o, "riskLevel", false) ?? IntegrityRiskLevel.Low;
                var sensitive = Strs(o, "sensitivePosts", false);
                return Build(o, () => new Unit(id!, unitName!, kind!.Value, parentId, risk, sensitive));
            }));
            var people = Many(root, "people", true, (n, _) => Item(n, DatasetSchema.Person, M("人员", "a person"), o =>
            {
                var id = Str(o, "id", true);
                var personName = Str(o, "name", true);
                var statuses = Many(o, "statuses", false, (s, _) => Item(s, DatasetSchema.Status, M("状态", "a status"), so =>
                {
                    var kind = EnumOf<PersonStatusKind>(so, "kind", true);
                    var during = Between(so, "start", "end", required: true);
                    var note = Str(so, "note", false);
                    return Build(so, () => new PersonStatus(kind!.Value, during!, note));
                }));
                return Build(o, () => new Person(id!, personName!, Present(statuses)));
            }));
            var posts = Many(root, "posts", true, (n, _) => Item(n, DatasetSchema.Post, M("岗位", "a post"), o =>
            {
                var unitId = Str(o, "unitId", true);
                var role = EnumOf<PostRole>(o, "role", true);
                var holder = Str(o, "holderId", true);
                var tenure = Between(o, "start", "end", required: false);
                var sensitive = Str(o, "sensitivePost", false);
                return Build(o, () => new Post(unitId!, role!.Value, holder!, tenure, sensitive));
            }));
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            var leaders = Many(root, "leaders", true, (n, _) => Item(n, DatasetSchema.Leader, M("领导", "a leader"), o =>
            {
                var id = Str(o, "id", true);
                var leaderName = Str(o, "name", true);
                var title = Str(o, "title", false);
                var roles = Many(o, "roles", true, (r, _) => EnumValue<LeaderRole>(r));
                AtLeastOne(o, "roles", roles, "角色（无合适角色时用 Other）", "role (Other when none fits)");
                var supervised = Strs(o, "supervisedUnitIds", false);
                var leader = Build(o, () => new Leader(id!, leaderName!, roles.Select(r => r!.Value).ToList(), supervised));
                if (leader is not null && title is not null)
                {
                    titles[leader.Id] = title;
                }

                return leader;
            }));
            var rosterRead = Problems.Count == before;

            var rounds = Many(root, "inspectionRounds", false, (n, _) => Item(n, DatasetSchema.InspectionRound, M("巡察轮次", "an inspection round"), o =>
            {
                var id = Str(o, "id", true);
                Str(o, "name", false);
                var unitIds = Strs(o, "inspectedUnitIds", true);
                AtLeastOne(o, "inspectedUnitIds", unitIds, "被巡察单位的 id", "inspected unit id");
                var teamLeader = Str(o, "teamLeaderId", true);
                var onSite = Interval(o, "onSite", true);
                var scores = Many(o, "scores", false, (s, _) => Item(s, DatasetSchema.PersonScore, M("测评得分", "a score"), so =>
                {
                    var personId = Str(so, "personId", true);
                    var score = Decimal(so, "score", true);
                    return Build(so, () => new EvaluationScore(personId!, score!.Value));
                }));
                return Build(o, () => new InspectionRound(id!, unitIds, teamLeader!, onSite!, Present(scores)));
            }));
            var survey = Item(root.Get("survey"), DatasetSchema.Survey, M("满意度测评", "a survey"), o =>
            {
                var id = Str(o, "id", true);
                Str(o, "name", false);
                var year = Int(o, "year", true);
                var scores = Many(o, "scores", false, (s, _) => Item(s, DatasetSchema.UnitScore, M("单位得分", "a unit score"), so =>
                {
                    var unitId = Str(so, "unitId", true);
                    var score = Decimal(so, "score", true);
                    return Build(so, () => new UnitScore(unitId!, score!.Value));
                }));
                return Build(o, () => new SatisfactionSurvey(id!, year!.Value, Present(scores)));
            });
            var petitions = Many(root, "petitions", false, (n, _) => Item(n, DatasetSchema.Petition, M("信访件", "a petition case"), o =>
            {
                var caseNumber = Str(o, "caseNumber", true);
                var subject = Str(o, "subjectId", true);
                var concluded = Date(o, "concludedOn", true);
                var finding = EnumOf<PetitionFinding>(o, "finding", true);
                var summary = Str(o, "summary", true);
                var unitId = Str(o, "unitId", false);
                return Build(o, () => new PetitionCase(caseNumber!, subject!, concluded!.Value, finding!.Value, summary!, unitId));
            }));
            var drives = Many(root, "governanceDrives", false, (n, _) => Item(n, DatasetSchema.GovernanceDrive, M("专项治理", "a governance drive"), o =>
            {
                var id = Str(o, "id", true);
                var driveName = Str(o, "name", true);
                var window = Interval(o, "window", true);
                var unitIds = Strs(o, "unitIds", false);
                var sensitive = Strs(o, "sensitivePosts", false);
                if (unitIds.Count == 0 && sensitive.Count == 0 && id is not null)
                {
                    Add("dataset.missing", o.Node, o.Path("unitIds"), $"专项治理“{id}”没有范围；请在 unitIds 中列出单位，或在 sensitivePosts 中列出敏感岗位。", $"The drive '{id}' has no scope; list units under unitIds or sensitive posts under sensitivePosts.");
                    return null;
                }

                return Build(o, () => new GovernanceDrive(id!, driveName!, window!, unitIds, sensitive));
            }));
            var appointments = Many(root, "appointments", false, (n, _) => Item(n, DatasetSchema.Appointment, M("任职", "an appointment"), o =>
            {
                var personId = Str(o, "personId", true);
                var unitId = Str(o, "unitId", true);
                var role = EnumOf<PostRole>(o, "role", true);
                var effective = Date(o, "effectiveDate", true);
                return Build(o, () => new Appointment(personId!, unitId!, role!.Value, effective!.Value));
            }));
            var policies = ExampleDataset.WithSources(Policies(root.Get("policies")), sources);

            var records = Records(root);
            var reports = Strs(root, "reportsReceived", false);
            var materials = Many(root, "materials", false, (n, _) => Item(n, DatasetSchema.Material, M("汇报材料", "a report's materials"), o =>
            {
                var subject = Str(o, "subjectId", true);
                var sent = Date(o, "templateSent", false);
                var received = Date(o, "received", false);
                var forwarded = Date(o, "forwarded", false);
                var talkDate = Date(o, "talkDate", false);
                return Build(o, () => new TalkEngine.Content.ReportMaterial(subject!, sent, received, forwarded, talkDate));
            }));

            CheckSources(root, sourcesGiven, sources, units, posts, policies);
            if (period is not null)
            {
                CheckCalendarCovers(root, period);
            }

            // The roster's own checks (duplicate ids, unknown references…) are reported with the file's problems.
            Roster? roster = null;
            if (rosterRead)
            {
                roster = Collect(() => Roster.Create(Present(units), Present(people), Present(posts), Present(leaders)));
            }

            if (Problems.Count > 0 || roster is null)
            {
                return null;
            }

            var dataset = new ExampleDataset(name, period!, sources, roster, titles, Present(rounds), survey, Present(records), reports)
            {
                Petitions = Present(petitions),
                GovernanceDrives = Present(drives),
                Appointments = Present(appointments),
                ReferenceDate = referenceDate,
                Policies = policies,
                Materials = Present(materials),
            };

            // The generator's checks of the data against the roster and the policies (an inspection round naming
            // an unknown unit, a petition about someone not in the roster, a holiday key the calendar lacks), run now
            // so that the file's user sees them with the rest, at the file's paths.
            Collect(() => new DemandGenerator(policies).Generate(dataset.CreateRequest()));
            return Problems.Count > 0 ? null : dataset;
        }

        /// <summary>The records of the talks held (the file's <c>records</c>), each read and checked as its own item.</summary>
        private List<TalkRecord?> Records(FileObject root, bool required = false)
        {
            return Many(root, "records", required, (n, _) => Item(n, DatasetSchema.Record, M("约谈记录", "a record"), o =>
            {
                var id = Str(o, "id", true);
                var date = Date(o, "date", true);
                var subject = Str(o, "subjectId", true);
                var talkers = Strs(o, "talkerIds", true);
                AtLeastOne(o, "talkerIds", talkers, "谈话领导的 id", "leader id");
                if (talkers.Distinct(StringComparer.Ordinal).Count() != talkers.Count)
                {
                    var node = o.Get("talkerIds")!;
                    Add("dataset.duplicate-item", node, node.Path, $"“{node.Path}”把同一位领导列了不止一次；每位领导只列一次。", $"'{node.Path}' lists a leader more than once; list each leader once.");
                }
                var recorder = Str(o, "recorderId", false);
                var source = EnumOf<DemandSource>(o, "source", true);
                var style = EnumOf<TalkStyle>(o, "style", true);
                var mode = EnumOf<TalkMode>(o, "mode", false) ?? TalkMode.InPerson;
                var demandId = Str(o, "demandId", false);
                var unitId = Str(o, "unitId", false);
                var topics = Strs(o, "topics", false);
                var found = Strs(o, "problemsFound", false);
                var commitments = Many(o, "commitments", false, (c, _) => Item(c, DatasetSchema.Commitment, M("整改承诺", "a commitment"), co =>
                {
                    var description = Str(co, "description", true);
                    var due = Date(co, "dueDate", true);
                    return Build(co, () => new Commitment(description!, due!.Value));
                }));
                var practices = Many(o, "goodPractices", false, (g, _) => Item(g, DatasetSchema.Practice, M("好的做法", "a good practice"), go =>
                {
                    var theme = Str(go, "theme", true);
                    var description = Str(go, "description", true);
                    return Build(go, () => new GoodPractice(theme!, description!));
                }));
                var reviews = Many(o, "reviews", false, (r, _) => Item(r, DatasetSchema.Review, M("承诺复核", "a commitment review"), ro =>
                {
                    var recordId = Str(ro, "recordId", true);
                    var number = Int(ro, "commitmentNumber", true);
                    var outcome = EnumOf<CommitmentOutcome>(ro, "outcome", true);
                    return Build(ro, () => new CommitmentReview(recordId!, number!.Value, outcome!.Value));
                }));
                return Build(o, () => new TalkRecord(id!, date!.Value, subject!, talkers, source!.Value, style!.Value, mode, demandId, recorder, unitId, topics, found, Present(commitments), Present(practices)) { Reviews = Present(reviews) });
            }));
        }

        /// <summary>A document that holds records only (<c>{ "records": [ … ] }</c>), as a host posts the talks held.</summary>
        public List<TalkRecord>? ReadRecords(JsonTree rootNode)
        {
            if (rootNode.Kind == JsonValueKind.Null)
            {
                Add("dataset.empty", rootNode, "$", "文件中没有约谈记录对象；请给出 { \"records\": [ … ] }。", "The document holds no records object; give { \"records\": [ … ] }.");
                return null;
            }

            var root = Object(rootNode, DatasetSchema.RecordsDocument, M("约谈记录文件", "a records document"));
            if (root is null)
            {
                return null;
            }

            var records = Records(root, required: true);
            return Problems.Count > 0 ? null : Present(records);
        }

        // ---- sources and their data ----------------------------------------------------------------------

        /// <summary>
        /// An enabled source never silently does nothing: a source listed in <c>sources</c> needs its data (and, for
        /// the risk-based sources, someone in its scope); data for a source not listed would be ignored, so it is an error too.
        /// </summary>
        private void CheckSources(FileObject root, bool sourcesGiven, HashSet<DemandSource> sources, List<Unit?> units, List<Post?> posts, DemandOptions policies)
        {
            if (!sourcesGiven)
            {
                return;
            }

            var listed = root.Get("sources")!;
            JsonTree At(DemandSource source) => listed.Items.FirstOrDefault(i => string.Equals(i.Text, System.Enum.GetName(source), StringComparison.OrdinalIgnoreCase)) ?? listed;

            foreach (var (source, property) in SourceData)
            {
                var data = root.Get(property);
                var hasData = data is not null && (data.Kind == JsonValueKind.Object || data.Items.Count > 0);
                if (sources.Contains(source) && !hasData)
                {
                    var at = At(source);
                    Add("dataset.source-without-data", at, at.Path,
                        $"sources 列出了 {source}，但文件没有 {property}：该来源不会产生任何约谈需求；请补充 {property}，或从 sources 中删去 {source}。",
                        $"sources lists {source}, but the file has no {property}, so the source would make no demand; add {property} or remove {source} from sources.");
                }
                else if (!sources.Contains(source) && hasData)
                {
                    Add("dataset.data-without-source", data!, data!.Path,
                        $"文件给出了 {property}，但 sources 没有列出 {source}，这些数据会被忽略；请在 sources 中加上 {source}，或删去 {property}。",
                        $"The file gives {property}, but sources does not list {source}, so they would be ignored; add {source} to sources or remove {property}.");
                }
            }

            var known = units.Where(u => u is not null).Select(u => u!).ToList();
            if (sources.Contains(DemandSource.RiskFrequency) && !known.Any(u => u.RiskLevel >= policies.RiskFrequency.MinimumRisk))
            {
                var at = At(DemandSource.RiskFrequency);
                Add("dataset.source-without-data", at, at.Path,
                    $"sources 列出了 RiskFrequency，但没有单位的 riskLevel 达到 {policies.RiskFrequency.MinimumRisk}，该来源不会产生任何约谈需求；请设置单位的 riskLevel，调整 policies.riskFrequency.minimumRisk，或从 sources 中删去 RiskFrequency。",
                    $"sources lists RiskFrequency, but no unit's riskLevel is {policies.RiskFrequency.MinimumRisk} or above, so the source would make no demand; set the units' riskLevel, lower policies.riskFrequency.minimumRisk, or remove RiskFrequency from sources.");
            }

            var sensitiveHolders = policies.PreHoliday.IncludeSensitivePosts && posts.Any(p => p?.SensitivePost is not null);
            if (sources.Contains(DemandSource.PreHoliday) && !sensitiveHolders && !known.Any(u => u.RiskLevel >= policies.PreHoliday.MinimumRisk))
            {
                var at = At(DemandSource.PreHoliday);
                Add("dataset.source-without-data", at, at.Path,
                    $"sources 列出了 PreHoliday，但没有单位的 riskLevel 达到 {policies.PreHoliday.MinimumRisk}，也没有岗位标注 sensitivePost，节前提醒不会产生任何约谈需求；请设置单位的 riskLevel 或岗位的 sensitivePost，或从 sources 中删去 PreHoliday。",
                    $"sources lists PreHoliday, but no unit's riskLevel is {policies.PreHoliday.MinimumRisk} or above and no post has a sensitivePost, so the source would make no demand; set the units' riskLevel or the posts' sensitivePost, or remove PreHoliday from sources.");
            }

            if (sources.Contains(DemandSource.Annual) && known.Count > 0 && !known.Any(u => policies.Annual.UnitKinds.Contains(u.Kind.Code, StringComparer.Ordinal)))
            {
                var at = At(DemandSource.Annual);
                Add("dataset.source-without-data", at, at.Path,
                    $"sources 列出了 Annual，但没有单位属于年度约谈的单位类别（{string.Join("、", policies.Annual.UnitKinds)}）；请改正单位的 kind，或设置 policies.annual.unitKinds。",
                    $"sources lists Annual, but no unit is of a kind in the annual scope ({string.Join(", ", policies.Annual.UnitKinds)}); correct the units' kind or set policies.annual.unitKinds.");
            }
        }

        /// <summary>The package's calendar covers a fixed range of years; a period outside it cannot be planned or shown.</summary>
        private void CheckCalendarCovers(FileObject root, DateInterval period)
        {
            var covered = WorkingCalendar.MainlandChina.CoveredYears;
            for (var year = period.Start.Year; year <= period.End.Year; year++)
            {
                if (!WorkingCalendar.MainlandChina.Covers(year))
                {
                    var node = root.Get("period")!;
                    Add("dataset.year-not-covered", node, "period",
                        string.Create(CultureInfo.InvariantCulture, $"期间包含 {year} 年，而内置的工作日历只有 {covered[0]}–{covered[^1]} 年的节假日安排；请选择这些年份内的期间。"),
                        string.Create(CultureInfo.InvariantCulture, $"The period includes {year}, but the package's working calendar has holiday data for {covered[0]}–{covered[^1]} only; choose a period within those years."));
                    return;
                }
            }
        }

        // ---- policies ------------------------------------------------------------------------------------

        private DemandOptions Policies(JsonTree? node)
        {
            var options = new DemandOptions();
            var o = Object(node, DatasetSchema.Policies, M("来源策略", "the policies"));
            if (o is null)
            {
                return options;
            }

            if (o.Has("excludedStatuses"))
            {
                options.ExcludedStatuses = Many(o, "excludedStatuses", false, (n, _) => EnumValue<PersonStatusKind>(n)).Where(s => s is not null).Select(s => s!.Value).ToList();
            }

            options.Overlaps = EnumOf<OverlapHandling>(o, "overlaps", false) ?? options.Overlaps;
            if (Object(o.Get("annual"), DatasetSchema.AnnualPolicy, M("年度约谈策略", "the annual policy")) is { } annual)
            {
                if (annual.Has("unitKinds"))
                {
                    options.Annual.UnitKinds = Many(annual, "unitKinds", false, (n, _) => KindCode(n)).Where(k => k is not null).Select(k => k!).ToList();
                }

                options.Annual.Basis = EnumOf<AnnualBasis>(annual, "basis", false) ?? options.Annual.Basis;
                options.Annual.Style = EnumOf<TalkStyle>(annual, "style", false) ?? options.Annual.Style;
                options.Annual.NewlyAppointedStyle = EnumOf<TalkStyle>(annual, "newlyAppointedStyle", false) ?? options.Annual.NewlyAppointedStyle;
            }

            if (Object(o.Get("inspection"), DatasetSchema.InspectionPolicy, M("巡察约谈策略", "the inspection policy")) is { } inspection)
            {
                options.Inspection.Selection = EnumOf<ScoreSelection>(inspection, "selection", false) ?? options.Inspection.Selection;
                options.Inspection.Threshold = Decimal(inspection, "threshold", false) ?? options.Inspection.Threshold;
                options.Inspection.LowestCount = Int(inspection, "lowestCount", false) ?? options.Inspection.LowestCount;
                options.Inspection.WarningBelow = Decimal(inspection, "warningBelow", false) ?? options.Inspection.WarningBelow;
                options.Inspection.AdmonitionBelow = Decimal(inspection, "admonitionBelow", false) ?? options.Inspection.AdmonitionBelow;
            }

            if (Object(o.Get("survey"), DatasetSchema.SurveyPolicy, M("满意度测评约谈策略", "the survey policy")) is { } survey)
            {
                options.Survey.Selection = EnumOf<ScoreSelection>(survey, "selection", false) ?? options.Survey.Selection;
                options.Survey.Threshold = Decimal(survey, "threshold", false) ?? options.Survey.Threshold;
                options.Survey.LowestCount = Int(survey, "lowestCount", false) ?? options.Survey.LowestCount;
                options.Survey.AdmonitionBelow = Decimal(survey, "admonitionBelow", false) ?? options.Survey.AdmonitionBelow;
            }

            if (Object(o.Get("preHoliday"), DatasetSchema.PreHolidayPolicy, M("节前提醒策略", "the pre-holiday policy")) is { } preHoliday)
            {
                options.PreHoliday.WorkingDaysBefore = Int(preHoliday, "workingDaysBefore", false) ?? options.PreHoliday.WorkingDaysBefore;
                options.PreHoliday.MinimumRisk = EnumOf<IntegrityRiskLevel>(preHoliday, "minimumRisk", false) ?? options.PreHoliday.MinimumRisk;
                options.PreHoliday.IncludeSensitivePosts = Bool(preHoliday, "includeSensitivePosts") ?? options.PreHoliday.IncludeSensitivePosts;
                if (preHoliday.Has("holidayKeys"))
                {
                    options.PreHoliday.HolidayKeys = Strs(preHoliday, "holidayKeys", false);
                }
            }

            if (Object(o.Get("petition"), DatasetSchema.PetitionPolicy, M("信访约谈策略", "the petition policy")) is { } petition)
            {
                options.Petition.WindowDays = Int(petition, "windowDays", false) ?? options.Petition.WindowDays;
                options.Petition.RequiredRole = RequiredRole(petition, options.Petition.RequiredRole);
            }

            if (Object(o.Get("governance"), DatasetSchema.GovernancePolicy, M("专项治理约谈策略", "the governance policy")) is { } governance)
            {
                options.Governance.Style = EnumOf<TalkStyle>(governance, "style", false) ?? options.Governance.Style;
            }

            if (Object(o.Get("preAppointment"), DatasetSchema.PreAppointmentPolicy, M("任前谈话策略", "the pre-appointment policy")) is { } preAppointment)
            {
                options.PreAppointment.DaysBefore = Int(preAppointment, "daysBefore", false) ?? options.PreAppointment.DaysBefore;
                options.PreAppointment.Style = EnumOf<TalkStyle>(preAppointment, "style", false) ?? options.PreAppointment.Style;
                options.PreAppointment.RequiredRole = RequiredRole(preAppointment, options.PreAppointment.RequiredRole);
            }

            if (Object(o.Get("riskFrequency"), DatasetSchema.RiskFrequencyPolicy, M("高风险定期约谈策略", "the risk-frequency policy")) is { } risk)
            {
                options.RiskFrequency.EveryMonths = Int(risk, "everyMonths", false) ?? options.RiskFrequency.EveryMonths;
                options.RiskFrequency.MinimumRisk = EnumOf<IntegrityRiskLevel>(risk, "minimumRisk", false) ?? options.RiskFrequency.MinimumRisk;
            }

            if (Object(o.Get("mode"), DatasetSchema.ModePolicy, M("约谈方式策略", "the mode policy")) is { } mode)
            {
                options.Mode.Default = EnumOf<TalkMode>(mode, "default", false) ?? options.Mode.Default;
                if (mode.Has("videoUnitKinds"))
                {
                    options.Mode.VideoUnitKinds = Many(mode, "videoUnitKinds", false, (n, _) => KindCode(n)).Where(k => k is not null).Select(k => k!).ToList();
                }

                if (mode.Has("inPersonStyles"))
                {
                    options.Mode.InPersonStyles = Many(mode, "inPersonStyles", false, (n, _) => EnumValue<TalkStyle>(n)).Where(s => s is not null).Select(s => s!.Value).ToList();
                }
            }

            // The library's own limits (window lengths, the admonition band below the warning band…), at the file's paths.
            Collect(() => new DemandGenerator(options));
            return options;
        }

        /// <summary>A required leader role: a role name, or JSON <c>null</c> for anyone; absent keeps the default.</summary>
        private LeaderRole? RequiredRole(FileObject o, LeaderRole? fallback)
        {
            if (o.Find("requiredRole") is not { } property)
            {
                return fallback;
            }

            return property.Value.Kind == JsonValueKind.Null ? null : EnumValue<LeaderRole>(property.Value);
        }

        // ---- objects and lists -----------------------------------------------------------------------------

        /// <summary>
        /// The object at <paramref name="node"/>, with every property not in <paramref name="known"/> reported (with the
        /// nearest known name); <see langword="null"/> when absent, JSON null or not an object.
        /// </summary>
        private FileObject? Object(JsonTree? node, string[] known, string what)
        {
            if (node is null || node.Kind == JsonValueKind.Null)
            {
                return null;
            }

            if (node.Kind != JsonValueKind.Object)
            {
                WrongType(node, M("对象（{…}）", "an object ({…})"));
                return null;
            }

            foreach (var property in node.Properties)
            {
                if (property.Name.StartsWith("$comment", StringComparison.Ordinal) || known.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                var path = property.Value.Path;
                var nearest = NearestName.Find(property.Name, known);
                var where = JsonTree.Position(property.Line, property.Column, language);
                Problems.Add(new ValidationProblem(
                    "dataset.unknown-property",
                    nearest is null
                        ? M($"“{property.Name}”不是{what}的属性（{where}）；可用的属性：{string.Join("、", known)}。",
                            $"'{property.Name}' is not a property of {what} ({where}); the properties are {string.Join(", ", known)}.")
                        : M($"“{property.Name}”不是{what}的属性（{where}）；是否应为“{nearest}”？",
                            $"'{property.Name}' is not a property of {what} ({where}); did you mean '{nearest}'?"),
                    path,
                    [property.Name]));
            }

            return new FileObject(node);
        }

        /// <summary>Reads one item of a list (an object with <paramref name="known"/> properties); <see langword="null"/> when it has a problem.</summary>
        private T? Item<T>(JsonTree? node, string[] known, string what, Func<FileObject, T?> read)
            where T : class
        {
            if (node is null)
            {
                return null;
            }

            if (node.Kind == JsonValueKind.Null)
            {
                Add("dataset.null-item", node, node.Path, $"“{node.Path}”为 null；请删去或给出{what}。", $"'{node.Path}' is null; remove it or give {what}.");
                return null;
            }

            var before = Problems.Count;
            var outer = _itemStart;
            _itemStart = before;
            try
            {
                var o = Object(node, known, what);
                if (o is null)
                {
                    return null;
                }

                var item = read(o);
                return Problems.Count == before ? item : null;
            }
            finally
            {
                _itemStart = outer;
            }
        }

        /// <summary>The items read without a problem (the others were reported).</summary>
        private static List<T> Present<T>(List<T?> items)
            where T : class
            => items.OfType<T>().ToList();

        /// <summary>The items of the list <paramref name="name"/> of <paramref name="o"/>, read one by one (every item is checked).</summary>
        private List<T?> Many<T>(FileObject o, string name, bool required, Func<JsonTree, int, T?> read)
        {
            var node = o.Get(name);
            if (node is null)
            {
                if (required)
                {
                    Missing(o, name, M("列表（可为空）", "a list (it may be empty)"));
                }

                return [];
            }

            if (node.Kind != JsonValueKind.Array)
            {
                WrongType(node, M("列表（[…]）", "a list ([…])"));
                return [];
            }

            var list = new List<T?>(node.Items.Count);
            for (var i = 0; i < node.Items.Count; i++)
            {
                list.Add(read(node.Items[i], i));
            }

            return list;
        }

        private List<string> Strs(FileObject o, string name, bool required)
            => Many(o, name, required, (n, _) => Text(n)).Where(s => s is not null).Select(s => s!).ToList();

        // ---- values -----------------------------------------------------------------------------------------

        private string? Str(FileObject o, string name, bool required)
        {
            var node = o.Get(name);
            if (node is null)
            {
                if (required)
                {
                    Missing(o, name, M("文本", "a text"));
                }

                return null;
            }

            return Text(node);
        }

        /// <summary>A non-empty string.</summary>
        private string? Text(JsonTree node)
        {
            if (node.Kind != JsonValueKind.String)
            {
                WrongType(node, M("文本（\"…\"）", "a text (\"…\")"));
                return null;
            }

            if (string.IsNullOrWhiteSpace(node.Text))
            {
                Add("dataset.missing", node, node.Path, $"“{node.Path}”为空；请给出内容或删去。", $"'{node.Path}' is empty; give a value or remove it.");
                return null;
            }

            return node.Text;
        }

        private LocalDate? Date(FileObject o, string name, bool required)
        {
            var node = o.Get(name);
            if (node is null)
            {
                if (required)
                {
                    Missing(o, name, M("日期（yyyy-MM-dd）", "a date (yyyy-MM-dd)"));
                }

                return null;
            }

            return DateValue(node);
        }

        private LocalDate? DateValue(JsonTree node)
        {
            if (Text(node) is not { } text)
            {
                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success && parsed.Value.Year is >= 1 and <= 9999)
            {
                return parsed.Value;
            }

            Add("dataset.invalid-date", node, node.Path,
                $"“{node.Path}”的值“{text}”不是日期；请写成 yyyy-MM-dd，如 2017-10-30。",
                $"'{node.Path}' is '{text}', not a date; use yyyy-MM-dd, such as 2017-10-30.");
            return null;
        }

        /// <summary>An object <c>{ "start": …, "end": … }</c>.</summary>
        private DateInterval? Interval(FileObject o, string name, bool required)
        {
            var node = o.Get(name);
            if (node is null)
            {
                if (required)
                {
                    Missing(o, name, M("起止日期 { \"start\": …, \"end\": … }", "a period { \"start\": …, \"end\": … }"));
                }

                return null;
            }

            var period = Object(node, DatasetSchema.Interval, M("起止日期", "a period"));
            return period is null ? null : Between(period, "start", "end", required: true);
        }

        /// <summary>The dates <paramref name="startName"/>–<paramref name="endName"/> of <paramref name="o"/>; both or neither when optional.</summary>
        private DateInterval? Between(FileObject o, string startName, string endName, bool required)
        {
            var before = Problems.Count;
            var hasStart = o.Get(startName) is not null;
            var hasEnd = o.Get(endName) is not null;
            if (!required && !hasStart && !hasEnd)
            {
                return null;
            }

            var start = !required && !hasStart ? new LocalDate(1, 1, 1) : Date(o, startName, true);
            var end = !required && !hasEnd ? new LocalDate(9999, 12, 31) : Date(o, endName, true);
            if (Problems.Count > before || start is null || end is null)
            {
                return null;
            }

            if (end < start)
            {
                Add("dataset.invalid-interval", o.Node, o.Node.Path,
                    string.Create(CultureInfo.InvariantCulture, $"“{o.Node.Path}”的结束日期（{end:uuuu-MM-dd}）早于开始日期（{start:uuuu-MM-dd}）；请交换或改正日期。"),
                    string.Create(CultureInfo.InvariantCulture, $"'{o.Node.Path}' ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}); swap or correct the dates."));
                return null;
            }

            return new DateInterval(start.Value, end.Value);
        }

        private decimal? Decimal(FileObject o, string name, bool required)
        {
            var node = o.Get(name);
            if (node is null)
            {
                if (required)
                {
                    Missing(o, name, M("数字", "a number"));
                }

                return null;
            }

            if (node.Kind == JsonValueKind.Number && decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            WrongType(node, M("数字", "a number"));
            return null;
        }

        private int? Int(FileObject o, string name, bool required)
        {
            var node = o.Get(name);
            if (node is null)
            {
                if (required)
                {
                    Missing(o, name, M("整数", "a whole number"));
                }

                return null;
            }

            if (node.Kind == JsonValueKind.Number && int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            WrongType(node, M("整数", "a whole number"));
            return null;
        }

        private bool? Bool(FileObject o, string name)
        {
            var node = o.Get(name);
            switch (node?.Kind)
            {
                case null:
                    return null;
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    WrongType(node, "true / false");
                    return null;
            }
        }

        private T? EnumOf<T>(FileObject o, string name, bool required)
            where T : struct, Enum
        {
            var node = o.Get(name);
            if (node is null)
            {
                if (required)
                {
                    Missing(o, name, M($"以下之一：{string.Join("、", System.Enum.GetNames<T>())}", $"one of {string.Join(", ", System.Enum.GetNames<T>())}"));
                }

                return null;
            }

            return EnumValue<T>(node);
        }

        /// <summary>An enum by name (ignoring case; numbers are refused, they hide mistakes).</summary>
        private T? EnumValue<T>(JsonTree node)
            where T : struct, Enum
        {
            if (Text(node) is not { } text)
            {
                return null;
            }

            var names = System.Enum.GetNames<T>();
            var match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return System.Enum.Parse<T>(match);
            }

            var nearest = NearestName.Find(text, names);
            Add("dataset.invalid-value", node, node.Path,
                $"“{node.Path}”的值“{text}”无效{(nearest is null ? string.Empty : $"，是否应为“{nearest}”")}；可用的值：{string.Join("、", names)}。",
                $"'{node.Path}' is '{text}', not a {typeof(T).Name}{(nearest is null ? string.Empty : $"; did you mean '{nearest}'")}; use one of {string.Join(", ", names)}.");
            return null;
        }

        private UnitKind? Kind(FileObject o, string name)
        {
            var node = o.Get(name);
            if (node is null)
            {
                Missing(o, name, M("单位类别", "a unit kind"));
                return null;
            }

            return KindCode(node) is { } code ? new UnitKind(code) : null;
        }

        /// <summary>A unit kind code: a well-known one or one the file declares in <c>unitKinds</c>, spelt exactly.</summary>
        private string? KindCode(JsonTree node)
        {
            if (Text(node) is not { } code)
            {
                return null;
            }

            if (_kinds.Contains(code))
            {
                return code;
            }

            var nearest = NearestName.Find(code, _kinds.Order(StringComparer.Ordinal).ToArray());
            Add("dataset.unknown-unit-kind", node, node.Path,
                $"“{node.Path}”的单位类别“{code}”未定义{(nearest is null ? string.Empty : $"，是否应为“{nearest}”")}；可用的类别：{string.Join("、", _kinds.Order(StringComparer.Ordinal))}。自定义类别请先在顶层 unitKinds 中声明。",
                $"'{node.Path}' is the unit kind '{code}', which is not known{(nearest is null ? string.Empty : $"; did you mean '{nearest}'")}? The kinds are {string.Join(", ", _kinds.Order(StringComparer.Ordinal))}; declare a kind of your own in the top-level unitKinds list first.");
            return null;
        }

        // ---- problems ---------------------------------------------------------------------------------------

        /// <summary>Builds a library object; a constructor's refusal (a rule the file's shape cannot show) becomes a problem.</summary>
        private T? Build<T>(FileObject o, Func<T> build)
            where T : class
        {
            // A value of the item is missing or wrong (already reported): nothing to build, nothing more to say.
            if (Problems.Count > _itemStart)
            {
                return null;
            }

            try
            {
                return build();
            }
            catch (ArgumentException e)
            {
                Add("dataset.invalid-value", o.Node, o.Node.Path, $"“{o.Node.Path}”无效：{e.Message}", $"'{o.Node.Path}' is invalid: {e.Message}");
                return null;
            }
        }

        /// <summary>Runs a library check and adds its problems, at the file's paths (the library names options by their configuration keys), in the chosen language.</summary>
        private T? Collect<T>(Func<T> check)
            where T : class
        {
            try
            {
                return check();
            }
            catch (TalkEngineValidationException e)
            {
                foreach (var problem in e.Problems)
                {
                    var atFile = problem.Path is { } path && path.StartsWith("TalkEngine:Demands:", StringComparison.Ordinal)
                        ? new ValidationProblem(problem.Code, problem.Message, PolicyPath(path), problem.Ids)
                        : problem;

                    // The library writes English; the file's user reads the language chosen (--lang zh by default).
                    Problems.Add(LibraryProblemText.Localize(atFile, language));
                }

                return null;
            }
            catch (CalendarYearNotCoveredException e)
            {
                Problems.Add(new ValidationProblem("dataset.year-not-covered", M(
                    string.Create(CultureInfo.InvariantCulture, $"内置的工作日历没有 {e.Year} 年的节假日安排，而该期间的约谈需要它；请选择更晚的期间，或从 sources 中删去 PreHoliday。"),
                    string.Create(CultureInfo.InvariantCulture, $"The package's working calendar has no holiday data for {e.Year}, which the period's talks need; choose a later period or remove PreHoliday from sources.")), "period"));
                return null;
            }
            catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
            {
                // A date so far from the period (0001-01-01, 9999-12-31) that a talk window cannot be computed from it.
                Problems.Add(new ValidationProblem("dataset.date-out-of-range", M(
                    "文件中有日期离期间太远，无法据此计算约谈时间窗（如 0001-01-01 或 9999-12-31）；请检查 petitions、appointments、governanceDrives 和 inspectionRounds 的日期。",
                    "A date in the file is so far from the period that no talk window can be computed from it (such as 0001-01-01 or 9999-12-31); check the dates of petitions, appointments, governanceDrives and inspectionRounds."), "$"));
                return null;
            }
        }

        /// <summary><c>TalkEngine:Demands:Petition:WindowDays</c> → <c>policies.petition.windowDays</c>; <c>…:HolidayKeys:0</c> → <c>…holidayKeys[0]</c>.</summary>
        private static string PolicyPath(string key)
        {
            var builder = new StringBuilder("policies");
            foreach (var part in key["TalkEngine:Demands:".Length..].Split(':'))
            {
                if (part.Length > 0 && part.All(char.IsAsciiDigit))
                {
                    builder.Append('[').Append(part).Append(']');
                }
                else if (part.Length > 0)
                {
                    builder.Append('.').Append(char.ToLowerInvariant(part[0])).Append(part.AsSpan(1));
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// A list the library needs at least one item of (a leader's roles, a round's units, a record's leaders): empty is
        /// reported here, at its path and in the chosen language, instead of by the constructor's English refusal.
        /// </summary>
        private void AtLeastOne<T>(FileObject o, string name, List<T> items, string chineseWhat, string englishWhat)
        {
            // Absent, of the wrong type, or with a bad item: already reported.
            if (items.Count > 0 || Problems.Count > _itemStart || o.Get(name) is not { Kind: JsonValueKind.Array } node)
            {
                return;
            }

            Add("dataset.missing", node, node.Path, $"“{node.Path}”为空；请至少给出一个{chineseWhat}。", $"'{node.Path}' is empty; give at least one {englishWhat}.");
        }

        private void Missing(FileObject o, string name, string expected)
        {
            var path = o.Path(name);
            Add("dataset.missing", o.Node, path, $"缺少“{path}”；请给出{expected}。", $"'{path}' is missing; give {expected}.");
        }

        private void WrongType(JsonTree node, string expected)
        {
            var actual = node.Kind switch
            {
                JsonValueKind.Object => M("对象", "an object"),
                JsonValueKind.Array => M("列表", "a list"),
                JsonValueKind.String => M("文本", "a text"),
                JsonValueKind.Number => M("数字", "a number"),
                JsonValueKind.True or JsonValueKind.False => "true / false",
                _ => "null",
            };
            Add("dataset.wrong-type", node, node.Path, $"“{node.Path}”应为{expected}，而不是{actual}。", $"'{node.Path}' should be {expected}, not {actual}.");
        }

        /// <summary>Adds a problem in the chosen language, with the line and column of <paramref name="at"/>.</summary>
        private void Add(string code, JsonTree at, string path, string chinese, string english)
        {
            var where = at.Place(language);
            Problems.Add(new ValidationProblem(code, _en ? $"{english} ({where})" : $"{chinese}（{where}）", path));
        }

        private string M(string chinese, string english) => _en ? english : chinese;
    }

    /// <summary>An object of the file whose properties were checked against the schema; looks names up ignoring case.</summary>
    private sealed class FileObject(JsonTree node)
    {
        public JsonTree Node { get; } = node;

        public JsonTreeProperty? Find(string name) => Node.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>The value of <paramref name="name"/>; <see langword="null"/> when absent or JSON null.</summary>
        public JsonTree? Get(string name) => Find(name)?.Value is { Kind: not JsonValueKind.Null } value ? value : null;

        public bool Has(string name) => Get(name) is not null;

        public string Path(string name) => Node.Path == "$" ? name : Node.Path + "." + name;
    }
}
