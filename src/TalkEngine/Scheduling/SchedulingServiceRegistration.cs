using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace TalkEngine.Scheduling;

/// <summary>Registers <see cref="TalkScheduler"/> from <see cref="TalkEngineOptions.Scheduling"/> and the root's time zone; called from <c>AddTalkEngine</c>.</summary>
internal static class SchedulingServiceRegistration
{
    public static void Register(IServiceCollection services)
        => services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TalkEngineOptions>>().Value;
            return new TalkScheduler(options.Scheduling, DateTimeZoneProviders.Tzdb[options.TimeZoneId]);
        });
}
