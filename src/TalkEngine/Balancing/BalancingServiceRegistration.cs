using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TalkEngine.Balancing;

/// <summary>Registers <see cref="LeaderBalancer"/> from <see cref="TalkEngineOptions.Balancing"/>; called from <c>AddTalkEngine</c>.</summary>
internal static class BalancingServiceRegistration
{
    public static void Register(IServiceCollection services)
        => services.TryAddSingleton(sp => new LeaderBalancer(sp.GetRequiredService<IOptions<TalkEngineOptions>>().Value.Balancing));
}
