using System.Globalization;
using System.Text;
using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Tests.Golden;

namespace TalkEngine.Tests.Demands;

/// <summary>
/// Pins the whole output (every field of every demand, exclusion and overlap) on a generated mid-size
/// organisation, so that performance work on the generator cannot change behaviour unnoticed. The output is
/// kept in golden files (<c>Golden/Demands/*.txt</c>) in a language-neutral form, reasons as codes with
/// arguments; a change shows as a diff of the file (rewrite with <c>UPDATE_GOLDEN=1</c>).
/// </summary>
public sealed class DemandOutputPinTests
{
    private static readonly DateInterval Year = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    [Theory]
    [InlineData(OverlapHandling.KeepApart, 877, 0, 24, 135)]
    [InlineData(OverlapHandling.Merge, 673, 184, 24, 184)]
    public void Generate_GeneratedMidSizeOrganization_OutputUnchanged(OverlapHandling overlaps, int demands, int merged, int exclusions, int overlapCount)
    {
        var generator = new DemandGenerator(new DemandOptions { Overlaps = overlaps }, WorkingCalendar.MainlandChina);

        var set = generator.Generate(BuildRequest(companies: 12, unitsPerCompany: 8, peopleCount: 900));

        (set.Demands.Count, set.Demands.Count(d => d.IsMerged), set.Exclusions.Count, set.Overlaps.Count).Should().Be((demands, merged, exclusions, overlapCount));
        GoldenFile.Check($"Demands/mid-size-{overlaps.ToString().ToLowerInvariant()}.txt", Write(set));
    }

    [Fact]
    public void Generate_LowestNSelectionAndVideoUnits_OutputUnchanged()
    {
        var options = new DemandOptions();
        options.Inspection.Selection = ScoreSelection.LowestN;
        options.Inspection.LowestCount = 4;
        options.Survey.Selection = ScoreSelection.LowestN;
        options.Survey.LowestCount = 3;
        options.Mode.VideoUnitKinds = new List<string> { UnitKind.SecondLevelUnit.Code };
        options.Mode.Default = TalkMode.Phone;
        options.RiskFrequency.EveryMonths = 5;
        options.RiskFrequency.MinimumRisk = IntegrityRiskLevel.Medium;
        options.PreHoliday.WorkingDaysBefore = 3;
        options.ExcludedStatuses = new List<PersonStatusKind> { PersonStatusKind.Seconded, PersonStatusKind.OnLeave, PersonStatusKind.Left };
        var generator = new DemandGenerator(options, WorkingCalendar.MainlandChina);

        var set = generator.Generate(BuildRequest(companies: 9, unitsPerCompany: 6, peopleCount: 500));

        (set.Demands.Count, set.Exclusions.Count, set.Overlaps.Count).Should().Be((633, 30, 82));
        GoldenFile.Check("Demands/lowest-n-video.txt", Write(set));
    }

    [Fact]
    public void Generate_EveryReasonHasATextInBothLanguages()
    {
        var set = new DemandGenerator(new DemandOptions { Overlaps = OverlapHandling.Merge }, WorkingCalendar.MainlandChina)
            .Generate(BuildRequest(companies: 12, unitsPerCompany: 8, peopleCount: 900));
        var reasons = set.Demands.SelectMany(d => d.Evidence.Select(e => e.Description).Append(d.StyleReason).Append(d.ModeReason))
            .Concat(set.Exclusions.Select(x => x.Reason)).Distinct().ToList();

        reasons.Should().OnlyContain(r => TextRenderer.Knows(r.Code));
        foreach (var reason in reasons)
        {
            TextRenderer.English.Render(reason).Should().NotContain("{").And.NotMatchRegex(@"[\u3001-\u303F\uFF01-\uFF5E]", reason.ToString());
            TextRenderer.SimplifiedChinese.Render(reason).Should().NotContain("{");
        }
    }

