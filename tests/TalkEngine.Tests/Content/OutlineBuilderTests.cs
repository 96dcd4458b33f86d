using System.Text.Json;
using CsCheck;
using NodaTime;
using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Records;

namespace TalkEngine.Tests.Content;

public sealed class OutlineBuilderTests
{
    private static readonly DateInterval Autumn2017 = new(new LocalDate(2017, 9, 1), new LocalDate(2017, 12, 29));
    private static readonly DateInterval Autumn2018 = new(new LocalDate(2018, 9, 1), new LocalDate(2018, 12, 28));

    private static readonly Roster Org = Roster.Create(
        [
            new Unit("HQ01", "财务部", UnitKind.HqDepartment, null, IntegrityRiskLevel.High, ["采购"]),
            new Unit("EC01", "第一工程公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.Low),
        ],
        [new Person("P01", "张一"), new Person("P02", "王二"), new Person("P03", "李三"), new Person("P04", "赵四")],
        [
            new Post("HQ01", PostRole.AdministrativeHead, "P01"),
            new Post("HQ01", PostRole.PartySecretary, "P01"),
            new Post("EC01", PostRole.AdministrativeHead, "P02"),
            new Post("EC01", PostRole.PartySecretary, "P03"),
            new Post("HQ01", PostRole.Deputy, "P04", null, "采购"),
        ],
        [new Leader("L01", "刘书记", [LeaderRole.PartySecretary], ["HQ01"]), new Leader("L02", "陈纪委书记", [LeaderRole.DisciplineSecretary], [])]);

    private readonly OutlineBuilder _builder = new(ContentCatalogue.Default, Org);

    [Fact]
    public void Build_AdministrativeHeadAnnual2017_WhatByPriorityWithRoleAndYearItems()
    {
        var (talk, demand) = Annual("P02", "EC01", Autumn2017);

        var outline = _builder.Build(talk, demand);

        outline.Roles.Should().Equal(SubjectRole.AdministrativeHead);
        outline.Sections.Select(s => s.Question).Should().Equal(OutlineQuestion.What, OutlineQuestion.How, OutlineQuestion.Problems, OutlineQuestion.Effect);
        outline.Sections[0].Items.Select(i => i.Id).Should().Equal(
            "base.one-post-dual-responsibility", "base.three-responsibilities", "base.four-kinds-of-people", "base.six-prudences",
            "role.administrative-head.dual", "role.administrative-head.risk-controls", "source.annual.four-headings",
            "topical.2017.two-studies", "topical.2017.consciousness-and-thinking", "topical.2017.branch-duties", "topical.2017.set-an-example");
        outline.Sections[0].Items[4].Why.Should().Be(Reason.Of("content.why.role", "role", "administrative-head"));
        outline.Sections[0].Items[7].Why.Should().Be(Reason.Of("content.why.year", "year", "2017"));
        outline.Sections[1].Items.Select(i => i.Id).Should().Equal("style.reminder", "arrangement.style", "arrangement.mode", "arrangement.attendees", "arrangement.window");
        outline.Sections[1].Items[1].Why.Should().BeSameAs(demand.StyleReason);
        outline.Sections[3].Items.Select(i => i.Id).Should().Equal("effect.discipline", "effect.both-hands");
        outline.Questions.Select(i => i.Id).Should().Equal("question.dual-responsibility", "question.risk-points", "question.good-practices");
        outline.Commitments.Select(i => i.Id).Should().Equal("commitment.pledge");
        outline.FollowUp.Should().BeEmpty();
    }

    [Fact]
    public void Build_BothHeadPostsInAHighRiskUnit_BothFocusesAndTheRiskItems()
    {
        var (talk, demand) = Annual("P01", "HQ01", Autumn2017);

        var outline = _builder.Build(talk, demand);

        outline.Roles.Should().Equal(SubjectRole.AdministrativeHead, SubjectRole.PartySecretary, SubjectRole.Both);
        var what = outline.Sections[0].Items.Select(i => i.Id).ToList();
        what.Should().Contain(["role.administrative-head.dual", "role.party-secretary.two-responsibilities", "role.both.concentrated-power", "source.high-risk.bell"]);
        outline.Sections[0].Items.Single(i => i.Id == "role.both.concentrated-power").Why.Should().Be(Reason.Of("content.why.role", "role", "both"));
        outline.Sections[0].Items.Single(i => i.Id == "source.high-risk.bell").Why.Should().Be(Reason.Of("content.why.risk.high"));
        outline.Commitments.Select(i => i.Id).Should().Equal("commitment.pledge", "commitment.risk-controls");
        outline.RenderMarkdown(TextRenderer.SimplifiedChinese).Should().Contain("- 谈话对象：张一，党政一肩挑\n");
    }

    [Fact]
    public void Build_Year2018_GeneralTopicalRequirementsInsteadOf2017s()
    {
        var (talk, demand) = Annual("P03", "EC01", Autumn2018);

        var outline = _builder.Build(talk, demand);

        var topical = outline.Sections[0].Items.Where(i => i.Kind == ContentItemKind.TopicalRequirement).ToList();
        topical.Select(i => i.Id).Should().Equal("topical.general.latest-deployment", "topical.general.annual-work-meeting");
        topical[0].Why.Should().Be(Reason.Of("content.why.general-year", "year", "2018"));
        outline.Sections[0].Items.Select(i => i.Id).Should().Contain("role.party-secretary.four-winds");
    }

    [Fact]
    public void Build_PreHolidayForASensitiveDeputy_HolidayAndSensitivePostPoints()
    {
        var holiday = new DemandEvidence("holiday", Reason.Of("demands.holiday", "holiday", "mid-autumn-festival", "date", "2017-10-01"), null, "mid-autumn-festival");
        var window = new DateInterval(new LocalDate(2017, 9, 25), new LocalDate(2017, 9, 29));
        var demand = new TalkDemand("pre-holiday-2017-mid-autumn-festival-P04", "P04", "HQ01", DemandSource.PreHoliday, window, TalkStyle.Reminder, Reason.Of("demands.style-default"), TalkMode.Phone, Reason.Of("demands.mode-default"), evidence: [holiday]);
        var talk = Talk(demand, "L02");

        var outline = _builder.Build(talk, demand);

        outline.Roles.Should().Equal(SubjectRole.Deputy);
        var what = outline.Sections[0].Items;
        what.Single(i => i.Id == "source.pre-holiday.mid-autumn-national-day").Why.Should().Be(Reason.Of("content.why.holiday", "holiday", "mid-autumn-festival"));
        what.Single(i => i.Id == "source.sensitive-post.controls").Why.Should().Be(Reason.Of("content.why.sensitive-post", "post", "采购"));
        what.Select(i => i.Id).Should().NotContain("source.pre-holiday.spring-festival");
        outline.Sections[2].Items.Should().ContainSingle().Which.Fact.Should().BeSameAs(holiday.Description);
        outline.RenderText(TextRenderer.English).Should().Contain("Why: Before Mid-Autumn Festival.");
    }

    [Fact]
    public void Build_RecordsWithCommitments_FollowsUpTheOpenOnesAndBringsTheLastProblemsForward()
    {
        var (talk, demand) = Annual("P02", "EC01", Autumn2017);
        var june = new TalkRecord("R1", new LocalDate(2017, 6, 10), "P02", ["L01"], DemandSource.Inspection, TalkStyle.Warning, TalkMode.InPerson,
            problemsFound: ["分包结算不规范"],
            commitments: [new Commitment("整改分包结算", new LocalDate(2017, 8, 31)), new Commitment("补齐台账", new LocalDate(2017, 7, 31)), new Commitment("明年再议", new LocalDate(2018, 6, 30))]);
        var july = new TalkRecord("R2", new LocalDate(2017, 8, 1), "P02", ["L02"], DemandSource.SatisfactionSurvey, TalkStyle.Reminder, TalkMode.Phone,
            problemsFound: ["台账仍不完整"])
        {
            Reviews = [new CommitmentReview("R1", 2, CommitmentOutcome.Partly)],
        };
        var otherSubject = new TalkRecord("R3", new LocalDate(2017, 6, 1), "P03", ["L01"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson,
            commitments: [new Commitment("别人的承诺", new LocalDate(2017, 7, 1))]);

        var outline = _builder.Build(talk, demand, [july, otherSubject, june]);

        outline.FollowUp.Select(i => i.Id).Should().Equal("follow-up.R1.1");
        outline.FollowUp[0].Fact.Should().Be(Reason.Of("content.fact.follow-up", "commitment", "整改分包结算", "due", "2017-08-31"));
        outline.FollowUp[0].Why.Should().Be(Reason.Of("content.why.open-commitment", "date", "2017-06-10", "record", "R1", "due", "2017-08-31"));
        outline.Sections[2].Items.Select(i => i.Id).Should().Equal("previous-problem.R2.1", "unfulfilled.R1.2");
        outline.Sections[2].Items[1].Render(TextRenderer.SimplifiedChinese).Should().Be("上次约谈复核：承诺“补齐台账”仅部分兑现。");
    }

    [Fact]
    public void Build_ReviewedCommitment_LeavesTheNextOutline()
    {
        var (talk, demand) = Annual("P02", "EC01", Autumn2017);
        var made = new TalkRecord("R1", new LocalDate(2017, 6, 10), "P02", ["L01"], DemandSource.Inspection, TalkStyle.Warning, TalkMode.InPerson,
            commitments: [new Commitment("整改分包结算", new LocalDate(2017, 8, 31))]);
        var review = new TalkRecord("R2", new LocalDate(2017, 8, 30), "P02", ["L02"], DemandSource.Inspection, TalkStyle.Reminder, TalkMode.Phone)
        {
            Reviews = [new CommitmentReview("R1", 1, CommitmentOutcome.Fulfilled)],
        };

        _builder.Build(talk, demand, [made]).FollowUp.Should().ContainSingle();
        var after = _builder.Build(talk, demand, [made, review]);

        after.FollowUp.Should().BeEmpty();
        after.Sections[2].Items.Should().BeEmpty();
    }

    [Fact]
    public void RenderMarkdown_Chinese_ExactHeadAndSections()
    {
        var (talk, demand) = Annual("P02", "EC01", Autumn2017);

        var markdown = _builder.Build(talk, demand).RenderMarkdown(TextRenderer.SimplifiedChinese);

        markdown.Should().StartWith(
            "# 约谈提纲：王二（第一工程公司）\n\n" +
            "- 约谈需求：annual-2017-P02（年度约谈）\n" +
            "- 谈话对象：王二，行政一把手\n" +
            "- 谈话人：刘书记\n" +
            "- 时间：2017-09-01至2017-12-29\n" +
            "- 内容目录：2017.1\n\n" +
            "## 一、谈什么\n\n" +
            "1. 落实“一岗双责”：业务工作与党风廉政建设同谋划、同部署、同落实、同检查。\n" +
            "   - 依据：每次约谈都保留的基本要求。\n" +
            "2. 履行好“三个责任”：党组织主体责任、纪检组织监督责任、领导干部“一岗双责”。\n");
        markdown.Should().Contain("## 三、解决什么问题\n\n（无）\n");
        markdown.Should().Contain("## 需要取得的表态\n\n1. 就落实“一岗双责”和廉洁自律作出表态。\n   - 依据：适用于每次约谈。\n");
        markdown.Should().NotContain("跟进以往的承诺");
    }

    [Fact]
    public void RenderText_English_PlainIndented()
    {
        var (talk, demand) = Annual("P02", "EC01", Autumn2017);

        var text = _builder.Build(talk, demand).RenderText(TextRenderer.English);

        text.Should().StartWith("Talk outline: 王二 (第一工程公司)\n\nDemand: annual-2017-P02 (annual round)\nSubject: 王二, administrative head\n");
        text.Should().Contain("\n1. What to talk about\n\n  1. Carry out \"one post, dual responsibilities\"");
        text.Should().Contain("\n     Why: A base requirement of every talk.\n");
        text.Should().NotContain("#");
    }

    [Fact]
    public void Build_SameTalkAnyRecordOrder_ByteIdenticalOutput()
    {
        var (talk, demand) = Annual("P02", "EC01", Autumn2017);
        var records = Enumerable.Range(1, 6).Select(i => new TalkRecord($"R{i}", new LocalDate(2017, i, 3), "P02", ["L01"], DemandSource.Inspection, TalkStyle.Warning, TalkMode.InPerson,
            problemsFound: [$"问题{i}"], commitments: [new Commitment($"承诺{i}", new LocalDate(2017, i + 1, 1))])).ToArray();
        var expected = _builder.Build(talk, demand, records);
        var expectedMarkdown = expected.RenderMarkdown(TextRenderer.SimplifiedChinese);
        var expectedJson = JsonSerializer.Serialize(expected, TalkEngineJson.TypeInfo<TalkOutline>());

        Gen.Int[0, 719].Sample(seed =>
        {
            var shuffled = records.OrderBy(r => (r.Id.GetHashCode(StringComparison.Ordinal) ^ seed) & 0xffff).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
            var outline = new OutlineBuilder(ContentCatalogue.Default, Org).Build(talk, demand, shuffled);
            return outline.RenderMarkdown(TextRenderer.SimplifiedChinese) == expectedMarkdown
                && JsonSerializer.Serialize(outline, TalkEngineJson.TypeInfo<TalkOutline>()) == expectedJson;
        });
        expected.FollowUp.Select(i => i.Id).Should().Equal("follow-up.R1.1", "follow-up.R2.1", "follow-up.R3.1", "follow-up.R4.1", "follow-up.R5.1", "follow-up.R6.1");
        expected.Sections[2].Items.Select(i => i.Id).Should().Equal("previous-problem.R6.1");
    }

    [Fact]
    public void Serialize_Outline_ItemsWithKindTextFactAndWhy()
    {
        var (talk, demand) = Annual("P02", "EC01", Autumn2017);

        var json = JsonSerializer.Serialize(_builder.Build(talk, demand), TalkEngineJson.TypeInfo<TalkOutline>());

        json.Should().StartWith("{\"demandId\":\"annual-2017-P02\",\"subjectId\":\"P02\",\"subjectName\":\"\\u738B\\u4E8C\"");
        json.Should().Contain("\"sections\":[{\"question\":\"what\",\"items\":[{\"id\":\"base.one-post-dual-responsibility\",\"kind\":\"base-requirement\",\"text\":{\"chinese\":");
        json.Should().Contain("{\"id\":\"arrangement.mode\",\"kind\":\"arrangement\",\"fact\":{\"code\":\"content.fact.mode\",\"args\":{\"mode\":\"in-person\"}}");
    }

    [Fact]
    public void Build_TalkOfAnotherDemand_Throws()
    {
        var (talk, _) = Annual("P02", "EC01", Autumn2017);
        var (_, other) = Annual("P03", "EC01", Autumn2017);

        var act = () => _builder.Build(talk, other);

        act.Should().Throw<ArgumentException>().WithParameterName("demand");
    }

    [Fact]
    public void Renderer_KnowsEveryContentCode()
    {
        var codes = typeof(ContentTexts).GetFields().Where(f => f.IsLiteral && !((string)f.GetRawConstantValue()!).EndsWith('.')).Select(f => (string)f.GetRawConstantValue()!);

        codes.Should().OnlyContain(code => TextRenderer.Knows(code));
    }

    [Fact]
    public void RenderMarkdown_HostTextWithMarkdown_EscapedSoItAddsNoStructure()
    {
        var roster = Roster.Create(
            [new Unit("EC01", "第一*工程*公司", UnitKind.EngineeringCompany, null, IntegrityRiskLevel.Low)],
            [new Person("P02", "王二\n# 假标题 [链接](http://x) `代码`")],
            [new Post("EC01", PostRole.AdministrativeHead, "P02")],
            [new Leader("L01", "刘_书记_", [LeaderRole.PartySecretary], ["EC01"])]);
        var record = new TalkRecord("R1", new LocalDate(2017, 6, 10), "P02", ["L01"], DemandSource.Inspection, TalkStyle.Warning, TalkMode.InPerson,
            problemsFound: ["问题\n## 注入"],
            commitments: [new Commitment("整改<b>结算</b> | 表格", new LocalDate(2017, 8, 31))]);
        var (talk, demand) = Annual("P02", "EC01", Autumn2017);

        var outline = new OutlineBuilder(ContentCatalogue.Default, roster).Build(talk, demand, [record]);
        var markdown = outline.RenderMarkdown(TextRenderer.SimplifiedChinese);
        var text = outline.RenderText(TextRenderer.SimplifiedChinese);

        markdown.Split('\n').Where(l => l.StartsWith('#')).Should().HaveCount(8, "only the title and the seven parts are headings");
        markdown.Should().Contain("王二 # 假标题 \\[链接\\](http://x) \\`代码\\`").And.Contain("第一\\*工程\\*公司").And.Contain("刘\\_书记\\_")
            .And.Contain("问题 ## 注入").And.Contain("整改\\<b\\>结算\\</b\\> \\| 表格");
        markdown.Should().NotContain("[链接](").And.NotContain("<b>");
        text.Should().Contain("王二\n# 假标题 [链接](http://x) `代码`", "plain text is not Markdown and is not escaped");
    }

    private static (PlannedTalk Talk, TalkDemand Demand) Annual(string subject, string unit, DateInterval window)
    {
        var demand = new TalkDemand($"annual-{window.Start.Year}-{subject}", subject, unit, DemandSource.Annual, window, TalkStyle.Reminder, Reason.Of("demands.style-default"), TalkMode.InPerson, Reason.Of("demands.mode-default"));
        return (Talk(demand, "L01"), demand);
    }

    private static PlannedTalk Talk(TalkDemand demand, string leader)
        => new(demand.Id, demand.SubjectId, demand.UnitId, leader, demand.Source, demand.Window, demand.Style, demand.Mode);
}
