using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalkEngine.Calendar;

namespace TalkEngine.Demands;

/// <summary>Registers the demand generator from <see cref="TalkEngineOptions.Demands"/>; called from <c>AddTalkEngine</c>.</summary>
internal static class DemandsServiceRegistration
{
    public static void Register(IServiceCollection services)
    {
        // The working calendar registered by the calendar capability (with the host's overrides) times pre-holiday reminders.
        services.TryAddSingleton(sp => new DemandGenerator(
            sp.GetRequiredService<IOptions<TalkEngineOptions>>().Value.Demands,
            sp.GetService<WorkingCalendar>()));
    }
}
