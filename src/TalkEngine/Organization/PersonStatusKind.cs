namespace TalkEngine.Organization;

/// <summary>The status of a person over a period; a date no status covers is <see cref="Active"/>.</summary>
public enum PersonStatusKind
{
    /// <summary>At work in the post.</summary>
    Active = 0,

    /// <summary>Seconded elsewhere (借调), for example to the parent company.</summary>
    Seconded = 1,

    /// <summary>On leave.</summary>
    OnLeave = 2,

    /// <summary>The post is vacant (空缺); the person record stands for the vacancy.</summary>
    PostVacant = 3,

    /// <summary>Newly appointed (新任).</summary>
    NewlyAppointed = 4,

    /// <summary>Has left the organisation.</summary>
    Left = 5,
}
