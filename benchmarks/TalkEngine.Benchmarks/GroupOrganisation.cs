using System.Globalization;
using NodaTime;
using TalkEngine.Calendar;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Records;

namespace TalkEngine.Benchmarks;

/// <summary>
/// The generated benchmark organisation, deterministic: 20 HQ departments and 200 companies with 50 second-level units
/// each (10,220 units), two heads per unit (one in ten 一肩挑), deputies up to the requested number of people, one unit
/// in ten high-risk with a sensitive procurement post, 1% seconded, 0.5% left; 12 leaders. Sources: 10 inspection rounds
/// of 50 units, a survey of the 200 companies, 500 petitions, 3 drives, 1,000 appointments, the 2017 mainland-China
/// calendar. Shared by the benchmarks and the ASP.NET host's load test (linked there as source).
/// </summary>
internal static class GroupOrganisation
{
    private static readonly DateInterval Year = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    /// <summary>The organisation's year as a demand request.</summary>
    /// <param name="peopleCount">The people: heads first, then deputies up to this number.</param>
    /// <param name="companies">The companies (200: 10,220 units; 29: 1,499 units, the organisation the rooms' repair was measured on).</param>
    public static DemandRequest Build(int peopleCount, int companies = 200)
    {
        var units = new List<Unit>();
        var posts = new List<Post>();
        var people = new List<Person>();
        var next = 0;
        string NewPerson()
        {
            var id = "P" + next.ToString("D6", CultureInfo.InvariantCulture);
            var statuses = (next % 200) switch
            {
                7 or 107 => new[] { new PersonStatus(PersonStatusKind.Seconded, Year, "parent company") },
                13 => new[] { new PersonStatus(PersonStatusKind.Left, new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 12, 31))) },
                21 or 121 => new[] { new PersonStatus(PersonStatusKind.NewlyAppointed, new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2017, 12, 31))) },
                _ => Array.Empty<PersonStatus>(),
            };
            people.Add(new Person(id, "Person " + id, statuses));
            next++;
            return id;
        }

        void AddUnit(string id, UnitKind kind, string? parent)
        {
            var high = units.Count % 10 == 3;
            units.Add(new Unit(id, "Unit " + id, kind, parent, high ? IntegrityRiskLevel.High : IntegrityRiskLevel.Low, high ? new[] { "procurement" } : Array.Empty<string>()));
            var admin = NewPerson();
            posts.Add(new Post(id, PostRole.AdministrativeHead, admin));
            posts.Add(new Post(id, PostRole.PartySecretary, units.Count % 10 == 0 ? admin : NewPerson()));
            if (high)
            {
                posts.Add(new Post(id, PostRole.Deputy, NewPerson(), null, "procurement"));
            }
        }

        for (var d = 0; d < 20; d++)
        {
            AddUnit("D" + d.ToString("D3", CultureInfo.InvariantCulture), UnitKind.HqDepartment, null);
        }

        var companyKinds = new[] { UnitKind.EngineeringCompany, UnitKind.Subsidiary, UnitKind.SpecializedCompany };
        var secondLevel = new List<string>();
        for (var c = 0; c < companies; c++)
        {
            var company = "C" + c.ToString("D3", CultureInfo.InvariantCulture);
            AddUnit(company, companyKinds[c % 3], null);
            for (var s = 0; s < 50; s++)
            {
                var id = company + "-S" + s.ToString("D2", CultureInfo.InvariantCulture);
                AddUnit(id, UnitKind.SecondLevelUnit, company);
                secondLevel.Add(id);
            }
        }

        // Deputies fill the roster up to the requested size, spread over the units.
        for (var i = 0; next < peopleCount; i++)
        {
            posts.Add(new Post(units[i % units.Count].Id, PostRole.Deputy, NewPerson()));
        }

        var leaders = new List<Leader>
        {
            new("L01", "Party secretary", new[] { LeaderRole.PartySecretary }, Array.Empty<string>()),
            new("L02", "General manager", new[] { LeaderRole.GeneralManager }, Array.Empty<string>()),
            new("L03", "Discipline secretary", new[] { LeaderRole.DisciplineSecretary }, Array.Empty<string>()),
        };
        for (var l = 4; l <= 12; l++)
        {
            leaders.Add(new Leader("L" + l.ToString("D2", CultureInfo.InvariantCulture), "Deputy " + l, new[] { LeaderRole.DeputyGeneralManager }, Array.Empty<string>()));
        }

        var org = Roster.Create(units, people, posts, leaders);
        var rounds = Enumerable.Range(0, 10).Select(r =>
        {
            var inspected = secondLevel.Skip(r * 50).Take(50).ToArray();
            var scores = inspected.SelectMany(u => org.HeadsOf(u)).Select(p => p.HolderId).Distinct()
                .Select((id, k) => new EvaluationScore(id, 60 + ((k * 7) % 40))).ToArray();
            var start = new LocalDate(2017, 3, 1).PlusWeeks(r * 3);
            return new InspectionRound("R" + r.ToString("D2", CultureInfo.InvariantCulture), inspected, "L" + (4 + (r % 9)).ToString("D2", CultureInfo.InvariantCulture), new DateInterval(start, start.PlusDays(13)), scores);
        }).ToArray();
        var survey = new SatisfactionSurvey("survey-2016", 2016, Enumerable.Range(0, companies).Select(c => new UnitScore("C" + c.ToString("D3", CultureInfo.InvariantCulture), 70 + ((c * 13) % 30))).ToArray());
        var petitions = Enumerable.Range(0, 500).Select(i => new PetitionCase(
            "XF-" + i.ToString("D4", CultureInfo.InvariantCulture), "P" + ((i * 197) % peopleCount).ToString("D6", CultureInfo.InvariantCulture), new LocalDate(2017, 1, 1).PlusDays(i % 330), (PetitionFinding)(i % 3), "case " + i)).ToArray();
        var drives = new[]
        {
            new GovernanceDrive("G1", "四风", new DateInterval(new LocalDate(2017, 4, 1), new LocalDate(2017, 4, 30)), new[] { "C000", "C001", "C002" }, Array.Empty<string>()),
            new GovernanceDrive("G2", "小金库", new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 6, 30)), Array.Empty<string>(), new[] { "procurement" }),
            new GovernanceDrive("G3", "违规发放津补贴", new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2017, 9, 30)), new[] { "D000", "D001" }, Array.Empty<string>()),
        };
        var appointments = Enumerable.Range(0, 1000).Select(i => new Appointment(
            "P" + ((i * 89 + 5) % peopleCount).ToString("D6", CultureInfo.InvariantCulture), units[(i * 31) % units.Count].Id, PostRole.Deputy, new LocalDate(2017, 2, 1).PlusDays(i % 300))).ToArray();
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

    /// <summary>Records that answer the plan's talks: a talk chosen at random (seeded), held by its leader on a day of its window.</summary>
    public static TalkRecord[] Records(YearPlan plan, int count)
    {
        var random = new Random(2017);
        var talks = plan.Talks;
        var records = new TalkRecord[count];
        for (var i = 0; i < count; i++)
        {
            var talk = talks[random.Next(talks.Count)];
            var days = Period.Between(talk.Window.Start, talk.Window.End, PeriodUnits.Days).Days;
            records[i] = new TalkRecord(
                "R" + i.ToString("D7", CultureInfo.InvariantCulture),
                talk.Window.Start.PlusDays(random.Next(days + 1)),
                talk.SubjectId,
                [talk.LeaderId],
                talk.Source,
                talk.Style,
                talk.Mode);
        }

        return records;
    }
}
