using System.Security.Claims;

namespace TalkEngine.Samples.AspNetCore.Security;

/// <summary>
/// Who may do what (保密性). The discipline office (纪检办公室) manages plans and reads everything; a leader reads the
/// talks and records of his own talks and posts their records (his leader id is the <see cref="LeaderIdClaim"/>
/// claim); nobody else reads a record.
/// </summary>
internal static class HostRoles
{
    public const string Office = "office";

    public const string Leader = "leader";

    /// <summary>The claim type of the roles in a token.</summary>
    public const string RoleClaim = "role";

    /// <summary>The claim that carries a leader's id of the roster (<c>L01</c>).</summary>
    public const string LeaderIdClaim = "leader_id";

    /// <summary>The policy of the office's endpoints.</summary>
    public const string OfficePolicy = "office";

    /// <summary>The policy of the endpoints a leader uses too (each checks that the data is his).</summary>
    public const string OfficeOrLeaderPolicy = "office-or-leader";

    public static bool IsOffice(this ClaimsPrincipal user) => user.IsInRole(Office);

    /// <summary>The leader id of a leader's token; null for the office or a leader token without one.</summary>
    public static string? LeaderId(this ClaimsPrincipal user)
        => user.IsInRole(Leader) ? user.FindFirst(LeaderIdClaim)?.Value : null;

    /// <summary>Who did it, as stored with what they did: the token's subject.</summary>
    public static string Name(this ClaimsPrincipal user) => user.FindFirst("sub")?.Value ?? "unknown";
}
