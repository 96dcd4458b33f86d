namespace TalkEngine.Planning;

/// <summary>
/// How <see cref="TalkPlanner.Milestones"/> lays the year's milestones on working days (section
/// <c>TalkEngine:Planning</c>). The defaults follow the account (¶4–¶6): the draft is ready on the first working day of
/// August of the year the plan period ends in, the members comment for 10 working days, the template goes out 3 working
/// days later, the reports are due 15 working days after that ("ample time to prepare") and forwarded 3 working days
/// after they are due; the talks are held from the next working day until 5 working days before the last working day of
/// the period, on which the summary is due. A plain options class with documented defaults; the host changes them in
/// configuration, or per call.
/// </summary>
public sealed class PlanningOptions
{
    /// <summary>The month (1–12) whose first working day the draft is ready on. Default: 8 (August).</summary>
    public int DraftMonth { get; set; } = 8;

    /// <summary>Working days the members have for comments, after the draft is ready (1–250). Default: 10.</summary>
    public int ConsultationWorkingDays { get; set; } = 10;

    /// <summary>Working days from the end of the consultation to the template sent (0–250). Default: 3.</summary>
    public int TemplateWorkingDays { get; set; } = 3;

    /// <summary>Working days the subjects have to write their reports, after the template is sent (1–250). Default: 15.</summary>
    public int ReportWorkingDays { get; set; } = 15;

    /// <summary>Working days from the reports due to their forwarding to the leaders (0–250). Default: 3.</summary>
    public int ForwardWorkingDays { get; set; } = 3;

    /// <summary>Working days from the end of the talk window to the summary, due on the period's last working day (0–250). Default: 5.</summary>
    public int SummaryWorkingDays { get; set; } = 5;
}
