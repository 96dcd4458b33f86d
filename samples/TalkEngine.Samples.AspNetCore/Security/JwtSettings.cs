using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace TalkEngine.Samples.AspNetCore.Security;

/// <summary>
/// The bearer tokens the host accepts (configuration section <c>Jwt</c>): issuer, audience and a symmetric signing key
/// (HS256, at least 32 bytes). The sample signs its own development tokens with the same key; a real host takes
/// tokens from its identity provider instead and sets <c>Jwt:Authority</c>-style validation here.
/// </summary>
internal sealed class JwtSettings
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "talkengine-sample";

    public string Audience { get; set; } = "talkengine-sample";

    /// <summary>The signing key (UTF-8 text, at least 32 bytes). No default: a host without one does not start.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>How long a development token lasts.</summary>
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public SymmetricSecurityKey Key()
    {
        var bytes = Encoding.UTF8.GetBytes(SigningKey);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException(
                "Jwt:SigningKey is missing or shorter than 32 bytes; set it in configuration (appsettings.Development.json holds one for development, a real host takes it from a secret store).");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
