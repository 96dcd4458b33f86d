using System.CommandLine;
using System.Text;
using TalkEngine.Demands;
using TalkEngine.Samples.ConsoleApp;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Samples;

/// <summary>
/// The roster file format of <c>demo --input</c> (docs/input-format.md): no key or kind is guessed, every source of the
/// library can be entered, and every problem is reported at once with its path and place, in the chosen language.
/// </summary>
public sealed class ExampleDatasetFormatTests
{
    private const string Minimal = """
        {
          "period": { "start": "2017-01-01", "end": "2017-12-31" },
          "units": [ { "id": "U1", "name": "办公室", "kind": "hq-department", "riskLevel": "High" } ],
          "people": [ { "id": "P1", "name": "张一" } ],
          "posts": [ { "unitId": "U1", "role": "AdministrativeHead", "holderId": "P1" } ],
          "leaders": [ { "id": "L1", "name": "孙书记", "roles": [ "PartySecretary", "DisciplineSecretary" ], "supervisedUnitIds": [ "U1" ] } ]
        }
        """;

    private static IReadOnlyList<ValidationProblem> Problems(string json, OutputLanguage language = OutputLanguage.English)
    {
        var act = () => ExampleDatasetLoader.Parse(json, "roster.json", language);
        return act.Should().Throw<TalkEngineValidationException>().Which.Problems;
    }

    [Fact]
    public void Parse_MisspeltTopLevelKey_IsAnErrorNamingTheNearestKey()
    {
        var json = Minimal.Replace("\"leaders\"", "\"inspectionRound\": [], \"leaders\"");

        var problem = Problems(json).Should().ContainSingle().Subject;

        problem.Code.Should().Be("dataset.unknown-property");
        problem.Path.Should().Be("inspectionRound");
        problem.Message.Should().Contain("did you mean 'inspectionRounds'").And.Contain("line 6, column 3");
    }

    [Fact]
    public void Parse_MisspeltUnitKey_IsAnErrorNotADefaultRiskLevel()
    {
        var json = Minimal.Replace("\"riskLevel\": \"High\"", "\"riskLevel_x\": \"High\"");

        var problem = Problems(json).Should().ContainSingle().Subject;

        problem.Path.Should().Be("units[0].riskLevel_x");
        problem.Message.Should().Contain("did you mean 'riskLevel'");
    }

    [Fact]
    public void Parse_UnitKindSpeltDifferently_IsAnErrorNotANewKind()
    {
        var json = Minimal.Replace("\"kind\": \"hq-department\"", "\"kind\": \"HQ-Department\"");

        var problem = Problems(json).Should().ContainSingle().Subject;

        problem.Code.Should().Be("dataset.unknown-unit-kind");
        problem.Path.Should().Be("units[0].kind");
        problem.Message.Should().Contain("did you mean 'hq-department'").And.Contain("unitKinds");
    }

    [Fact]
    public void Parse_CustomUnitKind_AcceptedOnlyWhenDeclared()
    {
        var custom = Minimal.Replace("\"kind\": \"hq-department\"", "\"kind\": \"project-company\"");

        Problems(custom).Should().Contain(p => p.Path == "units[0].kind");
        var dataset = ExampleDatasetLoader.Parse(custom.Replace("\"units\"", "\"unitKinds\": [ \"project-company\" ], \"units\""), "roster.json");
        dataset.Roster.Units.Single().Kind.Code.Should().Be("project-company");
    }

    [Fact]
    public void Parse_ManyProblems_AllAtOnceWithPathsAndPlaces()
    {
        var json = Minimal
            .Replace("\"riskLevel\": \"High\"", "\"riskLevel\": \"Hihg\", \"colour\": \"red\"")
            .Replace("\"role\": \"AdministrativeHead\"", "\"role\": 3")
            .Replace("\"leaders\"", "\"petitions\": [ { \"caseNumber\": \"X1\", \"subjectId\": \"P1\", \"concludedOn\": \"2017-02-30\", \"finding\": \"Yes\" } ], \"leaders\"");

        var problems = Problems(json);

        problems.Select(p => p.Path).Should().BeEquivalentTo(
            "units[0].riskLevel", "units[0].colour", "posts[0].role", "petitions[0].concludedOn", "petitions[0].finding", "petitions[0].summary");
        problems.Should().OnlyContain(p => p.Message.Contains("line ", StringComparison.Ordinal));
        problems.Single(p => p.Path == "units[0].riskLevel").Message.Should().Contain("did you mean 'High'");
    }

