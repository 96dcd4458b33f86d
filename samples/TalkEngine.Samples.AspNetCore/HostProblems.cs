using System.Globalization;
using System.Text.Json.Nodes;
using TalkEngine.Planning;

namespace TalkEngine.Samples.AspNetCore;

/// <summary>
/// RFC 7807 problem details for every refusal of the host, each naming what is wrong: <c>errors</c> lists every
/// problem of a document (code, JSON path, message), <c>findings</c> every finding of the records the library rejected,
/// <c>state</c> and <c>allowed</c> where the plan's lifecycle forbids the step.
/// </summary>
internal static class HostProblems
{
    /// <summary>Where the problem types are described.</summary>
    public const string TypeBase = "https://github.com/talkengine/TalkEngine/blob/HEAD/docs/aspnetcore-host.md#";

    public static IResult Invalid(string title, IReadOnlyList<ValidationProblem> problems, int status = StatusCodes.Status400BadRequest)
    {
        var errors = new JsonArray();
        foreach (var p in problems)
        {
            var error = new JsonObject { ["code"] = p.Code, ["message"] = p.Message };
            if (p.Path is not null)
            {
                error["path"] = p.Path;
            }

            if (p.Ids.Count > 0)
            {
                error["ids"] = new JsonArray([.. p.Ids.Select(i => (JsonNode?)JsonValue.Create(i))]);
            }

            errors.Add(error);
        }

        var detail = string.Join(" ", problems.Select(p => p.Path is null ? p.Message : $"{p.Path}: {p.Message}"));
        return TypedResults.Problem(detail, null, status, title, TypeBase + "invalid-input", new Dictionary<string, object?> { ["errors"] = errors });
    }

    public static IResult Invalid(string title, string code, string message, string? path = null)
        => Invalid(title, [new ValidationProblem(code, message, path)]);

    /// <summary>A step the plan's lifecycle does not allow from its state (409), naming the state and the allowed next steps.</summary>
    public static IResult IllegalTransition(int planId, PlanState state, string attempted)
    {
        var allowed = PlanLifecycle.Next(state);
        var next = allowed.Count == 0 ? "none: the plan is closed" : string.Join(", ", allowed);
        return TypedResults.Problem(
            string.Create(CultureInfo.InvariantCulture, $"Plan {planId} is {state}; '{attempted}' is not allowed in that state. Allowed next steps: {next}."),
            null,
            StatusCodes.Status409Conflict,
            "Illegal plan transition",
            TypeBase + "illegal-transition",
            new Dictionary<string, object?> { ["state"] = state.ToString(), ["allowed"] = allowed.Select(s => s.ToString()).ToArray(), ["attempted"] = attempted });
    }

    public static IResult NotFound(string what)
        => TypedResults.Problem($"{what} does not exist.", null, StatusCodes.Status404NotFound, "Not found", TypeBase + "not-found");

    public static IResult Forbidden(string detail)
        => TypedResults.Problem(detail, null, StatusCodes.Status403Forbidden, "Forbidden", TypeBase + "forbidden");
}
