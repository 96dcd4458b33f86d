using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>Registers records and coverage from <see cref="TalkEngineOptions.Coverage"/>; called from <c>AddTalkEngine</c>.</summary>
internal static class CoverageServiceRegistration
{
    public static void Register(IServiceCollection services)
    {
        // One set of validation options: the calculator and a validator resolved alone agree on what counts.
        services.TryAddSingleton(sp => new TalkRecordValidator(Section(sp).Validation));
        services.TryAddSingleton(sp => new CoverageCalculator(Section(sp)));
    }

    private static CoverageOptions Section(System.IServiceProvider services)
        => services.GetRequiredService<IOptions<TalkEngineOptions>>().Value.Coverage;
}
