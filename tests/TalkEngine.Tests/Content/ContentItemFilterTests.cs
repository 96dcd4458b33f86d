using CsCheck;
using TalkEngine.Content;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Tests.Content;

/// <summary>The selection's pre-filter never drops an item whose conditions hold (checked against each item's conditions read one by one).</summary>
public sealed class ContentItemFilterTests
{
    private static readonly UnitKind[] Kinds = [UnitKind.HqDepartment, UnitKind.Subsidiary, UnitKind.SecondLevelUnit];
    private static readonly string[] Holidays = ["spring-festival", "national-day", "labour-day"];

    [Fact]
    public void Candidates_AnyCatalogueAndTalk_HoldEveryItemThatApplies()
    {
        // Up to 150 items: more than two 64-item words, so the word boundaries are crossed.
        var genItem = Gen.Select(
            Gen.Int[0, 15].Select(m => Bits<SubjectRole>(m)),
            Gen.Int[0, 255].Select(m => Bits<DemandSource>(m & (m >> 3))),
            Gen.Int[0, 31].Select(m => Bits<TalkStyle>(m & (m >> 2))),
            Gen.Int[0, 7].Select(m => Enumerable.Range(0, 3).Where(b => (m & (m >> 1) & (1 << b)) != 0).Select(b => Kinds[b]).ToArray()),
            Gen.Int[-1, 2],
            Gen.Bool,
            Gen.Int[0, 7].Select(m => Enumerable.Range(0, 3).Where(b => (m & (m >> 1) & (1 << b)) != 0).Select(b => Holidays[b]).ToArray()),
            Gen.Int[0, 3].Select(m => Enumerable.Range(2016, 2).Where(y => (m & (1 << (y - 2016))) != 0 && m != 3).ToArray()));
        var genTalk = Gen.Select(Gen.Int[0, 15], Gen.Int[1, 255], Gen.Int[0, 4], Gen.Int[-1, 2], Gen.Int[0, 2], Gen.Bool, Gen.Int[-1, 3], Gen.Int[2016, 2017]);
        Gen.Select(genItem.Array[0, 150], genTalk.Array[1, 8]).Sample((specs, talks) =>
        {
            var items = specs.Select((s, i) => new ContentItem(
                $"i{i}", ContentItemKind.BaseRequirement, new LocalizedText("文", "text"), new LocalizedText("文", "text"),
                s.Item1, s.Item2, s.Item3, s.Item4, s.Item5 < 0 ? null : (IntegrityRiskLevel)s.Item5, s.Item6, s.Item7, s.Item8,
                null, null, 0, false)).ToArray();
            var filter = new ContentItemFilter(items);
            foreach (var (roles, sources, style, kind, risk, sensitive, holiday, year) in talks)
            {
                var unitKind = kind < 0 ? string.Empty : Kinds[kind].Code;
                var holidayKey = holiday < 0 ? null : holiday == 3 ? "qingming-festival" : Holidays[holiday];
                var expected = items.Select((item, i) => (item, i))
                    .Where(x => Holds(x.item, roles, sources, (TalkStyle)style, unitKind, (IntegrityRiskLevel)risk, sensitive, holidayKey, year))
                    .Select(x => x.i).ToArray();

                var candidates = filter.Candidates(roles, sources, (TalkStyle)style, unitKind, (IntegrityRiskLevel)risk, sensitive, holidayKey, year);

                candidates.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
                // Without date conditions the filter is exact, not only a superset.
                candidates.Should().Equal(expected);
            }
        });
    }

    [Fact]
    public void Candidates_EmptyCatalogue_None()
        => new ContentItemFilter([]).Candidates(1, 1, TalkStyle.Reminder, string.Empty, IntegrityRiskLevel.Low, false, null, 2017).Should().BeEmpty();

    // Each condition as the catalogue documents it: no list means any value; a list means one of its values.
    private static bool Holds(ContentItem item, int roles, int sources, TalkStyle style, string unitKind, IntegrityRiskLevel risk, bool sensitive, string? holiday, int year)
        => (item.Roles.Count == 0 || item.Roles.Any(r => (roles & (1 << (int)r)) != 0))
            && (item.Sources.Count == 0 || item.Sources.Any(s => (sources & (1 << (int)s)) != 0))
            && (item.Styles.Count == 0 || item.Styles.Contains(style))
            && (item.UnitKinds.Count == 0 || item.UnitKinds.Any(k => k.Code == unitKind))
            && (item.MinRiskLevel is not { } min || risk >= min)
            && (!item.SensitivePostOnly || sensitive)
            && (item.Holidays.Count == 0 || (holiday is not null && item.Holidays.Contains(holiday)))
            && (item.Years.Count == 0 || item.Years.Contains(year));

    private static TEnum[] Bits<TEnum>(int mask)
        where TEnum : struct, Enum
        => Enum.GetValues<TEnum>().Where(v => (mask & (1 << Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))) != 0).ToArray();
}
