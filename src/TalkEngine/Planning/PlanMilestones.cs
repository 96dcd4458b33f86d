using System;
using NodaTime;

namespace TalkEngine.Planning;

/// <summary>
/// The year's milestones, each on a working day (the account's ¶4–¶6): the draft ready (August), the end of the
/// consultation, the report template sent, the reports due, the reports forwarded to the leaders, the talk window and
/// the summary due. Made by <see cref="TalkPlanner.Milestones"/> from the calendar and <see cref="PlanningOptions"/>;
/// a host may give its own dates (<see cref="PlanDocument.WithMilestones"/>). The dates are in that order. Immutable.
/// </summary>
public sealed record PlanMilestones
{
    /// <summary>Creates the milestones; each date is on or after the one before.</summary>
    /// <param name="draftReady">The day the draft plan (征求意见稿) is ready to be sent.</param>
    /// <param name="consultationEnds">The last day for the members' comments.</param>
    /// <param name="templateSent">The day the report template goes out to the subjects.</param>
    /// <param name="reportsDue">The day the written reports are due.</param>
    /// <param name="materialsForwarded">The day the reports are forwarded to the leaders.</param>
    /// <param name="talkWindow">When the talks are held.</param>
    /// <param name="summaryDue">The day the year's summary is due.</param>
    /// <exception cref="ArgumentNullException"><paramref name="talkWindow"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is before the one it follows.</exception>
    public PlanMilestones(LocalDate draftReady, LocalDate consultationEnds, LocalDate templateSent, LocalDate reportsDue, LocalDate materialsForwarded, DateInterval talkWindow, LocalDate summaryDue)
    {
        Guard.NotNull(talkWindow);
        Order(draftReady, consultationEnds, nameof(consultationEnds), "the draft is ready");
        Order(consultationEnds, templateSent, nameof(templateSent), "the consultation ends");
        Order(templateSent, reportsDue, nameof(reportsDue), "the template is sent");
        Order(reportsDue, materialsForwarded, nameof(materialsForwarded), "the reports are due");
        Order(materialsForwarded, talkWindow.Start, nameof(talkWindow), "the reports are forwarded");
        Order(talkWindow.End, summaryDue, nameof(summaryDue), "the talk window ends");
        DraftReady = draftReady;
        ConsultationEnds = consultationEnds;
        TemplateSent = templateSent;
        ReportsDue = reportsDue;
        MaterialsForwarded = materialsForwarded;
        TalkWindow = talkWindow;
        SummaryDue = summaryDue;
    }

    /// <summary>The day the draft plan is ready to be sent for comments.</summary>
    public LocalDate DraftReady { get; }

    /// <summary>The last day for the members' comments.</summary>
    public LocalDate ConsultationEnds { get; }

    /// <summary>The day the report template goes out.</summary>
    public LocalDate TemplateSent { get; }

    /// <summary>The day the written reports are due.</summary>
    public LocalDate ReportsDue { get; }

    /// <summary>The day the reports are forwarded to the leaders.</summary>
    public LocalDate MaterialsForwarded { get; }

    /// <summary>When the talks are held.</summary>
    public DateInterval TalkWindow { get; }

    /// <summary>The day the year's summary is due.</summary>
    public LocalDate SummaryDue { get; }

    private static void Order(LocalDate before, LocalDate after, string name, string what)
    {
        if (after < before)
        {
            throw new ArgumentException($"{name} ({IsoText.Date(after)}) is before the day {what} ({IsoText.Date(before)}); the milestones follow one another.", name);
        }
    }
}
