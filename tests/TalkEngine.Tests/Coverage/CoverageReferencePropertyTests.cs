using CsCheck;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using static TalkEngine.Tests.Records.RosterFixture;

namespace TalkEngine.Tests.Coverage;

/// <summary>
/// The optimised <see cref="CoverageCalculator.Compute"/> (int indexes, arrays, counting sorts) against a
/// plain LINQ reference written here, on small random records: several talkers, demand links (right,
/// wrong subject, unknown), unit overrides, scheduled talks and both qualifying policies.
/// </summary>
public sealed class CoverageReferencePropertyTests
{
    internal static readonly string[] Subjects = ["P1", "P2", "P3", "P4", "P5", "P404"];
    internal static readonly string[] Leaders = ["L1", "L2", "P1", "P5", "X9"];
    internal static readonly string?[] DemandLinks = [null, null, "annual-2017-P1", "annual-2017-P2", "inspection-2017-P2", "nope"];
    internal static readonly string?[] UnitIds = [null, null, null, "EC1", "SUB1"];
    internal static readonly DemandSource[] SourcesUsed = [DemandSource.Annual, DemandSource.Inspection, DemandSource.SatisfactionSurvey];

    internal static readonly Gen<(int Subject, int Leader, int Second, int DayOffset, int Source, int Demand, int Unit)> RecordGen =
        Gen.Select(
            Gen.Int[0, Subjects.Length - 1],
            Gen.Int[0, Leaders.Length - 1],
            Gen.Int[-3, Leaders.Length - 1],
            Gen.Int[-40, 400],
            Gen.Int[0, SourcesUsed.Length - 1],
            Gen.Int[0, DemandLinks.Length - 1],
            Gen.Int[0, UnitIds.Length - 1]);

    internal static readonly Gen<(int Subject, int DayOffset, int Source, bool ForDemand)> ScheduledGen =
        Gen.Select(Gen.Int[0, Subjects.Length - 1], Gen.Int[-40, 400], Gen.Int[0, SourcesUsed.Length - 1], Gen.Bool);

    [Fact]
    public void Compute_MatchesLinqReference()
    {
        var roster = Create();
        var demands = GeneratedDemands();

        Gen.Select(RecordGen.Array[0, 30], ScheduledGen.Array[0, 4], Gen.Bool).Sample(
            (raw, rawScheduled, annualOnly) =>
            {
                var records = GeneratedRecords(raw, (i, _) => $"R{i % 23}");
                var scheduled = GeneratedScheduled(rawScheduled);
                var options = new CoverageOptions();
                if (annualOnly)
                {
                    options.QualifyingSources = new HashSet<DemandSource> { DemandSource.Annual };
                }

                var report = new CoverageCalculator(options).Compute(roster, demands, records, Year2017, scheduled);

                AssertMatchesReference(report, roster, demands, scheduled, annualOnly);
            },
            iter: 400);
    }

