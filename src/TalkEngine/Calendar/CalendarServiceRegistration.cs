using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TalkEngine.Calendar;

/// <summary>Registers the calendar in DI; called once from <c>AddTalkEngine</c>.</summary>
internal static class CalendarServiceRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TalkEngineOptions>, CalendarOptionsValidator>());

        // The embedded mainland-China data plus the host's overrides and fallback; a host-registered calendar wins.
        services.TryAddSingleton(sp => WorkingCalendar.MainlandChina.WithOptions(sp.GetRequiredService<IOptions<TalkEngineOptions>>().Value.Calendar));
    }
}
