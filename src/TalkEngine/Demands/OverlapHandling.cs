namespace TalkEngine.Demands;

/// <summary>What to do with a person's overlapping demands from different sources.</summary>
public enum OverlapHandling
{
    /// <summary>Report the overlap and keep one talk per demand (person-times count every source).</summary>
    KeepApart = 0,

    /// <summary>
    /// Merge them into one talk with every source and all evidence, when the windows share a day and the
    /// required leaders agree; otherwise keep them apart and report the overlap.
    /// </summary>
    Merge = 1,
}
