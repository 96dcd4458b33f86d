using System.Collections.Generic;

namespace TalkEngine.Planning;

/// <summary>
/// How <see cref="TalkPlanner.Milestones"/> lays the year's milestones on working days. The defaults follow the account
/// (¶4–¶6): the draft is ready on the first working day of August of the year the plan period ends in, the members
/// comment for 10 working days, the template goes out 3 working days later, the reports are due 15 working days after
/// that ("ample time to prepare") and forwarded 3 working days after they are due; the talks are held from the next
/// working day until 5 working days before the last working day of the period, on which the summary is due.
/// A host changes any of them. Immutable.
/// </summary>
public sealed record MilestoneSettings
{
    /// <summary>The settings of the account.</summary>
    public static MilestoneSettings Default { get; } = new();

    /// <summary>The month (1–12) whose first working day the draft is ready on. Default: 8 (August).</summary>
    public int DraftMonth { get; init; } = 8;

    /// <summary>Working days the members have for comments, after the draft is ready (1 or more). Default: 10.</summary>
    public int ConsultationWorkingDays { get; init; } = 10;

    /// <summary>Working days from the end of the consultation to the template sent (0 or more). Default: 3.</summary>
    public int TemplateWorkingDays { get; init; } = 3;

    /// <summary>Working days the subjects have to write their reports, after the template is sent (1 or more). Default: 15.</summary>
    public int ReportWorkingDays { get; init; } = 15;

    /// <summary>Working days from the reports due to their forwarding to the leaders (0 or more). Default: 3.</summary>
    public int ForwardWorkingDays { get; init; } = 3;

    /// <summary>Working days from the end of the talk window to the summary, due on the period's last working day (0 or more). Default: 5.</summary>
    public int SummaryWorkingDays { get; init; } = 5;

    /// <summary>Every problem of the settings (code <c>planning.milestone-settings</c>, path the property's name).</summary>
    internal List<ValidationProblem> Problems()
    {
        var problems = new List<ValidationProblem>();
        if (DraftMonth is < 1 or > 12)
        {
            problems.Add(Problem(nameof(DraftMonth), DraftMonth, "is a month number from 1 to 12"));
        }

        Check(problems, nameof(ConsultationWorkingDays), ConsultationWorkingDays, 1);
        Check(problems, nameof(TemplateWorkingDays), TemplateWorkingDays, 0);
        Check(problems, nameof(ReportWorkingDays), ReportWorkingDays, 1);
        Check(problems, nameof(ForwardWorkingDays), ForwardWorkingDays, 0);
        Check(problems, nameof(SummaryWorkingDays), SummaryWorkingDays, 0);
        return problems;
    }

    private static void Check(List<ValidationProblem> problems, string name, int value, int minimum)
    {
        if (value < minimum || value > 250)
        {
            problems.Add(Problem(name, value, $"is a number of working days from {minimum} to 250"));
        }
    }

    private static ValidationProblem Problem(string name, int value, string rule)
        => new("planning.milestone-settings", $"{name} is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it {rule}.", name, [name]);
}
