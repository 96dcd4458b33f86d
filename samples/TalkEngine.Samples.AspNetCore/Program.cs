using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using TalkEngine;
using TalkEngine.Samples.AspNetCore;
using TalkEngine.Samples.AspNetCore.Plans;
using TalkEngine.Samples.AspNetCore.Records;
using TalkEngine.Samples.AspNetCore.Security;
using TalkEngine.Samples.AspNetCore.Storage;

var builder = WebApplication.CreateBuilder(args);

// The package, configured from appsettings.json (section "TalkEngine"), validated when the host starts.
builder.Services.AddTalkEngine(builder.Configuration.GetSection(TalkEngineOptions.SectionName));
builder.Services.AddSingleton<PlanLoader>();
builder.Services.AddSingleton<RecordChainLock>();

// SQLite through EF Core; the path is configuration ("Storage:DatabasePath"), relative to the content root.
builder.Services.AddDbContext<HostDb>((services, options) =>
{
    var configuration = services.GetRequiredService<IConfiguration>();
    var path = configuration["Storage:DatabasePath"] is { Length: > 0 } configured ? configured : "talkengine.db";
    path = Path.GetFullPath(path, services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
    options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
});

// Every endpoint needs a bearer token (HS256, key from configuration "Jwt"); roles say what it may do.
builder.Services.AddOptions<JwtSettings>().BindConfiguration(JwtSettings.SectionName);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<DevTokenIssuer>();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<JwtSettings>>((bearer, jwt) =>
{
    bearer.MapInboundClaims = false;
    bearer.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = jwt.Value.Issuer,
        ValidAudience = jwt.Value.Audience,
        IssuerSigningKey = jwt.Value.Key(),
        RoleClaimType = HostRoles.RoleClaim,
        NameClaimType = "sub",
        ClockSkew = TimeSpan.FromSeconds(30),
    };
});
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(HostRoles.OfficePolicy, p => p.RequireRole(HostRoles.Office))
    .AddPolicy(HostRoles.OfficeOrLeaderPolicy, p => p.RequireRole(HostRoles.Office, HostRoles.Leader));

builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

// A missing signing key fails here, at start, not at the first request.
_ = app.Services.GetRequiredService<IOptions<JwtSettings>>().Value.Key();
using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<HostDb>().Database.EnsureCreated();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

PlanEndpoints.Map(app);
ContentEndpoints.Map(app);
RecordEndpoints.Map(app);
if (app.Environment.IsDevelopment())
{
    DevEndpoints.Map(app);
}

app.Run();

/// <summary>The host's entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
