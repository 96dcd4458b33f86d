using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// Talks after a petition investigation (信访调查): admonition (告诫式) when problems were found, warning
/// (警示式) otherwise, within <see cref="WindowDays"/> days from the conclusion.
/// </summary>
public sealed class PetitionPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The length of the talk window in days, from the day the investigation concluded. Default: 30.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>The role the leader holding the talk must have; <see langword="null"/> for anyone. Default: discipline secretary.</summary>
    public LeaderRole? RequiredRole { get; set; } = LeaderRole.DisciplineSecretary;
}
