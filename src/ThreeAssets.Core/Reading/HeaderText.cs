using System.Collections.Concurrent;
using System.Text;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Reading;

/// <summary>What a header cell was recognised as: a schema column, part of one, or a known column we do not store.</summary>
internal sealed record HeaderTarget(ColumnSpec? Spec, SplitHeader? Split)
{
    public ColumnSpec? Target => Spec ?? Split?.Target;
}

/// <summary>Header spellings as people type them, reduced to one form, and looked up in a schema.</summary>
internal static class HeaderText
{
    private static readonly HeaderTarget IgnoredTarget = new(null, null);
    private static readonly ConcurrentDictionary<LedgerKind, Dictionary<string, HeaderTarget>> Indexes = new();

    /// <summary>
    /// 摘 要 → 摘要, 面积（亩） → 面积(亩), "日期\n" → 日期, '凭证号 → 凭证号, 日期* → 日期, 科目： → 科目.
    /// </summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '（': sb.Append('('); break;
                case '）': sb.Append(')'); break;
                case '／': sb.Append('/'); break;
                case '*' or '＊' or '：' or ':': break;
                default:
                    if (!char.IsWhiteSpace(ch)) sb.Append(ch);
                    break;
            }
        }
        while (sb.Length > 0 && sb[0] is '\'' or '‘' or '’')
            sb.Remove(0, 1);
        return sb.ToString();
    }

    /// <summary>The column a header cell names, or null when the text is no header of this ledger.</summary>
    public static HeaderTarget? Match(LedgerSchema schema, string text)
    {
        var index = Indexes.GetOrAdd(schema.Kind, _ => BuildIndex(schema));
        var key = Normalise(text);
        if (key.Length == 0) return null;
        if (index.TryGetValue(key, out var target)) return target;
        // 收入金额(元), 面积(亩数): a trailing unit in brackets does not change the column.
        var bracket = key.LastIndexOf('(');
        return bracket > 0 && key[^1] == ')' && index.TryGetValue(key[..bracket], out target) ? target : null;
    }

    /// <summary>True when the target is a known column with nothing to store (序号).</summary>
    public static bool IsIgnored(HeaderTarget target) => ReferenceEquals(target, IgnoredTarget);

    private static Dictionary<string, HeaderTarget> BuildIndex(LedgerSchema schema)
    {
        var index = new Dictionary<string, HeaderTarget>(StringComparer.Ordinal);
        foreach (var header in schema.IgnoredHeaders)
            index[Normalise(header)] = IgnoredTarget;
        foreach (var split in schema.SplitHeaders)
            index[Normalise(split.Header)] = new HeaderTarget(null, split);
        foreach (var column in schema.Columns)
        {
            foreach (var alias in column.Aliases)
                index[Normalise(alias)] = new HeaderTarget(column, null);
            index[Normalise(column.Header)] = new HeaderTarget(column, null);
        }
        return index;
    }
}
