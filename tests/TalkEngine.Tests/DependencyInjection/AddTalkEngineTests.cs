using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Testing;

namespace TalkEngine.Tests.DependencyInjection;

public sealed class AddTalkEngineTests
{
    [Fact]
    public void AddTalkEngine_CalledTwice_RegistersOneClockAndOneValidator()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine();
        services.AddTalkEngine();

        services.Count(d => d.ServiceType == typeof(IClock)).Should().Be(1);
        // Each capability may add its own validator of TalkEngineOptions; none may be registered twice.
        var validators = services.Where(d => d.ServiceType == typeof(IValidateOptions<TalkEngineOptions>)).Select(d => d.ImplementationInstance?.GetType() ?? d.ImplementationType).ToList();
        validators.Count(t => t == typeof(TalkEngineOptionsValidator)).Should().Be(1);
        validators.Should().OnlyHaveUniqueItems().And.HaveCount(TalkEngineSections.All.Length);
    }

    [Fact]
    public void AddTalkEngine_HostClockRegisteredFirst_IsKept()
    {
        var clock = new FakeClock(Instant.FromUtc(2017, 8, 1, 0, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddTalkEngine();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
    }

    [Fact]
    public void AddTalkEngine_FromConfiguration_BindsOptions()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TalkEngine:Language"] = "English", ["TalkEngine:TimeZoneId"] = "Asia/Urumqi" })
            .Build();
        var services = new ServiceCollection();
        services.AddTalkEngine(configuration.GetSection(TalkEngineOptions.SectionName));

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;
        options.Language.Should().Be(OutputLanguage.English);
        options.TimeZoneId.Should().Be("Asia/Urumqi");
    }

    [Fact]
    public void AddTalkEngine_UnknownTimeZone_FailsValidationNamingTheSetting()
    {
        var services = new ServiceCollection();
        services.AddTalkEngine(o => o.TimeZoneId = "Mars/Olympus");

        using var provider = services.BuildServiceProvider();
        var act = () => provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;
        act.Should().Throw<OptionsValidationException>().WithMessage("*TimeZoneId*Mars/Olympus*");
    }
}
