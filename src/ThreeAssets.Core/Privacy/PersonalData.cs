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
        "门市", "经营", "商贸", "贸易", "工作室", "事务所", "服务", "车队", "专业户", "家庭农场", "中国", "国网", "电网",
        "石化", "石油", "小学", "中学", "大学",
    ];

    // Words that label a number beside a name (张三（身份证 110…）): neither a person nor an organisation.
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal)
    {
        "身份证", "身份证号", "身份证号码", "证件号", "证件号码", "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码",
        "卡号", "账号", "帐号", "银行卡", "银行卡号", "开户行", "户名", "等", "和", "及", "与",
    };

    // Latin words that mark an organisation (Acme Ltd), and labels (Tel, ID) that are not names.
    private static readonly HashSet<string> LatinOrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ltd", "limited", "co", "company", "corp", "corporation", "inc", "llc", "plc", "group", "bank", "school",
        "university", "college", "hospital", "clinic", "committee", "cooperative", "coop", "association", "factory",
        "store", "shop", "centre", "center", "office", "government", "station", "farm", "service", "services",
        "trading", "construction", "engineering", "tel", "phone", "mobile", "id", "no", "card", "account",
    };

    /// <summary>Masks ID numbers, phone numbers and bank accounts wherever they appear inside a text.</summary>
    public static string? MaskText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        return DigitRun().Replace(text, m => MaskDigits(m.Value));
    }

    /// <summary>
    /// Masks a party cell (counterparty, lessee, contractor, 经手人, 审批人): numbers as in <see cref="MaskText"/>,
    /// then every word of the cell on its own, so that a name beside a number, another name or an organisation
    /// is masked too (张三丰 13812345678 → 张** 138****5678; 张三丰/李四 → 张**/李*; 桃源村股份经济合作社 张三 →
    /// 桃源村股份经济合作社 张*). A run of Chinese characters is kept when it names an organisation (a word such as
    /// 公司, 合作社, 委员会; a short tail after the organisation, 合作社张三, is masked as a name) or labels a number
    /// (身份证, 电话); a single character is kept; anything else keeps only its first character (张**, and
    /// 付张三丰工资 → 付*****: in a party cell an unknown word is treated as private). A run of Latin words is kept
    /// with an organisation word (Acme Ltd), otherwise each word keeps its first letter (Zhang Sanfeng → Z**** S******).
    /// </summary>
    public static string? MaskParty(string? party)
    {
        if (string.IsNullOrWhiteSpace(party)) return party;
        return PartyWord().Replace(MaskText(party.Trim())!, m => m.Groups["latin"].Success ? MaskLatin(m.Value) : MaskChinese(m.Value));
    }

    private static string MaskChinese(string run)
    {
        if (run.Length == 1 || Labels.Contains(run)) return run;
        var organisationEnd = OrganisationMarks.Select(mark => run.LastIndexOf(mark, StringComparison.Ordinal) is var i and >= 0 ? i + mark.Length : -1).Max();
        if (organisationEnd < 0) return Initial(run);
        var tail = run[organisationEnd..];
        return tail.Length is >= 2 and <= 4 && !OrganisationMarks.Any(tail.Contains) ? run[..organisationEnd] + Initial(tail) : run;
    }

    private static string MaskLatin(string run)
    {
        var words = run.Split(' ');
        if (words.Any(w => LatinOrganisationWords.Contains(w.TrimEnd('.')))) return run;
        return string.Join(' ', words.Select(Initial));
    }

    private static string Initial(string word) => word[..1] + new string('*', word.Length - 1);

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

    // A run of Chinese characters, or of Latin words joined by single spaces (not the X ending a masked ID number).
    [GeneratedRegex(@"[\u4e00-\u9fff]+|(?<latin>(?<![0-9A-Za-z*])[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*)*)")]
    private static partial Regex PartyWord();
}
