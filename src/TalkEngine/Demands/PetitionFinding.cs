namespace TalkEngine.Demands;

/// <summary>What a petition investigation (信访调查) found.</summary>
public enum PetitionFinding
{
    /// <summary>The complaint was not substantiated: a warning talk to prevent problems.</summary>
    Unsubstantiated = 0,

    /// <summary>Minor problems were found: a warning talk.</summary>
    MinorProblems = 1,

    /// <summary>Concrete problems were found: an admonition talk demanding correction.</summary>
    ProblemsFound = 2,
}
