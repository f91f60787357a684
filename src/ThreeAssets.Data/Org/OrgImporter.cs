using Microsoft.EntityFrameworkCore;

namespace ThreeAssets.Data;

/// <summary>An org unit the import added or renamed; <see cref="OldName"/> is null when added.</summary>
public sealed record OrgImportChange(int Line, OrgImportLevel Level, string Code, string Name, string? OldName);

public enum OrgImportLevel
{
    District,
    Township,
    Village,
}

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record OrgImportResult(IReadOnlyList<OrgImportChange> Changes, int Unchanged, IReadOnlyList<OrgImportProblem> Problems)
{
    public bool Refused => Problems.Count > 0;
    public int Added => Changes.Count(c => c.OldName is null);
    public int Renamed => Changes.Count(c => c.OldName is not null);
}

/// <summary>
/// Merges a district CSV (<see cref="OrgImportFile"/>) into the org tree, for the CLI's <c>admin import-org</c> and
/// the admin org page alike. The level follows the tree: no parent → district, a district's child → township, a
/// township's child → village; codes nest (3301 → 3301-01 → 3301-01-01) because every scope check is a prefix
/// test. Re-importing adds what is new and renames what changed; it never deletes, since publications, users'
/// scopes and the audit trail refer to the codes. Any problem on any line refuses the whole file and nothing is
/// written: a half-imported district would leave villages without their township.
/// </summary>
public sealed class OrgImporter(PortalDbContext db)
{
    /// <param name="audit">Called once per change before the single SaveChanges, so that the caller's audit lines
    /// are stored in the same transaction as the changes they describe.</param>
    public async Task<OrgImportResult> ImportAsync(byte[] file, Action<OrgImportChange> audit, CancellationToken cancellationToken = default)
    {
        var (rows, parseProblems) = OrgImportFile.Parse(file);
        if (parseProblems.Count > 0) return new([], 0, parseProblems);

        var districts = await db.Districts.ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        var townships = await db.Townships.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        var villages = await db.Villages.ToDictionaryAsync(v => v.Code, StringComparer.Ordinal, cancellationToken);
        var problems = Check(rows, code => districts.ContainsKey(code) || townships.ContainsKey(code) || villages.ContainsKey(code));
        if (problems.Count > 0) return new([], 0, problems);

        var changes = new List<OrgImportChange>();
        var unchanged = 0;
        void Merge(OrgImportRow row, OrgImportLevel level, string? oldName, Action rename, Action add)
        {
            if (oldName == row.Name) { unchanged++; return; }
            if (oldName is null) add(); else rename();
            changes.Add(new OrgImportChange(row.Line, level, row.Code, row.Name, oldName));
        }
        // Parents first, so that a township's district exists (tracked, if new) whatever the file's order.
        foreach (var row in rows.OrderBy(r => r.Code.Count(c => c == '-')))
        {
            switch (LevelOf(row.Code))
            {
                case OrgImportLevel.District:
                    var d = districts.GetValueOrDefault(row.Code);
                    Merge(row, OrgImportLevel.District, d?.Name, () => d!.Name = row.Name,
                        () => db.Districts.Add(districts[row.Code] = new District { Code = row.Code, Name = row.Name }));
                    break;
                case OrgImportLevel.Township:
                    var t = townships.GetValueOrDefault(row.Code);
                    Merge(row, OrgImportLevel.Township, t?.Name, () => t!.Name = row.Name,
                        () => db.Townships.Add(townships[row.Code] = new Township { District = districts[row.Parent], Code = row.Code, Name = row.Name }));
                    break;
                default:
                    var v = villages.GetValueOrDefault(row.Code);
                    Merge(row, OrgImportLevel.Village, v?.Name, () => v!.Name = row.Name,
                        () => db.Villages.Add(villages[row.Code] = new Village { Township = townships[row.Parent], Code = row.Code, Name = row.Name }));
                    break;
            }
        }
        foreach (var change in changes) audit(change);
        // One SaveChanges is one transaction: every unit and every audit line, or none.
        await db.SaveChangesAsync(cancellationToken);
        return new(changes, unchanged, []);
    }

    /// <summary>Depth in the tree by the code's shape: 3301 → district, 3301-01 → township, 3301-01-01 → village.</summary>
    public static OrgImportLevel LevelOf(string code) => (OrgImportLevel)Math.Min(2, code.Count(c => c == '-'));

    /// <summary>Every problem of every line (not only the first), so that one round of fixes is enough.</summary>
    private static List<OrgImportProblem> Check(IReadOnlyList<OrgImportRow> rows, Func<string, bool> inDatabase)
    {
        var problems = new List<OrgImportProblem>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!firstLine.TryAdd(row.Code, row.Line))
                problems.Add(new(row.Line, $"代码 {row.Code} 在第 {firstLine[row.Code]} 行已出现过，每个代码只能出现一次",
                    $"code {row.Code} already appears on line {firstLine[row.Code]}; each code may appear once"));
        }
        foreach (var row in rows)
        {
            if (row.Name.Length == 0)
                problems.Add(new(row.Line, $"{row.Code} 的名称是空的，请填写名称", $"the name of {row.Code} is empty"));
            else if (row.Name.Length > OrgImportFile.MaxNameLength || row.Name.Any(char.IsControl))
                problems.Add(new(row.Line, $"名称最多 {OrgImportFile.MaxNameLength} 个字，且不能含控制字符", $"a name has at most {OrgImportFile.MaxNameLength} characters and no control characters"));
            if (CodeProblem(row) is { } problem) { problems.Add(problem); continue; }
            if (row.Parent.Length > 0 && !firstLine.ContainsKey(row.Parent) && !inDatabase(row.Parent))
                problems.Add(new(row.Line, $"上级代码 {row.Parent} 不存在：数据库里没有，文件里也没有这一行",
                    $"parent {row.Parent} is unknown: neither in the database nor in the file"));
        }
        return problems.OrderBy(p => p.Line).ToList();
    }

    private static OrgImportProblem? CodeProblem(OrgImportRow row)
    {
        var (line, code, parent) = (row.Line, row.Code, row.Parent);
        if (code.Length == 0) return new(line, "代码是空的，请填写代码", "the code is empty");
        if (code.Length > OrgImportFile.MaxCodeLength)
            return new(line, $"代码最长 {OrgImportFile.MaxCodeLength} 个字符", $"a code has at most {OrgImportFile.MaxCodeLength} characters");
        if (parent.Length == 0)
            return OrgCodes.IsDistrictCode(code) ? null
                : new(line, $"没有上级代码的是区，区代码应为 4 位数字（如 3301），这里是「{code}」",
                    $"a row without a parent is a district, whose code is four digits (e.g. 3301); found \"{code}\"");
        if (LevelOf(parent) == OrgImportLevel.Village)
            return new(line, $"上级 {parent} 是村，村下面不能再有下级", $"parent {parent} is a village; villages have no units below them");
        if (!parent.Split('-').All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) || !OrgCodes.IsDistrictCode(parent.Split('-')[0]))
            return new(line, $"上级代码「{parent}」的格式不对，应像 3301 或 3301-01", $"parent code \"{parent}\" is malformed; it looks like 3301 or 3301-01");
        return OrgCodes.IsChildCode(parent, code) ? null
            : new(line, $"代码应为上级代码加“-”和数字，如 {parent}-01，这里是「{code}」",
                $"the code must be its parent's code, \"-\" and digits, e.g. {parent}-01; found \"{code}\"");
    }
}
