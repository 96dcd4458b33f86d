using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Tests.Demands;

public sealed class DemandTypesTests
{
    private static readonly DateInterval Window = new(new LocalDate(2017, 11, 1), new LocalDate(2017, 12, 31));

    private static TalkDemand Demand(string id, string subject = "P1", DemandSource source = DemandSource.Annual, IEnumerable<DemandSource>? sources = null)
        => new(id, subject, "U1", source, Window, TalkStyle.Reminder, R("routine"), TalkMode.InPerson, R("default"), sources: sources);

    private static Reason R(string code) => new("test." + code);

    [Fact]
    public void TalkDemand_NoReasons_ReasonsIsTheSource()
    {
        var demand = Demand("annual-2017-P1");

        demand.Sources.Should().Equal(DemandSource.Annual);
        demand.IsMerged.Should().BeFalse();
        demand.Evidence.Should().BeEmpty();
    }

    [Fact]
    public void TalkDemand_MergedReasons_DistinctInEnumOrder()
    {
        var demand = Demand("m", source: DemandSource.Inspection, sources: new[] { DemandSource.SatisfactionSurvey, DemandSource.Inspection, DemandSource.Annual, DemandSource.Annual });

        demand.Sources.Should().Equal(DemandSource.Annual, DemandSource.Inspection, DemandSource.SatisfactionSurvey);
        demand.IsMerged.Should().BeTrue();
    }

    [Fact]
    public void TalkDemand_BadInput_ThrowsNamingParameter()
    {
        FluentActions.Invoking(() => Demand(" ")).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => Demand("x", sources: new[] { DemandSource.Petition })).Should().Throw<ArgumentException>().WithParameterName("sources");
        FluentActions.Invoking(() => new TalkDemand("x", "P1", "U1", DemandSource.Annual, Window, TalkStyle.Reminder, R("r"), TalkMode.InPerson, R("m"), requiredLeaderId: ""))
            .Should().Throw<ArgumentException>().WithParameterName("requiredLeaderId");
        FluentActions.Invoking(() => new TalkDemand("x", "P1", "U1", DemandSource.Annual, null!, TalkStyle.Reminder, R("r"), TalkMode.InPerson, R("m")))
            .Should().Throw<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => new TalkDemand("x", "P1", "U1", DemandSource.Annual, Window, (TalkStyle)42, R("r"), TalkMode.InPerson, R("m")))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("style");
        FluentActions.Invoking(() => new TalkDemand("x", "P1", "U1", DemandSource.Annual, Window, TalkStyle.Reminder, null!, TalkMode.InPerson, R("m")))
            .Should().Throw<ArgumentNullException>().WithParameterName("styleReason");
        FluentActions.Invoking(() => new DemandEvidence("post", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new DemandExclusion("P1", null, DemandSource.Annual, PersonStatusKind.Left, null!, null)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void DemandSet_SortsAndRejectsDuplicateIds()
    {
        var set = new DemandSet(
            new[] { Demand("b"), Demand("a", "P2", DemandSource.Petition) },
            new[]
            {
                new DemandExclusion("P9", "U1", DemandSource.Annual, PersonStatusKind.Seconded, R("seconded"), Window),
                new DemandExclusion("P3", null, DemandSource.Annual, PersonStatusKind.Left, R("left"), null),
            });

        set.Demands.Select(d => d.Id).Should().Equal("a", "b");
        set.Exclusions.Select(e => e.PersonId).Should().Equal("P3", "P9");
        set.BySource(DemandSource.Petition).Select(d => d.Id).Should().Equal("a");
        set.ForSubject("P1").Select(d => d.Id).Should().Equal("b");
        FluentActions.Invoking(() => new DemandSet(new[] { Demand("a"), Demand("a") })).Should().Throw<ArgumentException>().WithParameterName("demands");
        DemandSet.Empty.Demands.Should().BeEmpty();
    }

    [Fact]
    public void DemandOverlap_NeedsTwoDemands()
    {
        var overlap = new DemandOverlap("P1", new[] { "z", "a" }, new[] { DemandSource.Inspection, DemandSource.Annual }, "merged-1");

        overlap.DemandIds.Should().Equal("a", "z");
        overlap.Sources.Should().Equal(DemandSource.Annual, DemandSource.Inspection);
        overlap.IsMerged.Should().BeTrue();
        FluentActions.Invoking(() => new DemandOverlap("P1", new[] { "a" }, new[] { DemandSource.Annual }, null)).Should().Throw<ArgumentException>().WithParameterName("DemandIds");
    }
}
