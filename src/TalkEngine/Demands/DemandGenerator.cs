using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TalkEngine.Calendar;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// Turns the roster and the records of other work into talk demands from every source — annual round,
/// inspection, satisfaction survey, pre-holiday check, petition, special governance, pre-appointment and
/// high-risk routine — with exclusions and overlaps. Works with <c>new</c> or from DI. Stateless and
/// thread-safe: the same request gives the same demands, ids and order.
/// </summary>
public sealed class DemandGenerator
{
    /// <summary>The error code of the <see cref="TalkEngineValidationException"/> thrown for an inconsistent request.</summary>
    public const string ValidationErrorCode = "demands.request";

    private readonly DemandOptions _options;
    private readonly WorkingCalendar _calendar;

    /// <summary>Creates a generator with the default policies and the mainland-China working calendar.</summary>
    public DemandGenerator()
        : this(new DemandOptions(), WorkingCalendar.MainlandChina)
    {
    }

    /// <summary>Creates a generator.</summary>
    /// <param name="options">The policies; validated now.</param>
    /// <param name="calendar">
    /// The working calendar for pre-holiday reminders; <see langword="null"/> (the default) for
    /// <see cref="WorkingCalendar.MainlandChina"/>. A request may bring its own (<see cref="DemandRequest.Calendar"/>).
    /// An enabled pre-holiday source never goes quiet for want of a calendar.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="TalkEngineValidationException">A policy setting is invalid (code <c>options.demands</c>, the problems DI reports when the host starts); every problem is listed.</exception>
    public DemandGenerator(DemandOptions options, WorkingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        DemandOptionsValidator.Instance.ThrowIfInvalid(options);
        _options = options;
        _calendar = calendar ?? WorkingCalendar.MainlandChina;
    }

    /// <summary>Generates the demands of every active source.</summary>
    /// <param name="request">The roster, plan period and source data.</param>
    /// <returns>The demands (sorted by id), the exclusions with reasons and the overlaps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="TalkEngineValidationException">
    /// The source data names unknown units, people or leaders, or repeats ids; or an enabled source is set to
    /// something the request cannot give (a holiday key the calendar has no holiday for, a custom unit kind in scope
    /// that no unit of the roster has), which would otherwise make it give nothing without a word; every problem is listed.
    /// </exception>
    public DemandSet Generate(DemandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request, _options, request.Calendar ?? _calendar);
        var ctx = new DemandContext(request, _options, _calendar);

