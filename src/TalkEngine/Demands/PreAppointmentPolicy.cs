using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// Pre-appointment talks (任前谈话) in the <see cref="DaysBefore"/> days before the appointment takes effect,
/// by the discipline secretary by default.
/// </summary>
public sealed class PreAppointmentPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The window length in days, ending the day before the effective date. Default: 14.</summary>
    public int DaysBefore { get; set; } = 14;

    /// <summary>The style. Default: reminder (提醒式): expectations and integrity before taking up the post.</summary>
    public TalkStyle Style { get; set; } = TalkStyle.Reminder;

    /// <summary>The role the leader holding the talk must have; <see langword="null"/> for anyone. Default: discipline secretary.</summary>
    public LeaderRole? RequiredRole { get; set; } = LeaderRole.DisciplineSecretary;
}
