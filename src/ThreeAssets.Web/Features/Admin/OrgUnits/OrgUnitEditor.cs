using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Admin.OrgUnits;

/// <summary>
/// Creates and renames org units. Codes nest (a village's code is its township's code, "-", digits)
/// because scope checks are prefix tests; that rule is enforced here. Every change is audited.
/// </summary>
public sealed class OrgUnitEditor(PortalDbContext db, AuditLog audit)
{
    public async Task<IReadOnlyList<District>> TreeAsync() =>
        await db.Districts.AsNoTracking()
            .Include(d => d.Townships.OrderBy(t => t.Code)).ThenInclude(t => t.Villages.OrderBy(v => v.Code))
            .OrderBy(d => d.Code).AsSplitQuery().ToListAsync();

    /// <summary>Null on success, else the message for the form.</summary>
    public async Task<string?> CreateAsync(CreateOrgUnitForm form)
    {
        var code = form.Code.Trim();
        var name = form.Name.Trim();
        var parentCode = form.ParentCode?.Trim() ?? "";
        if (await CodeExistsAsync(code))
            return $"代码 {code} 已被使用 (code already in use).";
        switch (form.Level)
        {
            case OrgLevel.District:
                if (!OrgCodes.IsDistrictCode(code)) return "区代码应为 4 位数字，如 3301 (a district code is four digits).";
                db.Districts.Add(new District { Code = code, Name = name });
                break;
            case OrgLevel.Township:
                var district = await db.Districts.SingleOrDefaultAsync(d => d.Code == parentCode);
                if (district is null) return $"上级区 {parentCode} 不存在 (no such district).";
                if (!OrgCodes.IsChildCode(district.Code, code)) return $"乡镇代码应为 {district.Code}-数字，如 {district.Code}-01 (a township code extends its district's).";
                db.Townships.Add(new Township { DistrictId = district.Id, Code = code, Name = name, ReviewOrganisation = form.ReviewOrganisation?.Trim() });
                break;
            default:
                var township = await db.Townships.SingleOrDefaultAsync(t => t.Code == parentCode);
                if (township is null) return $"上级乡镇 {parentCode} 不存在 (no such township).";
                if (!OrgCodes.IsChildCode(township.Code, code)) return $"村代码应为 {township.Code}-数字，如 {township.Code}-01 (a village code extends its township's).";
                db.Villages.Add(new Village
                {
                    TownshipId = township.Id, Code = code, Name = name,
                    PinyinInitials = form.PinyinInitials?.Trim(), FundsFrequency = form.FundsFrequency,
                });
                break;
        }
        audit.Add(AuditActions.OrgCreated, form.Level.ToString(), code, new { level = form.Level.ToString(), parent = parentCode }, orgCode: code);
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<string?> RenameAsync(RenameOrgUnitForm form)
    {
        var name = form.Name.Trim();
        switch (form.Level)
        {
            case OrgLevel.District when await db.Districts.SingleOrDefaultAsync(d => d.Code == form.Code) is { } d:
                d.Name = name;
                break;
            case OrgLevel.Township when await db.Townships.SingleOrDefaultAsync(t => t.Code == form.Code) is { } t:
                t.Name = name;
                break;
            case OrgLevel.Village when await db.Villages.SingleOrDefaultAsync(v => v.Code == form.Code) is { } v:
                v.Name = name;
                break;
            default:
                return $"找不到代码 {form.Code} (no org unit with that code).";
        }
        // One SaveChanges: the rename and its audit line are stored together or not at all.
        audit.Add(AuditActions.OrgRenamed, form.Level.ToString(), form.Code, new { level = form.Level.ToString() }, orgCode: form.Code);
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>Null on success, else the message for the form.</summary>
    public async Task<string?> SetDisclosureStartAsync(DisclosureStartForm form)
    {
        var code = form.Code.Trim();
        if (await db.Villages.SingleOrDefaultAsync(v => v.Code == code) is not { } village)
            return $"找不到村 {code} (no village with that code).";
        var before = village.DisclosureStart;
        village.DisclosureStart = string.IsNullOrWhiteSpace(form.Month)
            ? null
            : DateOnly.ParseExact(form.Month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        audit.Add(AuditActions.OrgDisclosureStartSet, nameof(OrgLevel.Village), code,
            new { from = before?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), to = form.Month }, orgCode: code);
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>A whole district from a CSV (<see cref="OrgImporter"/>, shared with the CLI); each change audited in the same transaction.</summary>
    public Task<OrgImportResult> ImportAsync(byte[] file, CancellationToken cancellationToken) =>
        new OrgImporter(db).ImportAsync(file, change =>
        {
            var (action, targetType, details) = OrgImportAudit.Describe(change);
            audit.Add(action, targetType, change.Code, details, orgCode: change.Code);
        }, cancellationToken);

    private async Task<bool> CodeExistsAsync(string code) =>
        await db.Districts.AnyAsync(d => d.Code == code)
        || await db.Townships.AnyAsync(t => t.Code == code)
        || await db.Villages.AnyAsync(v => v.Code == code);
}
