using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Integrity;

/// <summary>What a publication says about itself, besides its rows; all of it is covered by the content hash.</summary>
/// <param name="PreviousHash">Content hash of the village's previous publication (of any kind): the chain.</param>
/// <param name="SupersedesVersion">For a correction, the version it replaces.</param>
public sealed record PublicationHeader(
    string VillageCode,
    LedgerKind Kind,
    Period Period,
    int Version,
    DateTimeOffset PublishedAt,
    string? PreviousHash,
    int? SupersedesVersion = null,
    string? CorrectionReason = null);

/// <summary>
/// The content hash of a publication: SHA-256 over a canonical serialisation of its header and rows, so
/// that anyone holding the same data computes the same hash, and one changed fen changes it. Rows are
/// written column by column from the ledger schema (amounts as whole fen, dates ISO, decimals invariant),
/// which keeps the serialisation independent of how the rows were stored.
/// </summary>
public static class PublicationHash
{
    private const string FormatVersion = "threeassets-publication/1";
    private const char FieldSeparator = '\u001F';

    /// <summary>Lower-case hex SHA-256 of the canonical serialisation.</summary>
    public static string Compute(PublicationHeader header, IEnumerable<ILedgerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        var ledger = LedgerKinds.Of(header.Kind);
        var schema = ledger.Schema;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder(256);

        Append(hash, line.Append(FormatVersion));
        Append(hash, line.Append("village=").Append(Escape(header.VillageCode)));
        Append(hash, line.Append("kind=").Append(header.Kind.ToString().ToLowerInvariant()));
        Append(hash, line.Append("period=").Append(header.Period.ToString()));
        Append(hash, line.Append("version=").Append(header.Version.ToString(CultureInfo.InvariantCulture)));
        Append(hash, line.Append("publishedAt=").Append(header.PublishedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        Append(hash, line.Append("previous=").Append(header.PreviousHash ?? "-"));
        Append(hash, line.Append("supersedes=").Append(header.SupersedesVersion?.ToString(CultureInfo.InvariantCulture) ?? "-"));
        Append(hash, line.Append("reason=").Append(Escape(header.CorrectionReason ?? "")));
        Append(hash, line.Append("columns=").AppendJoin(FieldSeparator, schema.Columns.Select(c => c.Key)));

        foreach (var row in rows)
        {
            foreach (var column in schema.Columns)
            {
                if (column.Ordinal > 0) line.Append(FieldSeparator);
                line.Append(Canonical(column, ledger.Cell(row, column)));
            }
            Append(hash, line);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The short form shown on pages and notices: the first 12 hex digits in three groups (3F9A-12C4-88B0),
    /// short enough to read out or type from a printout.
    /// </summary>
    public static string Fingerprint(string contentHash) =>
        string.Create(CultureInfo.InvariantCulture, $"{contentHash[..4]}-{contentHash[4..8]}-{contentHash[8..12]}").ToUpperInvariant();

    /// <summary>Normalises what a person typed (spaces, lower case, missing dashes) to the fingerprint form, or null.</summary>
    public static string? NormalizeFingerprint(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var hex = new string(text.Where(Uri.IsHexDigit).ToArray()).ToUpperInvariant();
        var stripped = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        return hex.Length == 12 && stripped.Length == 12 ? $"{hex[..4]}-{hex[4..8]}-{hex[8..]}" : null;
    }

    private static string Canonical(ColumnSpec column, object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m when column.Type == ColumnType.Amount => Money.ToFen(m).ToString(CultureInfo.InvariantCulture),
        decimal m => decimal.Round(m, 4).ToString("0.####", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        string s => Escape(s),
        _ => Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace(FieldSeparator.ToString(), "\\u001F", StringComparison.Ordinal);

    private static void Append(IncrementalHash hash, StringBuilder line)
    {
        // One line is one row: small, so encoding it whole is simpler than chunking (and never splits a surrogate pair).
        var bytes = Encoding.UTF8.GetBytes(line.Append('\n').ToString());
        hash.AppendData(bytes);
        line.Clear();
    }
}