    /// <summary>One line per demand, exclusion and overlap; reasons in their invariant form (code and arguments).</summary>
    private static string Write(DemandSet set)
    {
        var text = new StringBuilder();
        foreach (var d in set.Demands)
        {
            text.Append(CultureInfo.InvariantCulture, $"D|{d.Id}|{d.SubjectId}|{d.UnitId}|{d.Source}|{d.Window.Start:uuuu-MM-dd}|{d.Window.End:uuuu-MM-dd}|{d.Style}|{d.StyleReason}|{d.Mode}|{d.ModeReason}|{d.RequiredLeaderId}|{d.RequiredLeaderRole}|");
            text.Append(string.Join(",", d.Sources)).Append('|');
            foreach (var e in d.Evidence)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{e.Kind};{e.Description};{e.Score};{e.Reference}]");
            }

            text.Append('\n');
        }

        foreach (var x in set.Exclusions)
        {
            text.Append(CultureInfo.InvariantCulture, $"X|{x.PersonId}|{x.UnitId}|{x.Source}|{x.Status}|{x.Reason}|{x.StatusPeriod?.Start:uuuu-MM-dd}|{x.StatusPeriod?.End:uuuu-MM-dd}\n");
        }

        foreach (var o in set.Overlaps)
        {
            text.Append(CultureInfo.InvariantCulture, $"O|{o.SubjectId}|{string.Join(",", o.DemandIds)}|{string.Join(",", o.Sources)}|{o.MergedDemandId}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The benchmark's organisation scaled down, with some variety the benchmark lacks: posts held for part of
    /// the year, people with several statuses, leaders supervising units.
    /// </summary>
    private static DemandRequest BuildRequest(int companies, int unitsPerCompany, int peopleCount)
    {
        var units = new List<Unit>();
        var posts = new List<Post>();
        var people = new List<Person>();
        var next = 0;
        string NewPerson()
        {
            var id = "P" + next.ToString("D6", CultureInfo.InvariantCulture);
            var statuses = (next % 50) switch
            {
                7 => new[] { new PersonStatus(PersonStatusKind.Seconded, Year, "parent company") },
                13 => new[] { new PersonStatus(PersonStatusKind.Left, new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 12, 31))) },
                21 => new[] { new PersonStatus(PersonStatusKind.NewlyAppointed, new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2017, 12, 31))) },
                29 => new[]
                {
                    new PersonStatus(PersonStatusKind.OnLeave, new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 4, 30)), "sick leave"),
                    new PersonStatus(PersonStatusKind.Seconded, new DateInterval(new LocalDate(2017, 5, 1), new LocalDate(2017, 9, 30))),
                },
                37 => new[] { new PersonStatus(PersonStatusKind.Seconded, new DateInterval(new LocalDate(2017, 9, 15), new LocalDate(2017, 10, 20))) },
                _ => Array.Empty<PersonStatus>(),
            };
            people.Add(new Person(id, "Person " + id, statuses));
            next++;
            return id;
        }

        void AddUnit(string id, UnitKind kind, string? parent)
        {
            var n = units.Count;
            var risk = (n % 5) switch { 3 => IntegrityRiskLevel.High, 1 => IntegrityRiskLevel.Medium, _ => IntegrityRiskLevel.Low };
            var sensitive = n % 5 == 3 || n % 7 == 2;
            units.Add(new Unit(id, "Unit " + id, kind, parent, risk, sensitive ? new[] { "procurement" } : Array.Empty<string>()));
            var admin = NewPerson();
            DateInterval? firstHalf = n % 11 == 4 ? new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 6, 30)) : null;
            posts.Add(new Post(id, PostRole.AdministrativeHead, admin, firstHalf));
            if (firstHalf is not null)
            {
                posts.Add(new Post(id, PostRole.AdministrativeHead, NewPerson(), new DateInterval(new LocalDate(2017, 7, 1), new LocalDate(2017, 12, 31))));
            }

            posts.Add(new Post(id, PostRole.PartySecretary, n % 4 == 0 ? admin : NewPerson()));
            if (sensitive)
            {
                posts.Add(new Post(id, PostRole.Deputy, n % 3 == 0 ? admin : NewPerson(), null, "procurement"));
            }
        }

        for (var d = 0; d < 6; d++)
        {
            AddUnit("D" + d.ToString("D3", CultureInfo.InvariantCulture), UnitKind.HqDepartment, null);
        }

        var companyKinds = new[] { UnitKind.EngineeringCompany, UnitKind.Subsidiary, UnitKind.SpecializedCompany };
        var secondLevel = new List<string>();
        for (var c = 0; c < companies; c++)
        {
            var company = "C" + c.ToString("D3", CultureInfo.InvariantCulture);
            AddUnit(company, companyKinds[c % 3], null);
            for (var s = 0; s < unitsPerCompany; s++)
            {
                var id = company + "-S" + s.ToString("D2", CultureInfo.InvariantCulture);
                AddUnit(id, UnitKind.SecondLevelUnit, company);
                secondLevel.Add(id);
            }
        }

        for (var i = 0; next < peopleCount; i++)
        {
            posts.Add(new Post(units[i % units.Count].Id, PostRole.Deputy, NewPerson()));
        }

        var leaders = new List<Leader>
        {
            new("L01", "Party secretary", new[] { LeaderRole.PartySecretary }, new[] { "D000" }),
            new("L02", "General manager", new[] { LeaderRole.GeneralManager }, new[] { "D001", "C000" }),
            new("L03", "Discipline secretary", new[] { LeaderRole.DisciplineSecretary }, Array.Empty<string>()),
        };
        for (var l = 4; l <= 8; l++)
        {
            leaders.Add(new Leader("L" + l.ToString("D2", CultureInfo.InvariantCulture), "Deputy " + l, new[] { LeaderRole.DeputyGeneralManager }, new[] { "C" + (l - 3).ToString("D3", CultureInfo.InvariantCulture) }));
        }

        var org = Roster.Create(units, people, posts, leaders);
        var rounds = Enumerable.Range(0, 4).Select(r =>
        {
            var inspected = secondLevel.Skip(r * 10).Take(10).ToArray();
            var scores = inspected.SelectMany(u => org.HeadsOf(u)).Select(p => p.HolderId).Distinct()
                .Select((id, k) => new EvaluationScore(id, 60 + ((k * 7) % 40))).ToArray();
            var start = new LocalDate(2017, 3, 1).PlusWeeks(r * 5);
            return new InspectionRound("R" + r.ToString("D2", CultureInfo.InvariantCulture), inspected, "L" + (4 + (r % 5)).ToString("D2", CultureInfo.InvariantCulture), new DateInterval(start, start.PlusDays(13)), scores);
        }).ToArray();
        var survey = new SatisfactionSurvey("survey-2016", 2016, Enumerable.Range(0, companies).Select(c => new UnitScore("C" + c.ToString("D3", CultureInfo.InvariantCulture), 70 + ((c * 13) % 30))).ToArray());
        var petitions = Enumerable.Range(0, 60).Select(i => new PetitionCase(
            "XF-" + i.ToString("D4", CultureInfo.InvariantCulture), "P" + ((i * 197) % peopleCount).ToString("D6", CultureInfo.InvariantCulture), new LocalDate(2017, 1, 1).PlusDays(i * 5 % 350), (PetitionFinding)(i % 3), "case " + i)).ToArray();
        var drives = new[]
        {
            new GovernanceDrive("G1", "四风", new DateInterval(new LocalDate(2017, 4, 1), new LocalDate(2017, 4, 30)), new[] { "C000", "C001", "C002" }, Array.Empty<string>()),
            new GovernanceDrive("G2", "小金库", new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 6, 30)), Array.Empty<string>(), new[] { "procurement" }),
            new GovernanceDrive("G3", "违规发放津补贴", new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 9, 30)), new[] { "D000", "D001" }, Array.Empty<string>()),
        };
        var appointments = Enumerable.Range(0, 120).Select(i => new Appointment(
            "P" + ((i * 89 + 5) % peopleCount).ToString("D6", CultureInfo.InvariantCulture), units[(i * 31) % units.Count].Id, (i % 4 == 0) ? PostRole.AdministrativeHead : PostRole.Deputy, new LocalDate(2017, 1, 10).PlusDays(i * 3 % 350))).ToArray();
        return new DemandRequest(org, Year)
        {
            InspectionRounds = rounds,
            Survey = survey,
            Petitions = petitions,
            GovernanceDrives = drives,
            Appointments = appointments.DistinctBy(a => (a.PersonId, a.UnitId, a.EffectiveDate)).ToArray(),
            Calendar = WorkingCalendar.MainlandChina,
        };
    }
}
