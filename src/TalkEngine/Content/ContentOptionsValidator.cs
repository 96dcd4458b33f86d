using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TalkEngine.Content;

/// <summary>Reports every invalid <see cref="ContentOptions"/> setting at once: in DI when the host starts, and in <see cref="ContentCatalogue.FromOptions"/>.</summary>
internal sealed class ContentOptionsValidator : OptionsSectionValidator<ContentOptions>
{
    public static readonly ContentOptionsValidator Instance = new();

    protected override string Section => "Content";

    protected override void Bind(ContentOptions section, IConfiguration configured, List<ValidationProblem> problems) => configured.Bind(section);

    protected override ContentOptions? Select(TalkEngineOptions options) => options.Content;

    protected override void ClearConfiguredLists(ContentOptions options, Func<string, bool> configured)
    {
        if (configured("ExtensionFiles"))
        {
            options.ExtensionFiles = new List<string>();
        }

        if (configured("ReportSources"))
        {
            options.ReportSources = new HashSet<Demands.DemandSource>();
        }
    }

    protected override void Check(ContentOptions options, OptionsProblems p)
    {
        if (options.CatalogueFile is not null && string.IsNullOrWhiteSpace(options.CatalogueFile))
        {
            p.Add(OptionsProblems.EmptyCode, "CatalogueFile", $"is empty; give a file's path or leave it out to keep the package's catalogue.");
        }

        if (!p.Null(options.ExtensionFiles, "ExtensionFiles", "leave it out for none."))
        {
            var i = 0;
            foreach (var file in options.ExtensionFiles)
            {
                if (string.IsNullOrWhiteSpace(file))
                {
                    p.Add(OptionsProblems.EmptyCode, "ExtensionFiles:" + i.ToString(CultureInfo.InvariantCulture), $"is empty; give a file's path or remove the entry.");
                }

                i++;
            }
        }

        p.Enums(options.ReportSources, "ReportSources");
        p.Range(options.ReportDueWorkingDays, 0, 60, "ReportDueWorkingDays", "working days");
        if (options.MaxCatalogueBytes is <= 0 or > 1L << 30)
        {
            p.Add(OptionsProblems.OutOfRangeCode, "MaxCatalogueBytes", $"is {options.MaxCatalogueBytes.ToString(CultureInfo.InvariantCulture)}; give a limit between 1 byte and 1 GiB.");
        }
    }
}
