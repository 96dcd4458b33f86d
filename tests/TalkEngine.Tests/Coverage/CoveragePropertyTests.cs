using CsCheck;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Coverage;

public sealed class CoveragePropertyTests
{
    private static readonly string[] Subjects = ["P1", "P2", "P3", "P4", "P5", "P404"];
    private static readonly string[] Leaders = ["L1", "L2", "P1", "X9"];
    private static readonly DemandSource[] SourcesUsed = [DemandSource.Annual, DemandSource.Inspection, DemandSource.SatisfactionSurvey];

    private static readonly Gen<(int Subject, int Leader, int DayOffset, int Source)> RecordGen =
        Gen.Select(Gen.Int[0, Subjects.Length - 1], Gen.Int[0, Leaders.Length - 1], Gen.Int[-40, 400], Gen.Int[0, SourcesUsed.Length - 1]);

    [Fact]
    public void Compute_MatchesBruteForce()
    {
        var roster = Create();
        var demands = AnnualDemands();
        var calculator = new CoverageCalculator();
        RecordGen.Array[0, 25].Sample(
            raw =>
            {
                var records = raw.Select((r, i) => new TalkRecord(
                    $"R{i}", Year2017.Start.PlusDays(r.DayOffset), Subjects[r.Subject], [Leaders[r.Leader]], SourcesUsed[r.Source], TalkStyle.Reminder, TalkMode.InPerson)).ToArray();

                var report = calculator.Compute(roster, demands, records, Year2017);

                // Brute force: a record counts when dated in the year, its subject is in the roster and
                // active that day, and every talker is known and is not the subject.
                bool Counts(TalkRecord r)
                {
                    var person = roster.FindPerson(r.SubjectId);
                    return Year2017.Contains(r.Date)
                        && person is not null
                        && person.StatusOn(r.Date) is not (PersonStatusKind.Seconded or PersonStatusKind.Left or PersonStatusKind.OnLeave)
                        && r.LeaderIds.All(t => t != r.SubjectId && (roster.FindLeader(t) is not null || roster.FindPerson(t) is not null));
                }

                var counted = records.Where(Counts).ToArray();
                var required = demands.Demands.Select(d => d.SubjectId).Distinct().Order(StringComparer.Ordinal).ToArray();
                var covered = required.Where(p => counted.Any(r => r.SubjectId == p)).ToArray();

                report.Required.Select(p => p.PersonId).Should().Equal(required);
                report.Covered.Should().Equal(covered);
                report.Rate.Should().Be(new CoverageRate(covered.Length, required.Length));
                report.PersonTimes.Total.Should().Be(counted.Length);
                foreach (var source in SourcesUsed)
                {
                    report.PersonTimes.Of(source).Should().Be(counted.Count(r => r.Source == source));
                }

                report.PeopleTalkedTo.Should().Be(counted.Select(r => r.SubjectId).Distinct().Count());
                report.ByLeader.Sum(t => t.PersonTimes).Should().Be(counted.Length);
                report.ByUnit.Sum(u => u.PersonTimes).Should().Be(counted.Length - report.PersonTimesWithoutUnit);
            },
            iter: 300);
    }
}