    [Fact]
    public void Parse_Chinese_ProblemsInChinese()
    {
        var json = Minimal.Replace("\"riskLevel\": \"High\"", "\"riskLevel_x\": \"High\"");

        var problem = Problems(json, OutputLanguage.SimplifiedChinese).Should().ContainSingle().Subject;

        problem.Message.Should().Contain("是否应为“riskLevel”").And.Contain("第3行");
    }

    [Fact]
    public void Parse_ByteOrderMark_Accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        ExampleDatasetLoader.Parse(bytes, "bom.json").Roster.Units.Should().ContainSingle();
        ExampleDatasetLoader.Parse("\uFEFF" + Minimal, "bom.json").Roster.Units.Should().ContainSingle();
    }

    [Fact]
    public void Parse_DuplicateKey_RefusedNotMerged()
    {
        var json = Minimal.Replace("\"name\": \"张一\"", "\"name\": \"张一\", \"name\": \"张二\"");

        var problem = Problems(json).Should().ContainSingle().Subject;

        problem.Code.Should().Be("dataset.duplicate-property");
        problem.Path.Should().Be("people[0].name");
    }

    [Fact]
    public void Parse_ContentAfterTheRoot_RefusedWithAPlaceInsideTheFile()
    {
        var json = Minimal + " }}} not json";

        var problem = Problems(json).Should().ContainSingle().Subject;

        problem.Code.Should().Be("dataset.invalid-json");
        problem.Message.Should().Contain("line 7, column 3");
    }

    [Fact]
    public void Parse_BrokenJson_LineAndColumnInsideTheFile()
    {
        // Columns count characters, not UTF-8 bytes: 名册 are two columns, not six.
        var problem = Problems("{\n  \"units\": [ \"名册\" }").Should().ContainSingle().Subject;

        problem.Message.Should().Contain("line 2, column 19");
    }

    [Fact]
    public void Parse_SourceListedWithoutItsData_OrDataWithoutItsSource_IsAnError()
    {
        var json = Minimal.Replace("\"units\"", """
            "sources": [ "Annual", "Petition" ],
            "governanceDrives": [ { "id": "G1", "name": "专项治理", "window": { "start": "2017-09-01", "end": "2017-09-30" }, "unitIds": [ "U1" ] } ],
            "units"
            """);

        var problems = Problems(json);

        problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            ("dataset.source-without-data", "sources[1]"),
            ("dataset.data-without-source", "governanceDrives"),
        });
    }

    [Fact]
    public void Parse_PreHolidayListedButNobodyInScope_IsAnError()
    {
        var json = Minimal.Replace("\"riskLevel\": \"High\"", "\"riskLevel\": \"Low\"").Replace("\"units\"", "\"sources\": [ \"PreHoliday\" ], \"units\"");

        Problems(json).Should().ContainSingle(p => p.Code == "dataset.source-without-data" && p.Path == "sources[0]");
    }

    [Fact]
    public void Parse_PolicyOutOfRange_ReportedAtTheFilesPath()
    {
        var json = Minimal.Replace("\"units\"", "\"policies\": { \"petition\": { \"windowDays\": 0 }, \"preHoliday\": { \"holidayKey\": [] } }, \"units\"");

        var problems = Problems(json);

        problems.Should().Contain(p => p.Path == "policies.petition.windowDays");
        problems.Should().Contain(p => p.Path == "policies.preHoliday.holidayKey" && p.Message.Contains("holidayKeys", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HolidayKeyTheCalendarLacks_ReportedAtTheFilesPath()
    {
        var json = Minimal.Replace("\"units\"", "\"policies\": { \"preHoliday\": { \"holidayKeys\": [ \"chinese-new-year\" ] } }, \"units\"");

        Problems(json).Should().ContainSingle(p => p.Code == "demands.unknown-holiday" && p.Path == "policies.preHoliday.holidayKeys[0]");
    }

    [Fact]
    public void Parse_PetitionAboutSomeoneNotInTheRoster_ReportedWhenLoading()
    {
        var json = Minimal.Replace("\"leaders\"", "\"petitions\": [ { \"caseNumber\": \"X1\", \"subjectId\": \"P9\", \"concludedOn\": \"2017-03-01\", \"finding\": \"MinorProblems\", \"summary\": \"s\" } ], \"leaders\"");

        Problems(json).Should().ContainSingle(p => p.Code == RosterProblems.UnknownPerson && p.Path == "petitions[0].subjectId");
    }

    [Fact]
    public void Parse_YearTheCalendarDoesNotCover_IsAProblemNotAnException()
    {
        var json = Minimal.Replace("2017-01-01", "2040-01-01").Replace("2017-12-31", "2040-12-31");

        Problems(json).Should().ContainSingle(p => p.Code == "dataset.year-not-covered" && p.Path == "period");
    }

    [Fact]
    public void AllSourcesExample_EverySourceMakesDemands()
    {
        var dataset = ExampleDatasetLoader.Load(FindData("example-2018-all-sources.json"));

        dataset.Petitions.Should().HaveCount(2);
        dataset.GovernanceDrives.Should().ContainSingle();
        dataset.Appointments.Should().ContainSingle();
        dataset.Policies.RiskFrequency.EveryMonths.Should().Be(6);
        var run = ExampleRun.Execute(dataset, OutputLanguage.English);
        foreach (var source in Enum.GetValues<DemandSource>())
        {
            run.Demands.BySource(source).Should().NotBeEmpty($"the file runs {source}");
        }

        run.Demands.Demands.Should().Contain(d => d.Source == DemandSource.PreHoliday && d.Id.Contains("spring-festival", StringComparison.Ordinal));
        run.Demands.Demands.Should().NotContain(d => d.Source == DemandSource.PreHoliday && d.Id.Contains("labour-day", StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_InputOfAnotherYear_ShowsThatYearsCalendar()
    {
        var (code, output, error) = Run("demo", "--lang", "en", "--input", FindData("example-2018-all-sources.json"));

        code.Should().Be(0, error);
        output.Should().Contain("Working calendar (2018)").And.Contain("Holidays of 2018").And.Contain("2018 has 250 working days")
            .And.NotContain("(2017)").And.NotContain("Holidays of 2017");
    }

    [Fact]
    public void Demo_BadInput_Chinese_Exit2_EveryProblemNoStackTrace()
    {
        var path = Path.Combine(Path.GetTempPath(), $"talkengine-i8-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Minimal.Replace("\"riskLevel\"", "\"riskLevel_x\"").Replace("\"kind\": \"hq-department\"", "\"kind\": \"HQ-Department\""), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var (code, _, error) = Run("demo", "--input", path);

            code.Should().Be(2);
            error.Should().Contain("名册文件有 2 处问题").And.Contain("units[0].riskLevel_x").And.Contain("units[0].kind").And.Contain("是否应为“hq-department”")
                .And.NotContain("   at ").And.NotContain("Exception");
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- the library's problems in the chosen language (issue 8: "the loader's errors are English under --lang zh") ----

    /// <summary>A file whose problems all come from the library: the roster's checks, the policies' limits and the demand generator's checks of the data.</summary>
    private static string LibraryProblems => Minimal
        .Replace("\"units\": [", "\"policies\": { \"petition\": { \"windowDays\": 0 } }, \"units\": [ { \"id\": \"U1\", \"name\": \"重复\", \"kind\": \"hq-department\" },")
        .Replace("\"posts\": [", "\"posts\": [ { \"unitId\": \"U9\", \"role\": \"PartySecretary\", \"holderId\": \"P1\" },");

    [Theory]
    [InlineData(OutputLanguage.SimplifiedChinese, "单位 id“U1”被使用了不止一次", "“P1”的岗位所在单位“U9”不是名册中的单位", "“policies.petition.windowDays”为 0；请使用 1 到 366 之间的整数")]
    [InlineData(OutputLanguage.English, "The unit id 'U1' is used by units[0] and units[1]", "names unit 'U9', which is not a unit", "is 0; use 1 to 366 days")]
    public void Parse_LibrarysProblems_InTheChosenLanguage(OutputLanguage language, string duplicate, string unknownUnit, string outOfRange)
    {
        var problems = Problems(LibraryProblems, language);

        problems.Should().ContainSingle(p => p.Code == "roster.duplicate-unit-id" && p.Path == "units[1].id").Which.Message.Should().Contain(duplicate);
        problems.Should().ContainSingle(p => p.Code == "roster.unknown-post-unit" && p.Path == "posts[0].unitId").Which.Message.Should().Contain(unknownUnit);
        problems.Should().ContainSingle(p => p.Code == "options.out-of-range" && p.Path == "policies.petition.windowDays").Which.Message.Should().Contain(outOfRange);
        if (language == OutputLanguage.SimplifiedChinese)
        {
            problems.Should().OnlyContain(p => !p.Message.Contains(" is ", StringComparison.Ordinal) && !p.Message.Contains("which", StringComparison.Ordinal), "no English sentence under --lang zh");
        }
    }

    [Theory]
    [InlineData(OutputLanguage.SimplifiedChinese, "“P9”不在名册中；请改正 id 或添加该人员", "“chinese-new-year”不是工作日历中的节日")]
    [InlineData(OutputLanguage.English, "is about 'P9', who is not in the roster", "'chinese-new-year' is not a holiday of the calendar")]
    public void Parse_DemandGeneratorsProblems_InTheChosenLanguage(OutputLanguage language, string unknownPerson, string unknownHoliday)
    {
        var json = Minimal.Replace("\"leaders\"", "\"petitions\": [ { \"caseNumber\": \"X1\", \"subjectId\": \"P9\", \"concludedOn\": \"2017-03-01\", \"finding\": \"MinorProblems\", \"summary\": \"s\" } ], \"leaders\"")
            .Replace("\"units\"", "\"policies\": { \"preHoliday\": { \"holidayKeys\": [ \"chinese-new-year\" ] } }, \"units\"");

        var problems = Problems(json, language);

        problems.Should().ContainSingle(p => p.Code == RosterProblems.UnknownPerson && p.Path == "petitions[0].subjectId").Which.Message.Should().Contain(unknownPerson);
        problems.Should().ContainSingle(p => p.Code == "demands.unknown-holiday").Which.Message.Should().Contain(unknownHoliday);
    }

    [Theory]
    [InlineData(OutputLanguage.SimplifiedChinese, "“leaders[0].roles”为空；请至少给出一个角色", "“records[0].talkerIds”把同一位领导列了不止一次")]
    [InlineData(OutputLanguage.English, "'leaders[0].roles' is empty; give at least one role", "'records[0].talkerIds' lists a leader more than once")]
    public void Parse_ListsTheLibraryNeedsFilled_ReportedAtTheirPathInTheChosenLanguage(OutputLanguage language, string noRole, string twice)
    {
        // The constructors refuse these in English (Leader: "A leader needs at least one role"); the loader says it first.
        var json = Minimal.Replace("[ \"PartySecretary\", \"DisciplineSecretary\" ]", "[]")
            .Replace("\"leaders\"", "\"records\": [ { \"id\": \"R1\", \"date\": \"2017-03-01\", \"subjectId\": \"P1\", \"talkerIds\": [ \"L1\", \"L1\" ], \"source\": \"Annual\", \"style\": \"Reminder\" } ], \"leaders\"");

        var problems = Problems(json, language);

        problems.Should().ContainSingle(p => p.Code == "dataset.missing" && p.Path == "leaders[0].roles").Which.Message.Should().Contain(noRole);
        problems.Should().ContainSingle(p => p.Code == "dataset.duplicate-item" && p.Path == "records[0].talkerIds").Which.Message.Should().Contain(twice);
        problems.Should().NotContain(p => p.Message.Contains("needs at least one role", StringComparison.Ordinal));
    }

    [Fact]
    public void LibraryProblemText_EveryCodeTheLoaderCanMeet_HasAChineseText()
    {
        // The roster's, the demand generator's and the options' codes (the dataset.* codes are the loader's own, written in both languages).
        string[] codes =
        [
            "roster.duplicate-unit-id", "roster.duplicate-person-id", "roster.duplicate-leader-id", "roster.unknown-parent-unit", "roster.unit-cycle",
            "roster.unknown-sensitive-post", "roster.unknown-post-unit", "roster.unknown-post-holder", "roster.duplicate-post", "roster.post-held-twice",
            "roster.unknown-supervised-unit", "roster.leader-is-subject", RosterProblems.UnknownPerson, RosterProblems.UnknownUnit, RosterProblems.UnknownLeader,
            "demands.duplicate-round-id", "demands.duplicate-score", "demands.duplicate-case", "demands.no-unit", "demands.duplicate-drive-id",
            "demands.unknown-sensitive-post", "demands.duplicate-appointment", "demands.unknown-unit-kind", "demands.unknown-holiday",
            "options.out-of-range", "options.inconsistent", "options.empty", "options.null", "options.unknown-value",
        ];

        codes.Where(c => !LibraryProblemText.Knows(c)).Should().BeEmpty();
        var unknown = LibraryProblemText.Localize(new ValidationProblem("other.code", "Something new."), OutputLanguage.SimplifiedChinese);
        unknown.Message.Should().Contain("Something new.", "a code without a Chinese text keeps the library's sentence");
    }

    [Fact]
    public void Demo_LibrarysProblems_DefaultLanguage_PrintedInChinese()
    {
        var path = Path.Combine(Path.GetTempPath(), $"talkengine-i8-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, LibraryProblems);
        try
        {
            var (code, _, error) = Run("demo", "--input", path);

            code.Should().Be(2);
            error.Should().Contain("名册文件有 3 处问题").And.Contain("单位 id“U1”被使用了不止一次").And.Contain("不是名册中的单位")
                .And.Contain("请使用 1 到 366 之间的整数").And.NotContain("which is not a unit").And.NotContain("use 1 to 366");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(new DemoCommand().Build());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static string FindData(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "TalkEngine.Samples.Console", "Data", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"samples/TalkEngine.Samples.Console/Data/{file} was not found above the test binaries.");
    }
}
