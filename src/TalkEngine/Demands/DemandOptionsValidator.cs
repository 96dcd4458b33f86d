using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace TalkEngine.Demands;

/// <summary>Reports every invalid <see cref="DemandOptions"/> setting at once.</summary>
internal sealed class DemandOptionsValidator : IValidateOptions<DemandOptions>
{
    public ValidateOptionsResult Validate(string? name, DemandOptions options)
    {
        var failures = Collect(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static List<string> Collect(DemandOptions options)
    {
        var failures = new List<string>();
        void Fail(FormattableString text) => failures.Add("TalkEngine:Demands:" + text.ToString(CultureInfo.InvariantCulture));

        if (options is null)
        {
            failures.Add("TalkEngine:Demands is null; leave the defaults or supply DemandOptions.");
            return failures;
        }

        if (!Enum.IsDefined(options.Overlaps))
        {
            Fail($"Overlaps '{options.Overlaps}' is not supported; use KeepApart or Merge.");
        }

        CheckEnums(options.ExcludedStatuses, "ExcludedStatuses", Fail);
        if (options.Annual is null || options.Inspection is null || options.Survey is null || options.PreHoliday is null
            || options.Petition is null || options.Governance is null || options.PreAppointment is null
            || options.RiskFrequency is null || options.Mode is null)
        {
            failures.Add("TalkEngine:Demands: a policy section is null; leave it out to keep its defaults.");
            return failures;
        }

        if (options.Annual.UnitKinds is null || options.Annual.UnitKinds.Count == 0)
        {
            Fail($"Annual:UnitKinds is empty; list at least one unit kind code (such as 'hq-department') or disable the annual source.");
        }
        else
        {
            for (var i = 0; i < options.Annual.UnitKinds.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(options.Annual.UnitKinds[i]))
                {
                    Fail($"Annual:UnitKinds:{i} is empty; give a unit kind code.");
                }
            }
        }

        CheckEnum(options.Annual.Basis, "Annual:Basis", Fail);
        CheckEnum(options.Annual.Style, "Annual:Style", Fail);
        CheckEnum(options.Annual.NewlyAppointedStyle, "Annual:NewlyAppointedStyle", Fail);

        CheckSelection(options.Inspection.Selection, options.Inspection.LowestCount, "Inspection", Fail);
        if (options.Inspection.AdmonitionBelow > options.Inspection.WarningBelow)
        {
            Fail($"Inspection:AdmonitionBelow ({options.Inspection.AdmonitionBelow}) is above WarningBelow ({options.Inspection.WarningBelow}); the admonition band must lie below the warning band.");
        }

        CheckSelection(options.Survey.Selection, options.Survey.LowestCount, "Survey", Fail);

        if (options.PreHoliday.WorkingDaysBefore is < 1 or > 60)
        {
            Fail($"PreHoliday:WorkingDaysBefore is {options.PreHoliday.WorkingDaysBefore}; use 1 to 60 working days.");
        }

        CheckEnum(options.PreHoliday.MinimumRisk, "PreHoliday:MinimumRisk", Fail);
        if (options.PreHoliday.HolidayKeys is null)
        {
            Fail($"PreHoliday:HolidayKeys is null; leave it empty for every holiday.");
        }

        if (options.Petition.WindowDays is < 1 or > 366)
        {
            Fail($"Petition:WindowDays is {options.Petition.WindowDays}; use 1 to 366 days.");
        }

        if (options.Petition.RequiredRole is { } petitionRole)
        {
            CheckEnum(petitionRole, "Petition:RequiredRole", Fail);
        }

        CheckEnum(options.Governance.Style, "Governance:Style", Fail);
        if (options.PreAppointment.DaysBefore is < 1 or > 366)
        {
            Fail($"PreAppointment:DaysBefore is {options.PreAppointment.DaysBefore}; use 1 to 366 days.");
        }

        CheckEnum(options.PreAppointment.Style, "PreAppointment:Style", Fail);
        if (options.PreAppointment.RequiredRole is { } appointmentRole)
        {
            CheckEnum(appointmentRole, "PreAppointment:RequiredRole", Fail);
        }

        if (options.RiskFrequency.EveryMonths is < 1 or > 12)
        {
            Fail($"RiskFrequency:EveryMonths is {options.RiskFrequency.EveryMonths}; use 1 to 12 months.");
        }

        CheckEnum(options.RiskFrequency.MinimumRisk, "RiskFrequency:MinimumRisk", Fail);
        CheckEnum(options.Mode.Default, "Mode:Default", Fail);
        if (options.Mode.VideoUnitKinds is null)
        {
            Fail($"Mode:VideoUnitKinds is null; leave it empty for none.");
        }

        CheckEnums(options.Mode.InPersonStyles, "Mode:InPersonStyles", Fail);
        return failures;
    }

    private static void CheckSelection(ScoreSelection selection, int lowestCount, string section, Action<FormattableString> fail)
    {
        CheckEnum(selection, section + ":Selection", fail);
        if (selection == ScoreSelection.LowestN && lowestCount < 1)
        {
            fail($"{section}:LowestCount is {lowestCount}; LowestN needs at least 1.");
        }
    }

    private static void CheckEnum<T>(T value, string path, Action<FormattableString> fail)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            fail($"{path} '{value}' is not a known {typeof(T).Name}; use one of {string.Join(", ", Enum.GetNames<T>())}.");
        }
    }

    private static void CheckEnums<T>(IList<T>? values, string path, Action<FormattableString> fail)
        where T : struct, Enum
    {
        if (values is null)
        {
            fail($"{path} is null; leave it empty instead.");
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            CheckEnum(values[i], path + ":" + i.ToString(CultureInfo.InvariantCulture), fail);
        }
    }
}
