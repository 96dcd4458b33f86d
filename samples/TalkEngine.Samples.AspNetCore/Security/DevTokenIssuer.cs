using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TalkEngine.Samples.AspNetCore.Security;

/// <summary>
/// Signs development tokens with the configured key (<c>POST /dev/token</c>, mapped only in the Development
/// environment; the tests use it too). A token names its subject, its role and, for a leader, his leader id.
/// </summary>
internal sealed class DevTokenIssuer(IOptions<JwtSettings> settings, TimeProvider time)
{
    public DevToken Issue(string subject, string? role, string? leaderId)
    {
        var s = settings.Value;
        var now = time.GetUtcNow();
        var claims = new List<Claim> { new("sub", subject) };
        if (role is not null)
        {
            claims.Add(new Claim(HostRoles.RoleClaim, role));
        }

        if (leaderId is not null)
        {
            claims.Add(new Claim(HostRoles.LeaderIdClaim, leaderId));
        }

        var expires = now + s.DevTokenLifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = s.Issuer,
            Audience = s.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(s.Key(), SecurityAlgorithms.HmacSha256),
        });
        return new DevToken(token, expires);
    }
}

/// <summary>A signed token and when it expires.</summary>
internal sealed record DevToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>The body of <c>POST /dev/token</c>: <c>{"role":"office"}</c> or <c>{"role":"leader","leaderId":"L01"}</c>.</summary>
internal sealed record DevTokenRequest(string? Role, string? LeaderId, string? Subject);
