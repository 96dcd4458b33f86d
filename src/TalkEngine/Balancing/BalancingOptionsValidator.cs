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
        else if (lookback is not null && !lookback.HasTimeComponent && !AtMostAHundredYears(lookback))
        {
            p.Add(OptionsProblems.OutOfRangeCode, "RecentHeadshipLookback", $"is {lookback}; give at most 100 years (P100Y, or as many months, weeks or days), such as 'P3Y'.");
        }
    }

    // Measured from 2000-01-01 (a leap-year start, so the limit is the same for P100Y and P36525D); a period so large
    // that NodaTime cannot add it is longer than 100 years too.
    private static bool AtMostAHundredYears(NodaTime.Period lookback)
    {
        var from = new NodaTime.LocalDate(2000, 1, 1);
        try
        {
            return from.Plus(lookback) <= from.PlusYears(100);
        }
        catch (System.Exception ex) when (ex is System.OverflowException or System.ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
