using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ThreeAssets.Core.Reading;

/// <summary>A range merged down several rows: the value of its first row belongs to all of them.</summary>
internal sealed record VerticalMerge(int FirstRow, int LastRow, int Column)
{
    public object? Value { get; set; }
}

/// <summary>
/// Reads the merged ranges of a sheet. They are written after the cells, so the sheet is inflated
/// once more (milliseconds) and only the tail after &lt;/sheetData&gt; is parsed. Only merges that
/// span rows matter: hand-kept ledgers merge one date or voucher over the lines it covers, and those
/// lines would otherwise read as empty.
/// </summary>
internal static partial class XlsxMerges
{
    private const int MaxTail = 4 * 1024 * 1024;

    public static List<VerticalMerge> Read(ZipArchiveEntry entry)
    {
        var tail = Tail(entry);
        var merges = new List<VerticalMerge>();
        if (tail is null) return merges;
        foreach (Match m in MergeCell().Matches(tail))
        {
            var (first, last) = (int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (last > first && Column(m.Groups[1].Value) is var column and >= 0)
                merges.Add(new VerticalMerge(first, last, column));
        }
        merges.Sort((a, b) => a.FirstRow.CompareTo(b.FirstRow));
        return merges;
    }

    private static string? Tail(ZipArchiveEntry entry)
    {
        var marker = "</sheetData>"u8;
        var buffer = new byte[64 * 1024 + 16];
        using var stream = entry.Open();
        MemoryStream? tail = null;
        int n;
        var keep = 0;
        while ((n = stream.Read(buffer, keep, buffer.Length - keep)) > 0)
        {
            var window = buffer.AsSpan(0, keep + n);
            if (tail is null)
            {
                var at = window.IndexOf(marker);
                if (at >= 0)
                    (tail = new MemoryStream()).Write(window[at..]);
                else
                {
                    // Keep the last bytes: the marker may straddle two reads.
                    keep = Math.Min(window.Length, marker.Length);
                    window[^keep..].CopyTo(buffer);
                    continue;
                }
            }
            else
            {
                tail.Write(window);
            }
            keep = 0;
            if (tail.Length > MaxTail) break;
        }
        return tail is null || tail.Length == 0 ? null : Encoding.UTF8.GetString(tail.GetBuffer(), 0, (int)tail.Length);
    }

    private static int Column(string letters)
    {
        var column = 0;
        foreach (var c in letters) column = column * 26 + (c - 'A' + 1);
        return column - 1;
    }

    [GeneratedRegex(@"<(?:\w+:)?mergeCell\s+ref=""([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)""")]
    private static partial Regex MergeCell();
}
