using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalkEngine.Records;

namespace TalkEngine.Coverage;

/// <summary>Registers records and coverage in <c>AddTalkEngine</c>; safe to call twice.</summary>
internal static class CoverageServiceRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.AddOptions<CoverageOptions>();

        // One set of validation options: the calculator and a validator resolved alone agree on what counts.
        services.TryAddSingleton(sp => new TalkRecordValidator(sp.GetRequiredService<IOptions<CoverageOptions>>().Value.Validation ?? new RecordValidationOptions()));
        services.TryAddSingleton(sp => new CoverageCalculator(sp.GetRequiredService<IOptions<CoverageOptions>>().Value));
    }
}