        // Each source emits its demands in id order, and the sources run in the order of their id prefixes
        // (annual-, appointment-, governance-, inspection-, petition-, preholiday-, risk-, survey-), so the
        // whole list usually arrives sorted and DemandSet need not sort it.
        AnnualSource.Generate(ctx);
        PreAppointmentSource.Generate(ctx);
        GovernanceSource.Generate(ctx);
        InspectionSource.Generate(ctx);
        PetitionSource.Generate(ctx);
        PreHolidaySource.Generate(ctx);
        RiskFrequencySource.Generate(ctx);
        SurveySource.Generate(ctx);
        var (demands, overlaps) = OverlapResolver.Resolve(ctx, ctx.Demands);
        return new DemandSet(demands, ctx.Exclusions, overlaps);
    }

    private static void Validate(DemandRequest request, DemandOptions options, WorkingCalendar calendar)
    {
        var org = request.Roster;
        var problems = new List<ValidationProblem>();
        // Unknown roster references share the roster's codes with every capability; the rest are the demands' own.
        void Problem(string code, FormattableString message, FormattableString path, params string[] ids)
            => problems.Add(new ValidationProblem(
                code switch
                {
                    "unknown-person" => RosterProblems.UnknownPerson,
                    "unknown-unit" => RosterProblems.UnknownUnit,
                    "unknown-leader" => RosterProblems.UnknownLeader,
                    _ => "demands." + code,
                },
                message.ToString(CultureInfo.InvariantCulture),
                path.ToString(CultureInfo.InvariantCulture),
                ids));

        var roundIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.InspectionRounds.Count; i++)
        {
            var round = request.InspectionRounds[i] ?? throw new ArgumentException($"Inspection round {i} is null.", nameof(request));
            if (!roundIds.Add(round.Id))
            {
                Problem("duplicate-round-id", $"The inspection round id '{round.Id}' is used twice; give each round its own id.", $"inspectionRounds[{i}].id", round.Id);
            }

            for (var j = 0; j < round.InspectedUnitIds.Count; j++)
            {
                if (org.FindUnit(round.InspectedUnitIds[j]) is null)
                {
                    Problem("unknown-unit", $"Inspection round '{round.Id}' inspects '{round.InspectedUnitIds[j]}', which is not a unit; correct the id or add the unit.", $"inspectionRounds[{i}].inspectedUnitIds[{j}]", round.Id, round.InspectedUnitIds[j]);
                }
            }

            if (org.FindLeader(round.TeamLeaderId) is null)
            {
                Problem("unknown-leader", $"Inspection round '{round.Id}' is led by '{round.TeamLeaderId}', who is not on the leadership team; correct the id or add the leader.", $"inspectionRounds[{i}].teamLeaderId", round.Id, round.TeamLeaderId);
            }

            var scored = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < round.Scores.Count; j++)
            {
                var personId = round.Scores[j].PersonId;
                if (org.FindPerson(personId) is null)
                {
                    Problem("unknown-person", $"Inspection round '{round.Id}' scores '{personId}', who is not in the roster; correct the id or add the person.", $"inspectionRounds[{i}].scores[{j}].personId", round.Id, personId);
                }

                if (!scored.Add(personId))
                {
                    Problem("duplicate-score", $"Inspection round '{round.Id}' scores '{personId}' twice; keep one score per head.", $"inspectionRounds[{i}].scores[{j}]", round.Id, personId);
                }
            }
        }

        if (request.Survey is { } survey)
        {
            var units = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < survey.Scores.Count; j++)
            {
                var unitId = survey.Scores[j].UnitId;
                if (org.FindUnit(unitId) is null)
                {
                    Problem("unknown-unit", $"Survey '{survey.Id}' scores '{unitId}', which is not a unit; correct the id or add the unit.", $"survey.scores[{j}].unitId", survey.Id, unitId);
                }

                if (!units.Add(unitId))
                {
                    Problem("duplicate-score", $"Survey '{survey.Id}' scores unit '{unitId}' twice; keep one score per unit.", $"survey.scores[{j}]", survey.Id, unitId);
                }
            }
        }

        var cases = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Petitions.Count; i++)
        {
            var petition = request.Petitions[i] ?? throw new ArgumentException($"Petition {i} is null.", nameof(request));
            if (!cases.Add(petition.CaseNumber))
            {
                Problem("duplicate-case", $"The petition case number '{petition.CaseNumber}' is used twice; give each case its own number.", $"petitions[{i}].caseNumber", petition.CaseNumber);
            }

            if (org.FindPerson(petition.SubjectId) is null)
            {
                Problem("unknown-person", $"Petition '{petition.CaseNumber}' is about '{petition.SubjectId}', who is not in the roster; correct the id or add the person.", $"petitions[{i}].subjectId", petition.CaseNumber, petition.SubjectId);
            }
            else if (petition.UnitId is null && org.PostsOf(petition.SubjectId).Count == 0)
            {
                Problem("no-unit", $"Petition '{petition.CaseNumber}' is about '{petition.SubjectId}', who holds no post; give the case a unit id.", $"petitions[{i}].unitId", petition.CaseNumber, petition.SubjectId);
            }

            if (petition.UnitId is not null && org.FindUnit(petition.UnitId) is null)
            {
                Problem("unknown-unit", $"Petition '{petition.CaseNumber}' names unit '{petition.UnitId}', which is not a unit; correct the id or leave it out.", $"petitions[{i}].unitId", petition.CaseNumber, petition.UnitId);
            }
        }

        var drives = new HashSet<string>(StringComparer.Ordinal);
        // Built only when a drive names sensitive posts; a plain loop over the (many) units, no LINQ.
        HashSet<string>? sensitiveNames = null;
        foreach (var drive in request.GovernanceDrives)
        {
            if (drive is not null && drive.SensitivePosts.Count > 0)
            {
                sensitiveNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var unit in org.Units)
                {
                    for (var k = 0; k < unit.SensitivePosts.Count; k++)
                    {
                        sensitiveNames.Add(unit.SensitivePosts[k]);
                    }
                }

                break;
            }
        }

        for (var i = 0; i < request.GovernanceDrives.Count; i++)
        {
            var drive = request.GovernanceDrives[i] ?? throw new ArgumentException($"Governance drive {i} is null.", nameof(request));
            if (!drives.Add(drive.Id))
            {
                Problem("duplicate-drive-id", $"The governance drive id '{drive.Id}' is used twice; give each drive its own id.", $"governanceDrives[{i}].id", drive.Id);
            }

            for (var j = 0; j < drive.UnitIds.Count; j++)
            {
                if (org.FindUnit(drive.UnitIds[j]) is null)
                {
                    Problem("unknown-unit", $"Drive '{drive.Id}' names unit '{drive.UnitIds[j]}', which is not a unit; correct the id or add the unit.", $"governanceDrives[{i}].unitIds[{j}]", drive.Id, drive.UnitIds[j]);
                }
            }

            for (var j = 0; j < drive.SensitivePosts.Count; j++)
            {
                if (!sensitiveNames!.Contains(drive.SensitivePosts[j]))
                {
                    Problem("unknown-sensitive-post", $"Drive '{drive.Id}' names sensitive post '{drive.SensitivePosts[j]}', which no unit lists; correct the name or add it to a unit.", $"governanceDrives[{i}].sensitivePosts[{j}]", drive.Id, drive.SensitivePosts[j]);
                }
            }
        }

        var appointments = new HashSet<(string, string, PostRole, NodaTime.LocalDate)>();
        for (var i = 0; i < request.Appointments.Count; i++)
        {
            var appointment = request.Appointments[i] ?? throw new ArgumentException($"Appointment {i} is null.", nameof(request));
            if (!appointments.Add((appointment.PersonId, appointment.UnitId, appointment.Role, appointment.EffectiveDate)))
            {
                Problem("duplicate-appointment", $"The appointment of '{appointment.PersonId}' to '{appointment.UnitId}' is listed twice; list it once.", $"appointments[{i}]", appointment.PersonId, appointment.UnitId);
            }

            if (org.FindPerson(appointment.PersonId) is null)
            {
                Problem("unknown-person", $"An appointment names '{appointment.PersonId}', who is not in the roster; add the appointee to the roster first.", $"appointments[{i}].personId", appointment.PersonId);
            }

            if (org.FindUnit(appointment.UnitId) is null)
            {
                Problem("unknown-unit", $"The appointment of '{appointment.PersonId}' names unit '{appointment.UnitId}', which is not a unit; correct the id or add the unit.", $"appointments[{i}].unitId", appointment.PersonId, appointment.UnitId);
            }
        }

        CheckDates(request, problems);
        CheckEnabledSources(request, options, calendar, problems);
        TalkEngineValidationException.ThrowIfAny(ValidationErrorCode, problems);
    }

    /// <summary>
    /// Every date of the request lies in years 1 to 9998 (<see cref="SafeDates"/>), so that no window computed from it
    /// (a petition's days after, an appointment's days before, a quarter of the plan) leaves the dates NodaTime supports.
    /// </summary>
    private static void CheckDates(DemandRequest request, List<ValidationProblem> problems)
    {
        void Check(bool inRange, string path, string what, string id)
        {
            if (!inRange)
            {
                problems.Add(new ValidationProblem(
                    "demands.date-out-of-range",
                    string.Create(CultureInfo.InvariantCulture, $"The {what} of {id} is outside {SafeDates.RangeText}, the dates the package plans for; correct the year."),
                    path,
                    [id]));
            }
        }

        Check(SafeDates.InRange(request.PlanPeriod), "planPeriod", "plan period", IsoText.Period(request.PlanPeriod));
        if (request.ReferenceDate is { } reference)
        {
            Check(SafeDates.InRange(reference), "referenceDate", "reference date", IsoText.Date(reference));
        }

        for (var i = 0; i < request.InspectionRounds.Count; i++)
        {
            var round = request.InspectionRounds[i];
            Check(SafeDates.InRange(round.OnSiteWindow), string.Create(CultureInfo.InvariantCulture, $"inspectionRounds[{i}].onSiteWindow"), "on-site window", round.Id);
        }

        for (var i = 0; i < request.Petitions.Count; i++)
        {
            var petition = request.Petitions[i];
            Check(SafeDates.InRange(petition.ConcludedOn), string.Create(CultureInfo.InvariantCulture, $"petitions[{i}].concludedOn"), "conclusion date", petition.CaseNumber);
        }

        for (var i = 0; i < request.GovernanceDrives.Count; i++)
        {
            var drive = request.GovernanceDrives[i];
            Check(SafeDates.InRange(drive.Window), string.Create(CultureInfo.InvariantCulture, $"governanceDrives[{i}].window"), "window", drive.Id);
        }

        for (var i = 0; i < request.Appointments.Count; i++)
        {
            var appointment = request.Appointments[i];
            Check(SafeDates.InRange(appointment.EffectiveDate), string.Create(CultureInfo.InvariantCulture, $"appointments[{i}].effectiveDate"), "effective date", appointment.PersonId + "@" + appointment.UnitId);
        }
    }

    /// <summary>
    /// An enabled source never silently does nothing: a setting that names what the request does not have (a holiday
    /// the calendar does not know, a custom unit kind no unit has) is a typo that would empty the source, so it is a problem.
    /// Well-known unit kinds the roster lacks are fine (the default scope lists four kinds; a small roster may have two).
    /// </summary>
    private static void CheckEnabledSources(DemandRequest request, DemandOptions options, WorkingCalendar calendar, List<ValidationProblem> problems)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal)
        {
            UnitKind.HqDepartment.Code, UnitKind.EngineeringCompany.Code, UnitKind.Subsidiary.Code, UnitKind.SpecializedCompany.Code, UnitKind.SecondLevelUnit.Code,
        };
        foreach (var unit in request.Roster.Units)
        {
            kinds.Add(unit.Kind.Code);
        }

        void CheckKinds(IList<string> codes, string key)
        {
            for (var i = 0; i < codes.Count; i++)
            {
                if (codes[i] is { } code && !kinds.Contains(code))
                {
                    problems.Add(new ValidationProblem(
                        "demands.unknown-unit-kind",
                        string.Create(CultureInfo.InvariantCulture, $"'{code}' is neither a well-known unit kind nor the kind of any unit in the roster, so it selects nobody; correct the code (such as 'hq-department') or remove it."),
                        string.Create(CultureInfo.InvariantCulture, $"TalkEngine:Demands:{key}:{i}"),
                        [code]));
                }
            }
        }

        if (options.Annual.Enabled)
        {
            CheckKinds(options.Annual.UnitKinds, "Annual:UnitKinds");
        }

        CheckKinds(options.Mode.VideoUnitKinds, "Mode:VideoUnitKinds");

        var holidayKeys = options.PreHoliday.HolidayKeys;
        if (options.PreHoliday.Enabled && holidayKeys.Count > 0)
        {
            // The holidays the calendar knows in the plan's years (and the next, whose New Year may fall in the plan).
            var known = new SortedSet<string>(StringComparer.Ordinal);
            for (var year = request.PlanPeriod.Start.Year; year <= request.PlanPeriod.End.Year + 1; year++)
            {
                if (calendar.Covers(year))
                {
                    foreach (var holiday in calendar.GetHolidayPeriods(year))
                    {
                        known.Add(PreHolidaySource.KeyOf(holiday.Name));
                        known.Add(holiday.Name.Chinese);
                    }
                }
            }

            for (var i = 0; i < holidayKeys.Count; i++)
            {
                var key = holidayKeys[i];
                if (key is not null && !known.Contains(key) && HolidayNames.Find(key) is null)
                {
                    problems.Add(new ValidationProblem(
                        "demands.unknown-holiday",
                        string.Create(CultureInfo.InvariantCulture, $"'{key}' is not a holiday of the calendar, so no reminder would be made for it; use a key or a Chinese name such as {string.Join(", ", known.Where(k => k[0] < 128).Take(8))}."),
                        string.Create(CultureInfo.InvariantCulture, $"TalkEngine:Demands:PreHoliday:HolidayKeys:{i}"),
                        [key]));
                }
            }
        }
    }
}
