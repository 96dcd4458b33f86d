using System.Collections.Generic;
using Microsoft.Extensions.Configuration;

namespace TalkEngine.Planning;

/// <summary>Reports every invalid <see cref="PlanningOptions"/> setting at once: in DI when the host starts, in <see cref="TalkPlanner"/>'s constructor, and for options given per call to <see cref="TalkPlanner.Milestones"/>.</summary>
internal sealed class PlanningOptionsValidator : OptionsSectionValidator<PlanningOptions>
{
    public static readonly PlanningOptionsValidator Instance = new();

    protected override string Section => "Planning";

    protected override void Bind(PlanningOptions section, IConfiguration configured, List<ValidationProblem> problems) => configured.Bind(section);

    protected override PlanningOptions? Select(TalkEngineOptions options) => options.Planning;

    protected override void Check(PlanningOptions options, OptionsProblems p)
    {
        p.Range(options.DraftMonth, 1, 12, nameof(PlanningOptions.DraftMonth), "(a month number)");
        p.Range(options.ConsultationWorkingDays, 1, 250, nameof(PlanningOptions.ConsultationWorkingDays), "working days");
        p.Range(options.TemplateWorkingDays, 0, 250, nameof(PlanningOptions.TemplateWorkingDays), "working days");
        p.Range(options.ReportWorkingDays, 1, 250, nameof(PlanningOptions.ReportWorkingDays), "working days");
        p.Range(options.ForwardWorkingDays, 0, 250, nameof(PlanningOptions.ForwardWorkingDays), "working days");
        p.Range(options.SummaryWorkingDays, 0, 250, nameof(PlanningOptions.SummaryWorkingDays), "working days");
    }
}
