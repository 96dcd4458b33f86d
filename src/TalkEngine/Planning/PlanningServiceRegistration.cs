using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using TalkEngine.Calendar;

namespace TalkEngine.Planning;

/// <summary>Registers the planner in <c>AddTalkEngine</c>, over the container's calendar, clock and loggers.</summary>
internal static class PlanningServiceRegistration
{
    public static void Register(IServiceCollection services)
        => services.TryAddSingleton(sp => new TalkPlanner(
            sp.GetRequiredService<IOptions<TalkEngineOptions>>().Value,
            sp.GetRequiredService<WorkingCalendar>(),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILoggerFactory>()));
}
