using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace TalkEngine.Samples.AspNetCore.Tests;

/// <summary>
/// The real host (Program) on a SQLite file of its own, in the Development environment unless told otherwise, with a
/// fake clock (stored times are then exact) and, when given, a logger provider that captures every message.
/// </summary>
internal sealed class TestHost : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-of-the-talkengine-host-tests-32+bytes";

    private readonly string _environment;
    private readonly ILoggerProvider? _logs;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="environment">The host environment; <c>/dev/token</c> exists only in Development.</param>
    /// <param name="logs">Captures every log message at Trace and above, when given.</param>
    /// <param name="settings">Configuration settings over appsettings.json (a null value removes the test's default).</param>
    public TestHost(string databasePath, string environment = "Development", ILoggerProvider? logs = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DatabasePath = databasePath;
        _environment = environment;
        _logs = logs;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DatabasePath { get; }

    public FakeClock Clock { get; } = new(Instant.FromUtc(2017, 8, 20, 2, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Storage:DatabasePath", DatabasePath);
        builder.UseSetting("Jwt:SigningKey", _settings.TryGetValue("Jwt:SigningKey", out var key) ? key : SigningKey);
        foreach (var (name, value) in _settings.Where(s => s.Key != "Jwt:SigningKey"))
        {
            builder.UseSetting(name, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
        if (_logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        }
    }

    /// <summary>A client that sends a development token for <paramref name="role"/> (and <paramref name="leaderId"/>).</summary>
    public async Task<HttpClient> ClientAs(string role, string? leaderId = null)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/dev/token", new { role, leaderId });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client with a token the test signed itself (any role, or none).</summary>
    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>A temporary SQLite file, deleted at the end (after SQLite's pooled connections let it go).</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "talkengine-host-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>Every log message the host writes, with its category and exception.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            messages.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => messages.Enqueue($"{category} [{logLevel}] {formatter(state, exception)} {exception}");
    }
}

/// <summary>The account's 2017 year, split as a host receives it: the plan's input, then the records of the talks held.</summary>
internal static class Example2017
{
    private static readonly Lazy<JsonObject> File = new(() => JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "example-2017.json")))!.AsObject());

    /// <summary>The roster file without its records: what the office posts in August.</summary>
    public static string PlanInput()
    {
        var copy = File.Value.DeepClone().AsObject();
        copy.Remove("records");
        return copy.ToJsonString();
    }

    /// <summary>The 49 records of the talks held.</summary>
    public static IReadOnlyList<JsonObject> Records() => File.Value["records"]!.AsArray().Select(r => r!.DeepClone().AsObject()).ToList();

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent RecordsDocument(IEnumerable<JsonObject> records)
        => Json(new JsonObject { ["records"] = new JsonArray([.. records.Select(r => (JsonNode)r.DeepClone())]) }.ToJsonString());

    /// <summary>The first talker of a record (the one who led the talk).</summary>
    public static string LeaderOf(JsonObject record) => record["talkerIds"]![0]!.GetValue<string>();
}
