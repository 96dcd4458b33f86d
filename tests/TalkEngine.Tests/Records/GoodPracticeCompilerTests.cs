using TalkEngine.Demands;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Records;

public sealed class GoodPracticeCompilerTests
{
    [Fact]
    public void Compile_GroupsByThemeThenUnit_OrderedWithSources()
    {
        var records = new[]
        {
            Record("R3", "P2", 11, 2, practices: [new GoodPractice("廉洁风险防控", "分包结算双人复核"), new GoodPractice("家风建设", "廉洁家书")]),
            Record("R1", "P1", 10, 9, practices: [new GoodPractice("廉洁风险防控", "采购比价公示")]),
            Record("R2", "P5", 10, 9, DemandSource.Inspection, practices: [new GoodPractice("廉洁风险防控", "用车登记")]),
            Record("R4", "P404", 10, 9, practices: [new GoodPractice("廉洁风险防控", "rejected record: not compiled")]),
            Record("R5", "P1", 10, 9, unitId: "EC1", practices: [new GoodPractice("廉洁风险防控", "from the record's own unit")]),
        };
        var validation = new TalkRecordValidator().Validate(Create(), records);

        var digest = GoodPracticeCompiler.Compile(validation, Year2017);

        digest.Count.Should().Be(5);
        digest.Themes.Select(t => t.Theme).Should().Equal("家风建设", "廉洁风险防控");
        var risk = digest.Themes[1];
        risk.Units.Select(u => u.UnitId).Should().Equal("EC1", "HQ1");
        risk.Units[0].Entries.Select(e => e.RecordId).Should().Equal("R5", "R3");
        risk.Units[1].Entries.Select(e => e.RecordId).Should().Equal("R1", "R2");
        risk.Units[1].UnitName.Should().Be("办公室");
        var entry = risk.Units[1].Entries[1];
        entry.SubjectName.Should().Be("钱五");
        entry.Source.Should().Be(DemandSource.Inspection);
        entry.LeaderIds.Should().Equal("L1");
    }

    [Fact]
    public void Compile_OutsidePeriod_LeftOut()
    {
        var validation = new TalkRecordValidator().Validate(Create(), [Record("R1", "P1", 10, 9, practices: [new GoodPractice("t", "d")])]);

        GoodPracticeCompiler.Compile(validation, new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 6, 30))).Themes.Should().BeEmpty();
    }
}
