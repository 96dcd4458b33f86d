using TalkEngine.Demands;
using TalkEngine.Records;

namespace TalkEngine.Tests.Records;

public sealed class TalkRecordTests
{
    private static readonly LocalDate Day = new(2017, 10, 9);

    [Fact]
    public void Constructor_Valid_KeepsEverything()
    {
        var record = new TalkRecord(
            "R1", Day, "P1", ["L1", "L2"], DemandSource.Annual, TalkStyle.Warning, TalkMode.Video,
            demandId: "annual-2017-P1", recorderId: "S1", unitId: "HQ1",
            topics: ["一岗双责"], problemsFound: ["台账不全"],
            commitments: [new Commitment("补齐台账", new LocalDate(2017, 11, 30))],
            goodPractices: [new GoodPractice(" 廉洁风险防控 ", "分包结算双人复核")]);

        record.LeaderIds.Should().Equal("L1", "L2");
        record.Style.Should().Be(TalkStyle.Warning);
        record.Mode.Should().Be(TalkMode.Video);
        record.DemandId.Should().Be("annual-2017-P1");
        record.ProblemsFound.Should().Equal("台账不全");
        record.Commitments.Single().DueDate.Should().Be(new LocalDate(2017, 11, 30));
        record.GoodPractices.Single().Theme.Should().Be("廉洁风险防控");
    }

    [Fact]
    public void Constructor_NoLeader_ThrowsNamingLeaderIds()
    {
        var act = () => new TalkRecord("R1", Day, "P1", [], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson);
        act.Should().Throw<ArgumentException>().WithParameterName("leaderIds").WithMessage("*R1*no leader*");
    }

    [Fact]
    public void Constructor_LeaderTwice_ThrowsNamingLeaderIds()
    {
        var act = () => new TalkRecord("R1", Day, "P1", ["L1", "L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson);
        act.Should().Throw<ArgumentException>().WithParameterName("leaderIds").WithMessage("*more than once*");
    }

    [Theory]
    [InlineData("", "P1", "id")]
    [InlineData("R1", " ", "subjectId")]
    public void Constructor_EmptyId_ThrowsNamingParameter(string id, string subject, string parameter)
    {
        var act = () => new TalkRecord(id, Day, subject, ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson);
        act.Should().Throw<ArgumentException>().WithParameterName(parameter);
    }

    [Fact]
    public void Constructor_EmptyTopic_ThrowsNamingTopics()
    {
        var act = () => new TalkRecord("R1", Day, "P1", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson, topics: ["ok", " "]);
        act.Should().Throw<ArgumentException>().WithParameterName("topics").WithMessage("Item 1*");
    }

    [Fact]
    public void Constructor_EmptyDemandId_ThrowsNamingDemandId()
    {
        var act = () => new TalkRecord("R1", Day, "P1", ["L1"], DemandSource.Annual, TalkStyle.Reminder, TalkMode.InPerson, demandId: "");
        act.Should().Throw<ArgumentException>().WithParameterName("demandId");
    }

    [Fact]
    public void Constructor_UndefinedStyle_Throws()
    {
        var act = () => new TalkRecord("R1", Day, "P1", ["L1"], DemandSource.Annual, (TalkStyle)42, TalkMode.InPerson);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("style");
    }

    [Fact]
    public void GoodPractice_EmptyTheme_ThrowsNamingTheme()
    {
        var act = () => new GoodPractice(" ", "x");
        act.Should().Throw<ArgumentException>().WithParameterName("theme");
    }
}
