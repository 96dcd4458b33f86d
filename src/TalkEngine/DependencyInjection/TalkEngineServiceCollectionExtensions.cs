using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace TalkEngine;

/// <summary>Registers TalkEngine in a host's service collection.</summary>
/// <remarks>In the <c>TalkEngine</c> namespace, as Microsoft asks of library authors. Safe to call more than once.</remarks>
public static class TalkEngineServiceCollectionExtensions
{
    /// <summary>Registers TalkEngine's services with the default <see cref="TalkEngineOptions"/>.</summary>
    /// <param name="services">The host's services.</param>
    /// <returns>A builder for further configuration.</returns>
    public static TalkEngineBuilder AddTalkEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return AddCore(services, services.AddOptions<TalkEngineOptions>());
    }

    /// <summary>Registers TalkEngine's services, configured in code.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Changes to the default <see cref="TalkEngineOptions"/>.</param>
    /// <returns>A builder for further configuration.</returns>
    public static TalkEngineBuilder AddTalkEngine(this IServiceCollection services, Action<TalkEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, services.AddOptions<TalkEngineOptions>().Configure(configure));
    }

    /// <summary>
    /// Registers TalkEngine's services, configured from a configuration section (usually <c>TalkEngine</c>): every section
    /// binds (<c>TalkEngine:Demands:Inspection:Threshold</c>), a list replaces the default list, and a value that cannot
    /// be read (<c>"Language": "Klingon"</c>) fails validation naming its key.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The section holding <see cref="TalkEngineOptions"/>.</param>
    /// <returns>A builder for further configuration.</returns>
    public static TalkEngineBuilder AddTalkEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var optionsBuilder = services.AddOptions<TalkEngineOptions>().Configure(o => TalkEngineConfigurationBinder.Bind(configuration, o));
        return AddCore(services, optionsBuilder);
    }

    private static TalkEngineBuilder AddCore(IServiceCollection services, OptionsBuilder<TalkEngineOptions> optionsBuilder)
    {
        optionsBuilder.ValidateOnStart();
        foreach (var section in TalkEngineSections.All)
        {
            // One validator per section, once however often AddTalkEngine is called (keyed by its type).
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IValidateOptions<TalkEngineOptions>), section));
        }

        services.TryAddSingleton(sp => TextRenderer.For(sp.GetRequiredService<IOptions<TalkEngineOptions>>().Value.Language));

        // A host that registers its own IClock (a FakeClock in tests) wins.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        Calendar.CalendarServiceRegistration.Register(services);
        Demands.DemandsServiceRegistration.Register(services);
        Coverage.CoverageServiceRegistration.Register(services);
        Balancing.BalancingServiceRegistration.Register(services);
        Planning.PlanningServiceRegistration.Register(services);
        Scheduling.SchedulingServiceRegistration.Register(services);
        return new TalkEngineBuilder(services);
    }
}
