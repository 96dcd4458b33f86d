namespace TalkEngine.Organization;

/// <summary>A role of a member of the leadership team (领导班子).</summary>
public enum LeaderRole
{
    /// <summary>Secretary of the Party committee (党委书记).</summary>
    PartySecretary = 0,

    /// <summary>General manager (总经理).</summary>
    GeneralManager = 1,

    /// <summary>Secretary of the discipline inspection commission (纪委书记).</summary>
    DisciplineSecretary = 2,

    /// <summary>Deputy general manager (副总经理).</summary>
    DeputyGeneralManager = 3,

    /// <summary>Chief engineer (总工程师).</summary>
    ChiefEngineer = 4,

    /// <summary>Chief accountant (总会计师).</summary>
    ChiefAccountant = 5,

    /// <summary>Another deputy-level member (副职).</summary>
    Deputy = 6,

    /// <summary>Any other role.</summary>
    Other = 7,
}
