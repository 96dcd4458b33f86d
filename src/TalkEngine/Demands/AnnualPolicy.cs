using System.Collections.Generic;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>The annual round (年度约谈) with every party and administrative head of the unit kinds in scope.</summary>
public sealed class AnnualPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The codes of the unit kinds in scope. Default: HQ departments, engineering companies, subsidiaries and
    /// specialised companies (the account's 36 heads).
    /// </summary>
    public IList<string> UnitKinds { get; set; } = new List<string>
    {
        UnitKind.HqDepartment.Code, UnitKind.EngineeringCompany.Code, UnitKind.Subsidiary.Code, UnitKind.SpecializedCompany.Code,
    };

    /// <summary>Which days posts and statuses are read on. Default: the reference date.</summary>
    public AnnualBasis Basis { get; set; } = AnnualBasis.ReferenceDate;

    /// <summary>The style of an annual talk. Default: reminder (提醒式).</summary>
    public TalkStyle Style { get; set; } = TalkStyle.Reminder;

    /// <summary>The style for a newly appointed head. Default: communication (沟通式), to learn the situation.</summary>
    public TalkStyle NewlyAppointedStyle { get; set; } = TalkStyle.Communication;
}
