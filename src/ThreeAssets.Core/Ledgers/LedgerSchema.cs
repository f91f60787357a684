namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// The canonical description of one ledger kind: its columns in template order, the split headers
/// joined back when reading, and headers that are recognised but carry nothing we store (序号).
/// The three instances live in <see cref="FundsSchema"/>, <see cref="AssetsSchema"/> and
/// <see cref="ResourcesSchema"/>; each kind's <see cref="LedgerDescriptor"/> holds its schema and <see cref="For"/> picks one by kind.
/// </summary>
public sealed class LedgerSchema
{
    /// <summary>Builds a schema and numbers its columns.</summary>
    public LedgerSchema(LedgerKind kind, string title, string titleEn, IReadOnlyList<ColumnSpec> columns,
        IReadOnlyList<SplitHeader>? splitHeaders = null, IReadOnlyList<string>? ignoredHeaders = null)
    {
        Kind = kind;
        Title = title;
        TitleEn = titleEn;
        Columns = columns;
        SplitHeaders = splitHeaders ?? [];
        IgnoredHeaders = ignoredHeaders ?? [];
        for (var i = 0; i < columns.Count; i++)
            columns[i].Ordinal = i;
    }

    /// <summary>The ledger kind.</summary>
    public LedgerKind Kind { get; }

    /// <summary>Chinese name of the ledger (资金收支明细), also the template's file and sheet name.</summary>
    public string Title { get; }

    /// <summary>English name of the ledger.</summary>
    public string TitleEn { get; }

    /// <summary>The columns in template order; <see cref="ColumnSpec.Ordinal"/> is the index here.</summary>
    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>Headers holding part of a column (月 + 日, 凭证字 + 凭证号, 承包期限).</summary>
    public IReadOnlyList<SplitHeader> SplitHeaders { get; }

    /// <summary>Headers recognised as belonging to the ledger but not stored (序号, 规格型号).</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; }

    /// <summary>The column with this key, or null.</summary>
    public ColumnSpec? Find(string key) => Columns.FirstOrDefault(c => c.Key == key);

    /// <summary>The schema of a ledger kind.</summary>
    public static LedgerSchema For(LedgerKind kind) => LedgerKinds.Of(kind).Schema;
}
