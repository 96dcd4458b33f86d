using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TalkEngine.Calendar;

/// <summary>Registers the calendar in DI from <see cref="TalkEngineOptions.Calendar"/>; called from <c>AddTalkEngine</c>.</summary>
internal static class CalendarServiceRegistration
{
    public static void Register(IServiceCollection services)
    {
        // The embedded mainland-China data plus the host's overrides and fallback; a host-registered calendar wins.
        services.TryAddSingleton(sp => WorkingCalendar.MainlandChina.WithOptions(sp.GetRequiredService<IOptions<TalkEngineOptions>>().Value.Calendar));
    }
}
