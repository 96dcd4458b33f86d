namespace TalkEngine.Content;

/// <summary>The four questions an outline answers (谈什么、怎么谈、解决什么问题、达到什么效果, seed ¶7).</summary>
public enum OutlineQuestion
{
    /// <summary>What to talk about (谈什么): base, role, topical and source points, by priority.</summary>
    What = 0,

    /// <summary>How to talk (怎么谈): the style's guidance, the style, mode, leader and recorder, the window.</summary>
    How = 1,

    /// <summary>Which problems to solve (解决什么问题): the demand's evidence and the problems found in the last talk.</summary>
    Problems = 2,

    /// <summary>What effect to reach (达到什么效果).</summary>
    Effect = 3,
}
