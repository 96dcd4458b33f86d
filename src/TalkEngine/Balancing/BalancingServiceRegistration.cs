using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TalkEngine.Balancing;

/// <summary>Registers balancing in DI: <see cref="LeaderBalancer"/> with <see cref="BalancingOptions"/> (language from <see cref="TalkEngineOptions"/>).</summary>
internal static class BalancingServiceRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.AddOptions<BalancingOptions>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BalancingOptions>>().Value;
            return new LeaderBalancer(new BalancingOptions
            {
                LoadCounting = options.LoadCounting,
                RecentHeadshipLookback = options.RecentHeadshipLookback,
            });
        });
    }
}
