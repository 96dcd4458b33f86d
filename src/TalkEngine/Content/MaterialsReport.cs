using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Content;

/// <summary>
/// The materials of a plan as of a day (seed ¶5–¶6): one line per talk that needs a written report, sorted by leader
/// then demand (the routing list: which leader receives which report), with the counts the year's summary quotes and
/// who is late. Made by <c>TalkPlanner.TrackMaterials</c>. Immutable and thread-safe.
/// </summary>
public sealed class MaterialsReport
{
    internal MaterialsReport(LocalDate asOf, IReadOnlyList<MaterialStatus> lines, IReadOnlyList<MaterialStatus> late, int templatesSent, int received, int forwarded)
    {
        AsOf = asOf;
        Lines = lines;
        Late = late;
        TemplatesSent = templatesSent;
        Received = received;
        Forwarded = forwarded;
    }

    /// <summary>The day the status is read on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every talk that needs a report, sorted by leader id then demand id.</summary>
    public IReadOnlyList<MaterialStatus> Lines { get; }

    /// <summary>The lines whose report is late, sorted by due date then demand id.</summary>
    public IReadOnlyList<MaterialStatus> Late { get; }

    /// <summary>How many reports are expected (the number of lines).</summary>
    public int Expected => Lines.Count;

    /// <summary>How many templates were sent.</summary>
    public int TemplatesSent { get; }

    /// <summary>How many reports came back (the account's 33 of 35).</summary>
    public int Received { get; }

    /// <summary>How many were forwarded to their leader.</summary>
    public int Forwarded { get; }
}
