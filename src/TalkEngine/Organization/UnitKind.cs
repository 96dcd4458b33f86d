using System;

namespace TalkEngine.Organization;

/// <summary>
/// The kind of a <see cref="Unit"/> (HQ department, engineering company, …). Extensible: a host may use
/// any code of its own besides the well-known values. Compared ordinally by <see cref="Code"/>.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Code">A stable, non-empty code such as <c>hq-department</c>.</param>
public readonly record struct UnitKind(string Code)
{
    /// <summary>A stable, non-empty code such as <c>hq-department</c>.</summary>
    public string Code { get; } = Guard.NotNullOrWhiteSpace(Code);

    /// <summary>A headquarters department (本部部门).</summary>
    public static UnitKind HqDepartment { get; } = new("hq-department");

    /// <summary>An engineering company (工程公司).</summary>
    public static UnitKind EngineeringCompany { get; } = new("engineering-company");

    /// <summary>A subsidiary (子公司).</summary>
    public static UnitKind Subsidiary { get; } = new("subsidiary");

    /// <summary>A specialised company (专业公司).</summary>
    public static UnitKind SpecializedCompany { get; } = new("specialized-company");

    /// <summary>A second-level unit (二级单位), the usual target of an inspection round.</summary>
    public static UnitKind SecondLevelUnit { get; } = new("second-level-unit");

    /// <summary>
    /// The name of the kind for people: the Chinese or English name of a well-known kind, or the
    /// <see cref="Code"/> itself for a kind the host added.
    /// </summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The display name.</returns>
    internal string DisplayName(OutputLanguage language = OutputLanguage.SimplifiedChinese)
    {
        var english = language == OutputLanguage.English;
        return Code switch
        {
            "hq-department" => english ? "HQ department" : "本部部门",
            "engineering-company" => english ? "Engineering company" : "工程公司",
            "subsidiary" => english ? "Subsidiary" : "子公司",
            "specialized-company" => english ? "Specialised company" : "专业公司",
            "second-level-unit" => english ? "Second-level unit" : "二级单位",
            _ => Code ?? string.Empty,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Code ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(UnitKind other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => Code is null ? 0 : StringComparer.Ordinal.GetHashCode(Code);
}
