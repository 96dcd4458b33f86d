namespace TalkEngine.Demands;

/// <summary>How a talk is held.</summary>
public enum TalkMode
{
    /// <summary>Face to face (当面).</summary>
    InPerson = 0,

    /// <summary>By video (视频).</summary>
    Video = 1,

    /// <summary>By phone (电话).</summary>
    Phone = 2,
}
