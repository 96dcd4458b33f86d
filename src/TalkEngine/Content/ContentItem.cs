using System.Collections.Generic;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Content;

/// <summary>
/// One item of the <see cref="ContentCatalogue"/>: its text in both languages and where it applies. An empty
/// condition list means "any"; every non-empty condition must hold for the item to be selected. Immutable and thread-safe.
/// </summary>
public sealed class ContentItem
{
    internal ContentItem(
        string id,
        ContentItemKind kind,
        LocalizedText template,
        LocalizedText text,
        IReadOnlyList<SubjectRole> roles,
        IReadOnlyList<DemandSource> sources,
        IReadOnlyList<TalkStyle> styles,
        IReadOnlyList<UnitKind> unitKinds,
        IntegrityRiskLevel? minRiskLevel,
        bool sensitivePostOnly,
        IReadOnlyList<string> holidays,
        IReadOnlyList<int> years,
        LocalDate? effectiveFrom,
        LocalDate? effectiveTo,
        int priority,
        bool fallback)
    {
        Id = id;
        Kind = kind;
        Template = template;
        Text = text;
        Roles = roles;
        Sources = sources;
        Styles = styles;
        UnitKinds = unitKinds;
        MinRiskLevel = minRiskLevel;
        SensitivePostOnly = sensitivePostOnly;
        Holidays = holidays;
        Years = years;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Priority = priority;
        Fallback = fallback;
    }

    /// <summary>The item's id, unique in the catalogue, such as <c>base.six-prudences</c>.</summary>
    public string Id { get; }

    /// <summary>The item's kind.</summary>
    public ContentItemKind Kind { get; }

    /// <summary>The text, with the catalogue's lists filled in (<c>{list:six-prudences}</c> → 慎独、慎微、…).</summary>
    public LocalizedText Text { get; }

    /// <summary>The text as written, with its <c>{list:…}</c> placeholders (kept so that an extension replacing a list refills it).</summary>
    internal LocalizedText Template { get; }

    /// <summary>The roles it applies to; empty for any.</summary>
    public IReadOnlyList<SubjectRole> Roles { get; }

    /// <summary>The demand sources it applies to (any of the demand's sources); empty for any.</summary>
    public IReadOnlyList<DemandSource> Sources { get; }

    /// <summary>The styles it applies to; empty for any.</summary>
    public IReadOnlyList<TalkStyle> Styles { get; }

    /// <summary>The kinds of the subject's unit it applies to; empty for any.</summary>
    public IReadOnlyList<UnitKind> UnitKinds { get; }

    /// <summary>The lowest integrity-risk level of the subject's unit it applies to; <see langword="null"/> for any.</summary>
    public IntegrityRiskLevel? MinRiskLevel { get; }

    /// <summary>Whether it applies only when the subject holds a sensitive post (or the demand names one).</summary>
    public bool SensitivePostOnly { get; }

    /// <summary>The holiday keys (<c>spring-festival</c>…) of the pre-holiday demands it applies to; empty for any.</summary>
    public IReadOnlyList<string> Holidays { get; }

    /// <summary>The years of the talk it applies to; empty for any.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The first day it is in force; <see langword="null"/> for always.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>The last day it is in force (retiring an item sets it); <see langword="null"/> for no end.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>The order in its section: higher first, then by id.</summary>
    public int Priority { get; }

    /// <summary>Whether it applies only when no other item of its kind does (the general topical requirements of a year without its own).</summary>
    public bool Fallback { get; }

    internal ContentItem WithText(LocalizedText text) => new(Id, Kind, Template, text, Roles, Sources, Styles, UnitKinds, MinRiskLevel, SensitivePostOnly, Holidays, Years, EffectiveFrom, EffectiveTo, Priority, Fallback);

    internal ContentItem RetiredFrom(LocalDate from)
    {
        var to = from.PlusDays(-1);
        return new(Id, Kind, Template, Text, Roles, Sources, Styles, UnitKinds, MinRiskLevel, SensitivePostOnly, Holidays, Years, EffectiveFrom, EffectiveTo is { } end && end < to ? end : to, Priority, Fallback);
    }
}
