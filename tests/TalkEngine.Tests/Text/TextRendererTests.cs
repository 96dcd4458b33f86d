using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using TalkEngine.Demands;
using Xunit;

namespace TalkEngine.Tests.Text;

public sealed class TextRendererTests
{
    private static readonly Regex Placeholder = new(@"\{([a-zA-Z0-9]+)(?::([a-z-]+))?\}", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> Kinds = ["source", "sources", "style", "mode", "status", "post-role", "leader-role", "leader-roles", "unit-kind", "period", "list", "holiday", "reason", "person-times", "unit-kinds", "status-counts", "theme-counts", "leader-title", "talks", "subject-role", "subject-roles", "plan-state", "plan-action", "plan-actions"];

    // Where the languages say different things by design: who held a source's talks is, in Chinese, the role the
    // leaders share (or just "leaders"), in English their number.
    private static readonly HashSet<string> DifferentArguments = ["coverage.summary.by-shared-role", "coverage.summary.by-leaders"];

    [Fact]
    public void Fill_KindsRenderInTheLanguage()
    {
        var reason = Reason.Of("x", ("source", "satisfaction-survey"), ("sources", "annual,inspection"), ("period", "2017-01-01/2017-12-31"), ("leader", "L03"));
        const string template = "{leader} {source:source} {sources:sources} {period:period}";
        TextRenderer.SimplifiedChinese.Fill(template, reason).Should().Be("L03 满意度测评 年度约谈、巡察 2017-01-01至2017-12-31");
        TextRenderer.English.Fill(template, reason).Should().Be("L03 satisfaction survey annual round, inspection 2017-01-01 to 2017-12-31");
    }

    [Fact]
    public void Fill_HolidayKind_NamesTheKeyFromTheCalendarData_OrKeepsAnUnknownKey()
    {
        var reason = Reason.Of("x", "holiday", "spring-festival", "other", "founders-day");
        const string template = "{holiday:holiday}/{other:holiday}";
        TextRenderer.SimplifiedChinese.Fill(template, reason).Should().Be("春节/founders-day");
        TextRenderer.English.Fill(template, reason).Should().Be("Spring Festival/founders-day");
    }

    [Fact]
    public void Fill_ReasonKind_FillsTheQuotedCodeFromTheSameArguments()
    {
        var merged = Reason.Of("demands.merged", ("sources", "annual,inspection"), ("basis", "demands.petition-minor-problems"), ("case", "XF-1"));
        TextRenderer.SimplifiedChinese.Render(merged).Should().Be("合并约谈（年度约谈、巡察），取最严格的方式：信访件 XF-1 反映问题情节轻微：警示式。");
        TextRenderer.English.Render(merged).Should().Be("Merged talk (annual round, inspection), in the sternest style: Petition XF-1 found minor problems: warning.");
    }

    [Fact]
    public void Fill_ReasonKind_UnknownOrSelfQuotingCode_Terminates()
    {
        TextRenderer.English.Fill("{basis:reason}", Reason.Of("x", "basis", "no.such-code")).Should().Be("no.such-code");
        TextRenderer.English.Render(Reason.Of("demands.merged-demand", "source", "annual", "basis", "demands.merged-demand")).Should().StartWith("annual round: annual round: ");
    }

    [Fact]
    public void Fill_SummaryKinds_AreWordedByTheLanguage()
    {
        var reason = Reason.Of("x", ("one", "1"), ("many", "49"), ("kinds", "hq-department,research-institute,subsidiary"), ("excluded", "seconded:1,on-leave:2"), ("role", "discipline-secretary"));
        const string template = "{one:person-times}/{many:person-times}/{kinds:unit-kinds}/{excluded:status-counts}/{role:leader-title}";
        TextRenderer.SimplifiedChinese.Fill(template, reason).Should().Be("1人次/49人次/本部部门、research-institute、子公司/1人借调、2人休假/纪委书记");
        TextRenderer.English.Fill(template, reason).Should().Be("1 person-time/49 person-times/HQ departments, research-institute and subsidiaries/1 seconded, 2 on leave/the discipline secretary");
    }

    [Fact]
    public void Fill_TalksKind_CountsTalksInTheLanguage()
    {
        var reason = Reason.Of("x", "one", "1", "many", "3");
        TextRenderer.English.Fill("{one:talks}/{many:talks}", reason).Should().Be("1 talk/3 talks");
        TextRenderer.SimplifiedChinese.Fill("{one:talks}/{many:talks}", reason).Should().Be("1次/3次");
    }

    [Fact]
    public void Fill_ListKinds_KeepAnEscapedCommaInsideAValue()
    {
        var reason = Reason.Of("x", ("names", TextRenderer.ListArgument(["Li, Wei", @"a\b", "赵四"])), ("themes", TextRenderer.ListArgument(["Rules, roles:2"])));
        reason["names"].Should().Be(@"Li\, Wei,a\\b,赵四");
        TextRenderer.English.Fill("{names:list} / {themes:theme-counts}", reason).Should().Be(@"Li, Wei, a\b, 赵四 / Rules, roles (2)");
    }

    [Fact]
    public void Render_Clauses_EnglishPutsNoSpaceBeforeAClosingMark()
    {
        var clauses = new[] { Reason.Of("coverage.summary.no-talks"), Reason.Of("coverage.summary.annual-shared", "talkers", "2", "average", "1") };
        TextRenderer.English.Render(clauses).Should().Be("No valid talk record was kept in the period; the annual round was shared by 2 leaders, 1 each on average");
        TextRenderer.SimplifiedChinese.Render(clauses).Should().Be("本期没有有效的约谈记录；年度约谈由2人分担，人均约谈1人次");
    }

    [Fact]
    public void Render_UnknownCode_KeepsCodeAndArguments()
        => TextRenderer.English.Render(Reason.Of("nobody.knows", "a", "1")).Should().Be("nobody.knows(a=1)");

    [Fact]
    public void Codes_AreKebabCaseOfTheEnumName()
    {
        Codes.Of(DemandSource.SatisfactionSurvey).Should().Be("satisfaction-survey");
        Codes.TryParse<DemandSource>("pre-holiday", out var source).Should().BeTrue();
        source.Should().Be(DemandSource.PreHoliday);
    }

    [Fact]
    public void Reason_EqualityIsByCodeAndArguments()
    {
        var a = new Reason("c", [new("x", "1"), new("y", "2")]);
        a.Should().Be(Reason.Of("c", "x", "1", "y", "2"));
        a.Should().NotBe(Reason.Of("c", "x", "1"));
        a.GetHashCode().Should().Be(Reason.Of("c", "x", "1", "y", "2").GetHashCode());
        a["y"].Should().Be("2");
        a.Arguments.Keys.Should().Equal("x", "y");
    }

    [Fact]
    public void Reason_RepeatedArgument_Throws()
        => FluentActions.Invoking(() => new Reason("c", [new("x", "1"), new("x", "2")])).Should().Throw<System.ArgumentException>().WithMessage("*'x'*twice*");

    [Fact]
    public void Templates_BothLanguagesUseTheSamePlaceholdersOfKnownKinds_AndEnglishHasNoChinese()
    {
        var templates = TextRenderer.AllTemplates;
        foreach (var t in templates)
        {
            var zh = Placeholder.Matches(t.Chinese).Select(m => m.Value).OrderBy(v => v, System.StringComparer.Ordinal);
            var en = Placeholder.Matches(t.English).Select(m => m.Value).OrderBy(v => v, System.StringComparer.Ordinal);
            if (!DifferentArguments.Contains(t.Code))
            {
                zh.Distinct().Should().BeEquivalentTo(en.Distinct(), t.Code);
            }

            // (OnlyContain fails on an empty collection, so list the unknown kinds instead: a template without kinds passes.)
            Placeholder.Matches(t.English).Select(m => m.Groups[2].Value).Where(k => k.Length > 0 && !Kinds.Contains(k)).Should().BeEmpty(t.Code);
            t.English.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}", t.Code);
            t.Chinese.Count(c => c == '{').Should().Be(t.Chinese.Count(c => c == '}'), t.Code);
        }
    }

    [Fact]
    public void Templates_CodesAreUniqueAcrossCapabilities()
    {
        var all = new[] { TalkEngine.Organization.OrganizationTexts.All, TalkEngine.Calendar.CalendarTexts.All, DemandsTexts.All, TalkEngine.Balancing.BalancingTexts.All, TalkEngine.Records.RecordsTexts.All, TalkEngine.Coverage.CoverageTexts.All, TalkEngine.Planning.PlanningTexts.All }.SelectMany(t => t).Select(t => t.Code).ToList();
        all.Should().OnlyHaveUniqueItems();
    }
}
