using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalkEngine.Calendar;

namespace TalkEngine.Demands;

/// <summary>Registers the demand generator and the validation of its options.</summary>
internal static class DemandsServiceRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.AddOptions<DemandOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DemandOptions>, DemandOptionsValidator>());

        // The working calendar registered by the calendar capability (with the host's overrides) times pre-holiday reminders.
        services.TryAddSingleton(sp => new DemandGenerator(
            sp.GetRequiredService<IOptions<DemandOptions>>().Value,
            sp.GetService<WorkingCalendar>()));
    }
}
