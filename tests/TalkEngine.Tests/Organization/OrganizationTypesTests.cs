using TalkEngine.Organization;

namespace TalkEngine.Tests.Organization;

public sealed class OrganizationTypesTests
{
    [Fact]
    public void UnitKind_WellKnown_HasCodesAndNames()
    {
        UnitKind.HqDepartment.Code.Should().Be("hq-department");
        UnitKind.EngineeringCompany.DisplayName().Should().Be("工程公司");
        UnitKind.SpecializedCompany.DisplayName(OutputLanguage.English).Should().Be("Specialised company");
        new UnitKind("subsidiary").Should().Be(UnitKind.Subsidiary);
        new UnitKind("overseas-branch").DisplayName().Should().Be("overseas-branch");
    }

    [Fact]
    public void UnitKind_EmptyCode_Throws()
    {
        var act = () => new UnitKind(" ");

        act.Should().Throw<ArgumentException>().WithParameterName("Code");
    }

    [Fact]
    public void Unit_BadInput_ThrowsNamingParameter()
    {
        FluentActions.Invoking(() => new Unit("", "n", UnitKind.Subsidiary, null, IntegrityRiskLevel.Low)).Should().Throw<ArgumentException>().WithParameterName("Id");
        FluentActions.Invoking(() => new Unit("U1", "n", default, null, IntegrityRiskLevel.Low)).Should().Throw<ArgumentException>().WithParameterName("Kind");
        FluentActions.Invoking(() => new Unit("U1", "n", UnitKind.Subsidiary, "", IntegrityRiskLevel.Low)).Should().Throw<ArgumentException>().WithParameterName("ParentId");
        FluentActions.Invoking(() => new Unit("U1", "n", UnitKind.Subsidiary, null, (IntegrityRiskLevel)9)).Should().Throw<ArgumentException>().WithParameterName("RiskLevel");
        FluentActions.Invoking(() => new Unit("U1", "n", UnitKind.Subsidiary, null, IntegrityRiskLevel.High, new[] { "procurement", "procurement" }))
            .Should().Throw<ArgumentException>().WithParameterName("SensitivePosts");
    }

    [Fact]
    public void Unit_SensitivePosts_AreCopied()
    {
        var posts = new[] { "finance" };
        var unit = new Unit("U1", "n", UnitKind.Subsidiary, null, IntegrityRiskLevel.High, posts);
        posts[0] = "changed";

        unit.SensitivePosts.Should().Equal("finance");
        unit.HasSensitivePosts.Should().BeTrue();
    }

    [Fact]
    public void Person_StatusOn_ActiveOutsideStatusesAndLatestWhenOverlapping()
    {
        var seconded = new PersonStatus(PersonStatusKind.Seconded, new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2017, 12, 31)), "parent company");
        var onLeave = new PersonStatus(PersonStatusKind.OnLeave, new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 6, 30)));
        var person = new Person("P1", "Zhang", new[] { onLeave, seconded });

        person.Statuses.Should().Equal(seconded, onLeave);
        person.StatusOn(new LocalDate(2017, 2, 28)).Should().Be(PersonStatusKind.Active);
        person.StatusOn(new LocalDate(2017, 3, 1)).Should().Be(PersonStatusKind.Seconded);
        person.StatusOn(new LocalDate(2017, 6, 15)).Should().Be(PersonStatusKind.OnLeave);
        person.StatusRecordOn(new LocalDate(2017, 7, 1)).Should().Be(seconded);
        person.StatusesDuring(new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 3, 1))).Should().Equal(seconded);
    }

    [Fact]
    public void Post_Periods_OpenEndedHeldAlways()
    {
        var open = new Post("U1", PostRole.PartySecretary, "P1");
        var bounded = new Post("U1", PostRole.Deputy, "P1", new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 1, 31)));

        open.IsHeadPost.Should().BeTrue();
        bounded.IsHeadPost.Should().BeFalse();
        open.IsHeldOn(new LocalDate(1990, 1, 1)).Should().BeTrue();
        bounded.IsHeldOn(new LocalDate(2017, 2, 1)).Should().BeFalse();
        bounded.IsHeldDuring(new DateInterval(new LocalDate(2016, 12, 1), new LocalDate(2017, 1, 1))).Should().BeTrue();
        bounded.IsHeldDuring(new DateInterval(new LocalDate(2017, 2, 1), new LocalDate(2017, 3, 1))).Should().BeFalse();
    }

    [Fact]
    public void Leader_Roles_DistinctSortedAndRequired()
    {
        var leader = new Leader("L1", "Li", new[] { LeaderRole.DisciplineSecretary, LeaderRole.Deputy, LeaderRole.DisciplineSecretary }, new[] { "U1" });

        leader.Roles.Should().Equal(LeaderRole.DisciplineSecretary, LeaderRole.Deputy);
        leader.HasRole(LeaderRole.DisciplineSecretary).Should().BeTrue();
        FluentActions.Invoking(() => new Leader("L1", "Li", Array.Empty<LeaderRole>(), Array.Empty<string>())).Should().Throw<ArgumentException>().WithParameterName("Roles");
        FluentActions.Invoking(() => new Leader("L1", "Li", new[] { LeaderRole.Other }, new[] { "U1", "U1" })).Should().Throw<ArgumentException>().WithParameterName("SupervisedUnitIds");
    }
}
