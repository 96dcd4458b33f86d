namespace TalkEngine.Samples.AspNetCore.Security;

/// <summary>
/// <c>POST /dev/token</c>: a signed development token, mapped only in the Development environment.
/// <c>{"role":"office"}</c> for the discipline office, <c>{"role":"leader","leaderId":"L01"}</c> for a leader.
/// </summary>
internal static class DevEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/token", async (HttpRequest http, DevTokenIssuer issuer) =>
        {
            var (request, unreadable) = await Plans.PlanEndpoints.ReadJson<DevTokenRequest>(http, "The token request has problems");
            if (request is null)
            {
                return unreadable!;
            }

            var problems = new List<ValidationProblem>();
            if (request.Role is not (HostRoles.Office or HostRoles.Leader))
            {
                problems.Add(new ValidationProblem("host.bad-role", $"'role' is '{request.Role}'; use '{HostRoles.Office}' or '{HostRoles.Leader}'.", "role"));
            }

            if (request.Role == HostRoles.Leader && string.IsNullOrWhiteSpace(request.LeaderId))
            {
                problems.Add(new ValidationProblem("host.missing", "A leader's token needs 'leaderId', a leader id of the roster.", "leaderId"));
            }

            if (problems.Count > 0)
            {
                return HostProblems.Invalid("The token request has problems", problems);
            }

            var subject = request.Subject ?? (request.Role == HostRoles.Leader ? "leader-" + request.LeaderId : "office");
            var token = issuer.Issue(subject, request.Role, request.Role == HostRoles.Leader ? request.LeaderId : null);
            return TypedResults.Ok(token);
        }).AllowAnonymous();
    }
}
