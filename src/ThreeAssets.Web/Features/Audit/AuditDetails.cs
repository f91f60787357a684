using System.Text.Json;
using Microsoft.Extensions.Localization;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Audit;

/// <summary>
/// An entry's details as short "label: value" pairs instead of raw JSON. Known names get words; unknown
/// ones show as written, so a detail added later is never hidden. Long texts are cut, hashes shortened.
/// </summary>
public static class AuditDetails
{
    private const int MaxText = 60;

    public static IReadOnlyList<(string Label, string Value)> Format(IStringLocalizer L, string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return [("", Cut(json))];
            return document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
                .Where(p => p.Name is not ("village" or "publications")) // the org column shows the village; ids of a batch add nothing
                .Select(p => (Label(L, p.Name), Value(L, p.Name, p.Value)))
                .ToList();
        }
        catch (JsonException)
        {
            return [("", Cut(json))];
        }
    }

    private static string Label(IStringLocalizer L, string name) => name switch
    {
        "kind" => L["台账种类"],
        "period" => L["期间"],
        "rows" => L["行数"],
        "errors" => L["错误数"],
        "warnings" => L["提醒数"],
        "sha256" => L["文件指纹"],
        "publication" => L["公示编号"],
        "submission" => L["上报编号"],
        "version" => L["版本"],
        "fingerprint" => L["公示指纹"],
        "supersedes" => L["更正的公示"],
        "reason" => L["原因"],
        "notices" => L["公示份数"],
        "public" => L["公开答复"],
        "previousAnswer" => L["原答复"],
        "row" => L["行号"],
        "days" => L["答复期限（天）"],
        "role" => L["角色"],
        "scopes" => L["范围"],
        "name" => L["名称"],
        "level" => L["级别"],
        "parent" => L["上级"],
        "from" => L["原来"],
        "to" => L["改为"],
        "import" => L["从文件导入"],
        "q" => L["查询的名称"],
        "page" => L["页码"],
        "line" => L["文件行号"],
        _ => name,
    };

    private static string Value(IStringLocalizer L, string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => L["是"],
        JsonValueKind.False => L["否"],
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Take(10).Select(v => Value(L, name, v)))
            + (value.GetArrayLength() > 10 ? "…" : ""),
        JsonValueKind.Number when name == "kind" && value.TryGetInt32(out var k) && Enum.IsDefined((LedgerKind)k) => LedgerText.Kind(L, (LedgerKind)k),
        JsonValueKind.String when name == "kind" && Enum.TryParse<LedgerKind>(value.GetString(), out var kind) => LedgerText.Kind(L, kind),
        JsonValueKind.String when name == "period" => LedgerText.Period(value.GetString()!),
        JsonValueKind.String when name == "sha256" => Cut(value.GetString()!, 12),
        JsonValueKind.String => Cut(value.GetString()!),
        JsonValueKind.Object => Cut(value.GetRawText()),
        _ => value.GetRawText(),
    };

    private static string Cut(string text, int max = MaxText) => text.Length <= max ? text : text[..max] + "…";
}
