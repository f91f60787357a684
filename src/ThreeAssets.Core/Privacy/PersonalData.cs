using System.Text.RegularExpressions;

namespace ThreeAssets.Core.Privacy;

/// <summary>
/// Masks personal data on every public surface (HTML, CSV, XLSX, JSON, PDF): resident ID numbers keep the
/// first 6 and last 4 characters, mobile numbers the first 3 and last 4, bank accounts the last 4, and a
/// private person's name keeps only the surname (张**). Organisations stay readable: residents must be able
/// to see which company was paid. Staff with the right scope see the originals.
/// </summary>
public static partial class PersonalData
{
    // Words that mark a counterparty as an organisation rather than a person.
    private static readonly string[] OrganisationMarks =
    [
        "公司", "集团", "厂", "店", "行", "社", "局", "站", "所", "院", "校", "园", "馆", "中心", "委员会", "委", "办",
        "政府", "村", "组", "队", "部", "处", "科", "会", "场", "银行", "信用", "合作", "协会", "超市", "医院", "诊所",
        "卫生", "学校", "幼儿园", "农场", "牧场", "基地", "工程", "建筑", "物业", "电力", "供电", "自来水", "水务",
        "燃气", "移动", "联通", "电信", "邮政", "财政", "税务", "保险", "加油", "酒楼", "饭庄", "宾馆", "酒店",
        "门市", "经营", "商贸", "贸易", "工作室", "事务所", "服务", "车队", "专业户", "家庭农场",
    ];

    /// <summary>Masks ID numbers, phone numbers and bank accounts wherever they appear inside a text.</summary>
    public static string? MaskText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        return DigitRun().Replace(text, m => MaskDigits(m.Value));
    }

    /// <summary>
    /// Masks a counterparty, lessee or contractor: a private person's name becomes 张**; an organisation's
    /// name is kept; numbers inside are masked as in <see cref="MaskText"/>.
    /// </summary>
    public static string? MaskParty(string? party)
    {
        if (string.IsNullOrWhiteSpace(party)) return party;
        var text = party.Trim();
        if (IsPersonName(text))
            return text[..1] + new string('*', text.Length - 1);
        return MaskText(text);
    }

    /// <summary>True for a short all-Chinese name with no organisation word (张三, 欧阳明华).</summary>
    public static bool IsPersonName(string text)
    {
        if (text.Length is < 2 or > 4) return false;
        foreach (var c in text)
        {
            if (c is < '\u4e00' or > '\u9fff') return false;
        }
        return !OrganisationMarks.Any(text.Contains);
    }

    private static string MaskDigits(string run)
    {
        var compact = run.Replace(" ", "", StringComparison.Ordinal);
        var digits = compact.Count(char.IsAsciiDigit);
        return compact.Length switch
        {
            // Resident identity number: 18 characters (the last may be X), or the old 15 digits.
            18 when digits >= 17 => Keep(run, 6, 4),
            15 when digits == 15 => Keep(run, 6, 4),
            // Mainland mobile number.
            11 when digits == 11 && compact[0] == '1' => Keep(run, 3, 4),
            // Bank card or account number.
            _ when digits >= 12 && digits == compact.Length => Keep(run, 0, 4),
            _ => run,
        };
    }

    /// <summary>Keeps the first <paramref name="head"/> and last <paramref name="tail"/> characters that are not spaces.</summary>
    private static string Keep(string run, int head, int tail)
    {
        var total = run.Count(c => c != ' ');
        var chars = run.ToCharArray();
        var seen = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == ' ') continue;
            if (seen >= head && seen < total - tail) chars[i] = '*';
            seen++;
        }
        return new string(chars);
    }

    // Runs of 11+ digits (an X may end an ID number); spaces inside bank numbers (6222 0212 ...) are joined first.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d(?:[\d ]{9,30})[\dXx](?![0-9A-Za-z])")]
    private static partial Regex DigitRun();
}
