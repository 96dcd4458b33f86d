using System.Collections.Generic;
using TalkEngine.Demands;

namespace TalkEngine.Content;

/// <summary>Where the talk content comes from (section <c>TalkEngine:Content</c>). A plain options class with documented defaults.</summary>
public sealed class ContentOptions
{
    /// <summary>A catalogue file that replaces the package's own; <see langword="null"/> (the default) keeps <see cref="ContentCatalogue.Default"/>.</summary>
    public string? CatalogueFile { get; set; }

    /// <summary>Files that extend the catalogue, applied in order (new items, overrides by id, lists, retirements). Default: none.</summary>
    public IList<string> ExtensionFiles { get; set; } = new List<string>();

    /// <summary>The size limit of each catalogue file, in bytes. Default: <see cref="ContentCatalogue.DefaultMaxBytes"/> (4 MiB).</summary>
    public long MaxCatalogueBytes { get; set; } = ContentCatalogue.DefaultMaxBytes;

    /// <summary>The sources whose talks need a written report (专题汇报材料) beforehand. Default: <see cref="DemandSource.Annual"/>.</summary>
    public ISet<DemandSource> ReportSources { get; set; } = new HashSet<DemandSource> { DemandSource.Annual };

    /// <summary>How many working days before its talk's window opens a report is due. Default: 5.</summary>
    public int ReportDueWorkingDays { get; set; } = 5;
}
