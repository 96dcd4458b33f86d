using System.Collections.Generic;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// Reminder talks (提醒式) before each holiday period with the heads of high-risk units and the holders of
/// sensitive posts, within <see cref="WorkingDaysBefore"/> working days before the first day off. A holiday
/// counts when its whole reminder window lies in the plan period.
/// </summary>
public sealed class PreHolidayPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many working days before the first day off the window opens. Default: 5.</summary>
    public int WorkingDaysBefore { get; set; } = 5;

    /// <summary>The lowest risk level whose heads are reminded. Default: high.</summary>
    public IntegrityRiskLevel MinimumRisk { get; set; } = IntegrityRiskLevel.High;

    /// <summary>Whether holders of sensitive posts are reminded too. Default: true.</summary>
    public bool IncludeSensitivePosts { get; set; } = true;

    /// <summary>
    /// The holidays to remind before, by key (the English name in lower case with hyphens, such as
    /// <c>spring-festival</c>) or by Chinese name (春节); empty (the default) means every holiday.
    /// </summary>
    public IList<string> HolidayKeys { get; set; } = new List<string>();
}
