using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// Reports every invalid <see cref="DemandOptions"/> setting at once: in DI when the host starts, and in
/// <see cref="DemandGenerator"/>'s constructor.
/// </summary>
internal sealed class DemandOptionsValidator : OptionsSectionValidator<DemandOptions>
{
    public static readonly DemandOptionsValidator Instance = new();

    protected override void Bind(DemandOptions section, IConfiguration configured, List<ValidationProblem> problems) => configured.Bind(section);

    protected override string Section => "Demands";

    protected override DemandOptions? Select(TalkEngineOptions options) => options.Demands;

    protected override void ClearConfiguredLists(DemandOptions options, Func<string, bool> configured)
    {
        if (configured("ExcludedStatuses"))
        {
            options.ExcludedStatuses = new List<PersonStatusKind>();
        }

        if (options.Annual is { } annual && configured("Annual:UnitKinds"))
        {
            annual.UnitKinds = new List<string>();
        }

        if (options.PreHoliday is { } preHoliday && configured("PreHoliday:HolidayKeys"))
        {
            preHoliday.HolidayKeys = new List<string>();
        }

        if (options.Mode is { } mode && configured("Mode:VideoUnitKinds"))
        {
            mode.VideoUnitKinds = new List<string>();
        }

        if (options.Mode is { } modeStyles && configured("Mode:InPersonStyles"))
        {
            modeStyles.InPersonStyles = new List<TalkStyle>();
        }
    }

    protected override void Check(DemandOptions options, OptionsProblems p)
    {
        p.Enum(options.Overlaps, "Overlaps");
        p.Enums(options.ExcludedStatuses, "ExcludedStatuses");
        const string keep = "leave it out to keep its defaults.";
        if (p.Null(options.Annual, "Annual", keep) | p.Null(options.Inspection, "Inspection", keep) | p.Null(options.Survey, "Survey", keep)
            | p.Null(options.PreHoliday, "PreHoliday", keep) | p.Null(options.Petition, "Petition", keep) | p.Null(options.Governance, "Governance", keep)
            | p.Null(options.PreAppointment, "PreAppointment", keep) | p.Null(options.RiskFrequency, "RiskFrequency", keep) | p.Null(options.Mode, "Mode", keep))
        {
            return;
        }

        if (options.Annual.UnitKinds is null || options.Annual.UnitKinds.Count == 0)
        {
            p.Add(OptionsProblems.EmptyCode, "Annual:UnitKinds", $"is empty; list at least one unit kind code (such as 'hq-department') or disable the annual source.");
        }
        else
        {
            for (var i = 0; i < options.Annual.UnitKinds.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(options.Annual.UnitKinds[i]))
                {
                    p.Add(OptionsProblems.EmptyCode, $"Annual:UnitKinds:{i}", $"is empty; give a unit kind code.");
                }
            }
        }

        p.Enum(options.Annual.Basis, "Annual:Basis");
        p.Enum(options.Annual.Style, "Annual:Style");
        p.Enum(options.Annual.NewlyAppointedStyle, "Annual:NewlyAppointedStyle");

        CheckSelection(options.Inspection.Selection, options.Inspection.LowestCount, "Inspection", p);
        if (options.Inspection.AdmonitionBelow > options.Inspection.WarningBelow)
        {
            p.Add(OptionsProblems.InconsistentCode, "Inspection:AdmonitionBelow", $"({options.Inspection.AdmonitionBelow}) is above WarningBelow ({options.Inspection.WarningBelow}); the admonition band must lie below the warning band.");
        }

        CheckSelection(options.Survey.Selection, options.Survey.LowestCount, "Survey", p);
        p.Range(options.PreHoliday.WorkingDaysBefore, 1, 60, "PreHoliday:WorkingDaysBefore", "working days");
        p.Enum(options.PreHoliday.MinimumRisk, "PreHoliday:MinimumRisk");
        p.Null(options.PreHoliday.HolidayKeys, "PreHoliday:HolidayKeys", "leave it empty for every holiday.");
        p.Range(options.Petition.WindowDays, 1, 366, "Petition:WindowDays", "days");
        if (options.Petition.RequiredRole is { } petitionRole)
        {
            p.Enum(petitionRole, "Petition:RequiredRole");
        }

        p.Enum(options.Governance.Style, "Governance:Style");
        p.Range(options.PreAppointment.DaysBefore, 1, 366, "PreAppointment:DaysBefore", "days");
        p.Enum(options.PreAppointment.Style, "PreAppointment:Style");
        if (options.PreAppointment.RequiredRole is { } appointmentRole)
        {
            p.Enum(appointmentRole, "PreAppointment:RequiredRole");
        }

        p.Range(options.RiskFrequency.EveryMonths, 1, 12, "RiskFrequency:EveryMonths", "months");
        p.Enum(options.RiskFrequency.MinimumRisk, "RiskFrequency:MinimumRisk");
        p.Enum(options.Mode.Default, "Mode:Default");
        p.Null(options.Mode.VideoUnitKinds, "Mode:VideoUnitKinds", "leave it empty for none.");
        p.Enums(options.Mode.InPersonStyles, "Mode:InPersonStyles");
    }

    private static void CheckSelection(ScoreSelection selection, int lowestCount, string section, OptionsProblems p)
    {
        p.Enum(selection, section + ":Selection");
        if (selection == ScoreSelection.LowestN && lowestCount < 1)
        {
            p.Add(OptionsProblems.OutOfRangeCode, section + ":LowestCount", $"is {lowestCount}; LowestN needs at least 1.");
        }
        else if (lowestCount < 0)
        {
            // Unused by the other selections, but a negative count is never meant: say so before someone switches to LowestN.
            p.Add(OptionsProblems.OutOfRangeCode, section + ":LowestCount", $"is {lowestCount}; a count cannot be negative (it is read only with LowestN).");
        }
    }
}
