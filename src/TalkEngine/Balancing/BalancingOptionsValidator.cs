using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using NodaTime.Text;

namespace TalkEngine.Balancing;

/// <summary>
/// Reports every invalid <see cref="BalancingOptions"/> setting at once: in DI when the host starts, and in
/// <see cref="LeaderBalancer"/>'s constructor.
/// </summary>
internal sealed class BalancingOptionsValidator : OptionsSectionValidator<BalancingOptions>
{
    public static readonly BalancingOptionsValidator Instance = new();

    protected override void Bind(BalancingOptions section, IConfiguration configured, List<ValidationProblem> problems)
    {
        // By hand: the binder cannot build a NodaTime Period, which configuration writes as an ISO period ("P3Y").
        TalkEngineConfigurationBinder.BindEnum<LoadCounting>(configured, nameof(BalancingOptions.LoadCounting), problems, v => section.LoadCounting = v);
        if (configured[nameof(BalancingOptions.RecentHeadshipLookback)] is { } lookback)
        {
            var parsed = PeriodPattern.NormalizingIso.Parse(lookback);
            if (parsed.Success)
            {
                section.RecentHeadshipLookback = parsed.Value;
            }
            else
            {
                problems.Add(TalkEngineConfigurationBinder.Problem(
                    TalkEngineConfigurationBinder.PathOf(configured, nameof(BalancingOptions.RecentHeadshipLookback)), lookback, "give an ISO period such as 'P3Y' or 'P18M'."));
            }
        }
    }

    protected override string Section => "Balancing";

    protected override BalancingOptions? Select(TalkEngineOptions options) => options.Balancing;

    protected override void Check(BalancingOptions options, OptionsProblems p)
    {
        p.Enum(options.LoadCounting, "LoadCounting");
        var lookback = options.RecentHeadshipLookback;
        if (!p.Null(lookback, "RecentHeadshipLookback", "leave it out for three years, or give an ISO period such as 'P3Y'.")
            && (lookback.Years < 0 || lookback.Months < 0 || lookback.Weeks < 0 || lookback.Days < 0 || lookback.HasTimeComponent))
        {
            p.Add(OptionsProblems.OutOfRangeCode, "RecentHeadshipLookback", $"is {lookback}; give a non-negative period of years, months, weeks or days, such as 'P3Y' (zero for none).");
        }
    }
}
