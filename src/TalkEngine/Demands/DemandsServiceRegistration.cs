using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TalkEngine.Demands;

/// <summary>Registers the demand generator and the validation of its options.</summary>
internal static class DemandsServiceRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.AddOptions<DemandOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DemandOptions>, DemandOptionsValidator>());

        // The holiday calendar is optional: without one the pre-holiday source stays silent unless a request brings its own.
        services.TryAddSingleton(sp => new DemandGenerator(
            sp.GetRequiredService<IOptions<DemandOptions>>().Value,
            sp.GetService<IHolidayPeriodSource>()));
    }
}
