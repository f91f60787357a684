using System.ComponentModel.DataAnnotations;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Features.Admin.OrgUnits;

/// <summary>Level of an org unit in the district → township → village tree.</summary>
public enum OrgLevel
{
    District,
    Township,
    Village,
}

/// <summary>Creates a district, a township under a district, or a village under a township.</summary>
public sealed class CreateOrgUnitForm
{
    public OrgLevel Level { get; set; }

    /// <summary>The district's code for a township, the township's code for a village.</summary>
    [StringLength(32)]
    public string? ParentCode { get; set; }

    [Required(ErrorMessage = "请输入代码 (enter a code)")]
    [StringLength(32)]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请输入名称 (enter a name)")]
    [StringLength(64)]
    public string Name { get; set; } = "";

    [StringLength(32)]
    [RegularExpression("^[a-z]*$", ErrorMessage = "拼音首字母只能是小写字母 (pinyin initials: lower-case letters only)")]
    public string? PinyinInitials { get; set; }

    public FundsFrequency FundsFrequency { get; set; } = FundsFrequency.Quarterly;

    [StringLength(128)]
    public string? ReviewOrganisation { get; set; }
}

/// <summary>Renames an org unit; codes never change because publications and scopes refer to them.</summary>
public sealed class RenameOrgUnitForm
{
    public OrgLevel Level { get; set; }

    [Required]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请输入新名称 (enter the new name)")]
    [StringLength(64)]
    public string Name { get; set; } = "";
}

/// <summary>Sets or clears the month a village began disclosing on the portal (<see cref="Village.DisclosureStart"/>).</summary>
public sealed class DisclosureStartForm
{
    [Required(ErrorMessage = "请输入村代码 (enter a village code)")]
    [StringLength(32)]
    public string Code { get; set; } = "";

    /// <summary>yyyy-MM, as a month input sends it; empty clears the start.</summary>
    [RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$", ErrorMessage = "请按 2026-06 的格式填写月份 (a month such as 2026-06)")]
    public string? Month { get; set; }
}

/// <summary>The tree for the page, plus the forms to show again after an error.</summary>
public sealed record OrgUnitsPage(IReadOnlyList<District> Districts, CreateOrgUnitForm Create, RenameOrgUnitForm Rename, DisclosureStartForm DisclosureStart)
{
    public OrgUnitsPage(IReadOnlyList<District> districts)
        : this(districts, new CreateOrgUnitForm(), new RenameOrgUnitForm(), new DisclosureStartForm())
    {
    }
}
