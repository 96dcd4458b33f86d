namespace TalkEngine.Demands;

/// <summary>The five styles of a supervisory talk.</summary>
public enum TalkStyle
{
    /// <summary>Reminder (提醒式): preventive and mild, no finding against the person.</summary>
    Reminder = 0,

    /// <summary>Warning (警示式): uses cases and findings to warn before rules are broken.</summary>
    Warning = 1,

    /// <summary>Communication (沟通式): a two-way exchange, no presumption of a problem.</summary>
    Communication = 2,

    /// <summary>Admonition (告诫式): the sternest; points out concrete problems and demands correction.</summary>
    Admonition = 3,

    /// <summary>Care (关怀式): supportive, at transitions or in difficulty, still reminding of integrity.</summary>
    Care = 4,
}
