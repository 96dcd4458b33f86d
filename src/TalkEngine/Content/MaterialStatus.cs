using NodaTime;

namespace TalkEngine.Content;

/// <summary>
/// One line of the routing list: whose report goes to which leader, when it is due, what has happened to it, and
/// whether it is late. Immutable and thread-safe.
/// </summary>
public sealed class MaterialStatus
{
    internal MaterialStatus(string demandId, string subjectId, string subjectName, string unitName, string leaderId, string leaderName, LocalDate dueDate, ReportMaterial? material, bool isLate)
    {
        DemandId = demandId;
        SubjectId = subjectId;
        SubjectName = subjectName;
        UnitName = unitName;
        LeaderId = leaderId;
        LeaderName = leaderName;
        DueDate = dueDate;
        TemplateSent = material?.TemplateSent;
        Received = material?.Received;
        Forwarded = material?.Forwarded;
        IsLate = isLate;
    }

    /// <summary>The talk's demand.</summary>
    public string DemandId { get; }

    /// <summary>The person who writes the report.</summary>
    public string SubjectId { get; }

    /// <summary>The subject's name.</summary>
    public string SubjectName { get; }

    /// <summary>The name of the subject's unit.</summary>
    public string UnitName { get; }

    /// <summary>The leader who receives the report (the one who holds the talk).</summary>
    public string LeaderId { get; }

    /// <summary>The leader's name.</summary>
    public string LeaderName { get; }

    /// <summary>The day the report is due: the configured number of working days before the talk (its scheduled date, or the start of its window).</summary>
    public LocalDate DueDate { get; }

    /// <summary>When the template was sent; <see langword="null"/> when not yet.</summary>
    public LocalDate? TemplateSent { get; }

    /// <summary>When the report came back; <see langword="null"/> when not yet.</summary>
    public LocalDate? Received { get; }

    /// <summary>When it was forwarded to the leader; <see langword="null"/> when not yet.</summary>
    public LocalDate? Forwarded { get; }

    /// <summary>Whether the report came back after its due date, or is still missing after it.</summary>
    public bool IsLate { get; }
}
