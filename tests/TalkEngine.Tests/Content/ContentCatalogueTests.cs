using System.Text;
using Microsoft.Extensions.Configuration;
using NodaTime;
using TalkEngine.Content;
using TalkEngine.Demands;

namespace TalkEngine.Tests.Content;

public sealed class ContentCatalogueTests
{
    private const string Minimal = """
        { "version": "t.1",
          "lists": [ { "id": "six", "name": { "zh": "六慎", "en": "six prudences" }, "members": [ { "zh": "慎独", "en": "alone" }, { "zh": "慎微", "en": "small things" } ] } ],
          "items": [ { "id": "a", "kind": "base-requirement", "priority": 5, "text": { "zh": "做到“六慎”：{list:six}。", "en": "Practise {list:six}." } } ] }
        """;

    [Fact]
    public void Default_LoadsEveryKindInBothLanguages_WithTheGlossaryLists()
    {
        var catalogue = ContentCatalogue.Default;

        catalogue.Version.Should().Be("2017.1");
        catalogue.Items.Select(i => i.Kind).Distinct().Order().Should().Equal(
            ContentItemKind.BaseRequirement, ContentItemKind.RoleFocus, ContentItemKind.TopicalRequirement, ContentItemKind.StyleGuidance,
            ContentItemKind.SourcePoint, ContentItemKind.Question, ContentItemKind.Commitment, ContentItemKind.Effect);
        catalogue.Items.Select(i => i.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        catalogue.Items.Should().OnlyContain(i => !i.Text.Chinese.Contains('{') && !i.Text.English.Contains('{'));
        catalogue.FindList("six-prudences")!.Members.Select(m => m.Chinese).Should().Equal("慎独", "慎微", "慎权", "慎欲", "慎终", "慎友");
        catalogue.FindList("four-kinds-of-people")!.Members.Select(m => m.Chinese).Should().Equal("自己", "家属", "身边工作人员", "部下");
        catalogue.Find("base.six-prudences")!.Text.Chinese.Should().Be("做到“六慎”：慎独、慎微、慎权、慎欲、慎终、慎友，守住廉洁自律底线。");
        Enum.GetValues<TalkStyle>().Should().OnlyContain(s => catalogue.Items.Count(i => i.Kind == ContentItemKind.StyleGuidance && i.Styles.Contains(s)) == 1);
        catalogue.Items.Where(i => i.Holidays.Count > 0).SelectMany(i => i.Holidays).Should().BeEquivalentTo(
            "new-years-day", "spring-festival", "qingming-festival", "labour-day", "dragon-boat-festival", "mid-autumn-festival", "national-day");
    }

    [Fact]
    public void Parse_Minimal_FillsTheListInEachLanguage()
    {
        var catalogue = ContentCatalogue.Parse(Minimal);

        catalogue.Find("a")!.Text.Should().Be(new LocalizedText("做到“六慎”：慎独、慎微。", "Practise alone, small things."));
        catalogue.Find("a")!.Priority.Should().Be(5);
    }

    [Fact]
    public void Parse_EveryProblem_ReportedAtOnceWithItsPath()
    {
        const string json = """
            { "version": "t",
              "items": [
                { "id": "a", "kind": "role-focus", "roles": ["Secertary"], "text": { "zh": "甲" } },
                { "id": "a", "kind": "effect", "text": { "zh": "乙", "en": "b" } },
                { "id": "c", "kind": "evidence", "sources": ["inspektion"], "styles": ["care"], "holidays": ["xmas"], "from": "2018-01-01", "to": "2017-12-31", "text": { "zh": "{list:nope}", "en": "x" } },
                { "id": "d", "kind": "question", "minRisk": "extreme", "text": { "zh": "丁", "en": "d" } }
              ],
              "overrides": [ { "id": "zzz", "kind": "effect", "text": { "zh": "z", "en": "z" } } ],
              "retire": [ { "id": "missing", "from": "2018-01-01" } ] }
            """;

        var act = () => ContentCatalogue.Parse(json);

        var problems = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => p.ToString()).ToList();
        problems.Should().Contain("[content.unknown-role] items[0].roles[0]: unknown role 'Secertary'; use one of administrative-head, party-secretary, both, deputy.");
        problems.Should().Contain(p => p.StartsWith("[content.missing-translation] items[0].text.en:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("[content.duplicate-item-id] items[1].id:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("[content.unknown-kind] items[2].kind:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("[content.unknown-source] items[2].sources[0]: unknown source 'inspektion'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("[content.unknown-holiday] items[2].holidays[0]:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("[content.period-ends-before-start] items[2].to:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("[content.unknown-risk-level] items[3].minRisk:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("[content.unknown-override] overrides[0].id:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("[content.unknown-item] retire[0].id:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownList_NamesTheNearest()
    {
        var json = Minimal.Replace("{list:six}。\"", "{list:sx}。\"", StringComparison.Ordinal);

        var act = () => ContentCatalogue.Parse(json);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("[content.unknown-list] items[0].text.zh: The text of 'a' quotes list 'sx', which the catalogue does not have (did you mean 'six'?).");
    }

    [Theory]
    [InlineData("{ \"version\": \"x\", \"itemz\": [] }", "$.itemz")]
    [InlineData("{ \"version\": \"x\", \"items\": [ { \"id\": 3 } ] }", "$.items[0].id")]
    [InlineData("[", "$")]
    public void Parse_MalformedOrUnknownKey_OneProblemWithPath(string json, string path)
    {
        var act = () => ContentCatalogue.Parse(json);

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("content.malformed-json");
        problem.Path.Should().Be(path);
    }

    [Fact]
    public void Parse_Extension_AddsOverridesReplacesListsAndRetires()
    {
        const string extension = """
            { "version": "acme.2",
              "lists": [ { "id": "six-prudences", "name": { "zh": "六慎", "en": "six prudences" }, "members": [ { "zh": "慎初", "en": "at the start" } ] } ],
              "items": [ { "id": "acme.safety", "kind": "role-focus", "roles": ["administrative-head"], "unitKinds": ["engineering-company"], "text": { "zh": "安全", "en": "Safety" } } ],
              "overrides": [ { "id": "effect.discipline", "kind": "effect", "priority": 1, "text": { "zh": "新", "en": "New" } } ],
              "retire": [ { "id": "topical.2017.two-studies", "from": "2017-07-01" } ] }
            """;

        var catalogue = ContentCatalogue.Parse(extension, ContentCatalogue.Default);

        catalogue.Version.Should().Be("2017.1+acme.2");
        catalogue.Items.Should().HaveCount(ContentCatalogue.Default.Items.Count + 1);
        catalogue.Find("acme.safety")!.UnitKinds.Should().Equal(new TalkEngine.Organization.UnitKind("engineering-company"));
        catalogue.Find("effect.discipline")!.Text.English.Should().Be("New");
        catalogue.Find("base.six-prudences")!.Text.Chinese.Should().Be("做到“六慎”：慎初，守住廉洁自律底线。");
        catalogue.Find("topical.2017.two-studies")!.EffectiveTo.Should().Be(new LocalDate(2017, 6, 30));
        ContentCatalogue.Default.Find("base.six-prudences")!.Text.Chinese.Should().Contain("慎终");
    }

    [Fact]
    public void Parse_ExtensionAddingAnExistingId_AsksForAnOverride()
    {
        const string extension = """{ "items": [ { "id": "effect.discipline", "kind": "effect", "text": { "zh": "新", "en": "New" } } ] }""";

        var act = () => ContentCatalogue.Parse(extension, ContentCatalogue.Default);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Contain("\"overrides\"");
    }

    [Fact]
    public void Load_StreamOverTheLimit_IsRefused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));

        var act = () => ContentCatalogue.Load(stream, maxBytes: 100);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be("content.too-large");
    }

    [Fact]
    public void FromOptions_BoundFromConfiguration_ReadsTheFileAndExtensions()
    {
        var directory = Directory.CreateTempSubdirectory("talkengine-content-");
        try
        {
            var extension = Path.Combine(directory.FullName, "ext.json");
            File.WriteAllText(extension, """{ "version": "e", "retire": [ { "id": "style.care", "from": "2000-01-01" } ] }""");
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["TalkEngine:Content:ExtensionFiles:0"] = extension,
            }).Build();
            var options = new TalkEngineOptions();
            TalkEngineConfigurationBinder.Bind(configuration.GetSection("TalkEngine"), options);

            var catalogue = ContentCatalogue.FromOptions(options.Content);

            catalogue.Version.Should().Be("2017.1+e");
            catalogue.Find("style.care")!.EffectiveTo.Should().Be(new LocalDate(1999, 12, 31));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void FromOptions_BadSettings_ListsEveryProblem()
    {
        var options = new ContentOptions { CatalogueFile = " ", ExtensionFiles = ["", "x.json"], MaxCatalogueBytes = 0 };

        var act = () => ContentCatalogue.FromOptions(options);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => p.Path).Should().Equal(
            "TalkEngine:Content:CatalogueFile", "TalkEngine:Content:ExtensionFiles:0", "TalkEngine:Content:MaxCatalogueBytes");
    }
}