    /// <summary>Demands of the generated records: the annual ones plus windows inside, across and after 2017, two of them overlapping.</summary>
    internal static DemandSet GeneratedDemands()
    {
        var annual = AnnualDemands();
        return new DemandSet(
            annual.Demands.Concat(
            [
                Demand("P2", "EC1", DemandSource.Inspection, new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 6, 30))),

                // Overlaps the one above, same subject and source: one unlinked talk may answer both.
                Demand("P2", "EC1", DemandSource.Inspection, new DateInterval(new LocalDate(2017, 6, 20), new LocalDate(2017, 7, 20)), id: "inspection-2017-P2-second"),
                Demand("P5", "HQ1", DemandSource.SatisfactionSurvey, new DateInterval(new LocalDate(2016, 11, 1), new LocalDate(2017, 2, 28))),
                Demand("P1", "EC1", DemandSource.Inspection, new DateInterval(new LocalDate(2018, 3, 1), new LocalDate(2018, 3, 31))),
            ]),
            annual.Exclusions);
    }

    /// <summary>Records from generated tuples; <paramref name="id"/> names record i dated on the given day.</summary>
    internal static TalkRecord[] GeneratedRecords(
        (int Subject, int Leader, int Second, int DayOffset, int Source, int Demand, int Unit)[] raw,
        Func<int, LocalDate, string> id)
        => raw.Select((r, i) => new TalkRecord(
            id(i, Year2017.Start.PlusDays(r.DayOffset)),
            Year2017.Start.PlusDays(r.DayOffset),
            Subjects[r.Subject],
            r.Second < 0 || r.Second == r.Leader ? [Leaders[r.Leader]] : [Leaders[r.Leader], Leaders[r.Second]],
            SourcesUsed[r.Source],
            TalkStyle.Reminder,
            TalkMode.InPerson,
            DemandLinks[r.Demand],
            unitId: UnitIds[r.Unit])).ToArray();

    /// <summary>Scheduled talks from generated tuples.</summary>
    internal static ScheduledTalk[] GeneratedScheduled((int Subject, int DayOffset, int Source, bool ForDemand)[] raw)
        => raw.Select(s => new ScheduledTalk(
            Subjects[s.Subject], SourcesUsed[s.Source], Year2017.Start.PlusDays(s.DayOffset), s.ForDemand ? $"annual-2017-{Subjects[s.Subject]}" : null)).ToArray();

    private static void AssertMatchesReference(CoverageReport report, TalkEngine.Organization.Roster roster, DemandSet demands, ScheduledTalk[] scheduled, bool annualOnly)
    {
        var valid = report.Validation.Valid;
        bool Qualifies(DemandSource s) => !annualOnly || s == DemandSource.Annual;
        bool HasSource(TalkDemand d, DemandSource s) => d.Source == s || d.Sources.Contains(s);
        var meeting = demands.Demands.Where(d => d.Window.Start <= Year2017.End && d.Window.End >= Year2017.Start).ToArray();
        var requiredDemands = meeting.Where(d => HasSource(d, DemandSource.Annual)).ToArray();

        // Required people with their demands, qualifying talks and first talk.
        var required = requiredDemands
            .GroupBy(d => d.SubjectId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var talks = valid.Where(r => r.SubjectId == g.Key && Qualifies(r.Source)).ToArray();
                var first = talks.OrderBy(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault();
                return (Id: g.Key, Unit: g.OrderBy(d => d.Id, StringComparer.Ordinal).First().UnitId, Demands: g.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray(), Talks: talks.Length, First: first);
            })
            .ToArray();
        report.Required.Select(p => (p.PersonId, p.UnitId, string.Join(",", p.DemandIds), p.QualifyingTalks, p.FirstRecordId, p.FirstTalkDate))
            .Should().Equal(required.Select(p => (p.Id, (string?)p.Unit, string.Join(",", p.Demands), p.Talks, p.First?.Id, p.First?.Date)));
        report.Excluded.Select(e => e.PersonId).Should().Equal(
            demands.Exclusions.Where(e => e.Source == DemandSource.Annual && required.All(p => p.Id != e.PersonId)).Select(e => e.PersonId).Distinct().Order(StringComparer.Ordinal));

        // Person-times and talkers.
        report.PersonTimes.Total.Should().Be(valid.Count);
        report.PeopleTalkedTo.Should().Be(valid.Select(r => r.SubjectId).Distinct().Count());
        var talkers = valid.SelectMany(r => r.LeaderIds.Select(t => (Leader: t, Record: r)))
            .GroupBy(x => x.Leader)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Select(x => x.Record.SubjectId).Distinct().Count(),
                string.Join(",", SourcesUsed.Where(s => g.Any(x => x.Record.Source == s)).Select(s => $"{s}={g.Count(x => x.Record.Source == s)}"))));
        report.ByLeader.Select(t => (t.LeaderId, t.PersonTimes, t.PeopleTalkedTo, string.Join(",", t.BySource.Select(s => $"{s.Source}={s.Count}"))))
            .Should().Equal(talkers);

        // Units: required and covered people per unit.
        var byUnit = required.GroupBy(p => p.Unit).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Count(p => p.Talks > 0)));
        report.ByUnit.Where(u => u.Required > 0).Select(u => (u.UnitId, u.Required, u.Covered)).Should().Equal(byUnit);
        report.ByUnitKind.Sum(k => k.Required).Should().Be(required.Length);
        report.ByUnitKind.Sum(k => k.PersonTimes).Should().Be(valid.Count - report.PersonTimesWithoutUnit);

        // Answered demands and the projection.
        bool Links(TalkRecord r, TalkDemand d) => r.DemandId == d.Id && r.SubjectId == d.SubjectId;
        bool Unlinked(TalkRecord r) => !demands.Demands.Any(d => Links(r, d));
        bool Answered(TalkDemand d) => valid.Any(r => Links(r, d))
            || valid.Any(r => Unlinked(r) && r.SubjectId == d.SubjectId && HasSource(d, r.Source) && d.Window.Contains(r.Date));
        var unanswered = meeting.Where(d => !Answered(d)).ToArray();
        var extra = scheduled.Where(s => Year2017.Contains(s.Date) && (s.DemandId is null || demands.Demands.All(d => d.Id != s.DemandId))).ToArray();
        var newlyCovered = unanswered.SelectMany(d => d.Sources.Append(d.Source).Select(s => (d.SubjectId, Source: s))).Concat(extra.Select(s => (s.SubjectId, s.Source)))
            .Where(x => Qualifies(x.Source) && required.Any(p => p.Id == x.SubjectId && p.Talks == 0))
            .Select(x => x.SubjectId).Distinct().Order(StringComparer.Ordinal).ToArray();
        var covered = required.Count(p => p.Talks > 0);

        // With no as-of date the projection looks from the period's first day: every unanswered demand and scheduled
        // talk is still possible (person-times), and those for a required person not yet covered change the rate.
        bool ChangesRate(string subject, DemandSource source) => Qualifies(source) && required.Any(p => p.Id == subject && p.Talks == 0);
        bool DemandChangesRate(TalkDemand d) => d.Sources.Append(d.Source).Any(s => ChangesRate(d.SubjectId, s));
        report.Projection.AsOf.Should().Be(Year2017.Start);
        report.Projection.PendingTalks.Should().Be(unanswered.Count(DemandChangesRate) + extra.Count(s => ChangesRate(s.SubjectId, s.Source)));
        report.Projection.PersonTimes.Should().Be(valid.Count + unanswered.Length + extra.Length);
        report.Projection.NewlyCovered.Should().Equal(newlyCovered);
        report.Projection.Rate.Should().Be(new CoverageRate(covered + newlyCovered.Length, required.Length));
        report.BySource.Select(s => (s.Source, s.Demands, s.DemandsAnswered))
            .Should().Equal(SourcesUsed
                .Where(s => meeting.Any(d => HasSource(d, s)) || valid.Any(r => r.Source == s))
                .Select(s => (s, meeting.Count(d => HasSource(d, s)), meeting.Count(d => HasSource(d, s) && Answered(d)))));
    }
}
