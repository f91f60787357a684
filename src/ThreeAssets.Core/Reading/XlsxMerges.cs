using System.Buffers;
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
/// Reads the merged ranges of a sheet. They are written after the cells, so only the tail after
/// &lt;/sheetData&gt; is parsed; <see cref="ZipGuard"/> keeps that tail while it inflates the package
/// to measure it, and a sheet is inflated a second time only when it did not. Only merges that
/// span rows matter: hand-kept ledgers merge one date or voucher over the lines it covers, and those
/// lines would otherwise read as empty.
/// </summary>
internal static partial class XlsxMerges
{
    private const int MaxTail = 4 * 1024 * 1024;

    public static List<VerticalMerge> Read(ZipArchiveEntry entry)
    {
        var tail = new TailScanner();
        var buffer = new byte[64 * 1024];
        using var stream = entry.Open();
        int n;
        while (!tail.Full && (n = stream.Read(buffer, 0, buffer.Length)) > 0)
            tail.Feed(buffer.AsSpan(0, n));
        return Parse(tail.Text());
    }

    /// <summary>The vertical merges in a sheet's tail (the XML after &lt;/sheetData&gt;), by first row.</summary>
    public static List<VerticalMerge> Parse(string? tail)
    {
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

    /// <summary>
    /// Keeps what follows &lt;/sheetData&gt; in a part's inflated bytes, fed chunk by chunk: by the sheet
    /// reader itself, or by <see cref="ZipGuard"/> while it inflates the package anyway, which saves
    /// inflating every sheet a second time.
    /// </summary>
    internal sealed class TailScanner
    {
        private static ReadOnlySpan<byte> Marker => "</sheetData>"u8;
        private readonly byte[] _carry = new byte[16];
        private int _kept;
        private ArrayBufferWriter<byte>? _tail;

        /// <summary>True once the tail has reached its cap: nothing more is needed.</summary>
        public bool Full => _tail is { WrittenCount: > MaxTail };

        public bool Found => _tail is not null;

        public void Feed(ReadOnlySpan<byte> chunk)
        {
            if (Full) return;
            if (_tail is not null)
            {
                _tail.Write(chunk);
                return;
            }
            // The marker may straddle two chunks: look across the bytes kept from the last one.
            if (_kept > 0)
            {
                var joined = new byte[_kept + Math.Min(chunk.Length, Marker.Length)];
                _carry.AsSpan(0, _kept).CopyTo(joined);
                chunk[..(joined.Length - _kept)].CopyTo(joined.AsSpan(_kept));
                var across = joined.AsSpan().IndexOf(Marker);
                if (across >= 0 && across < _kept)
                {
                    _tail = new ArrayBufferWriter<byte>();
                    _tail.Write(joined.AsSpan(across, _kept - across));
                    _tail.Write(chunk);
                    return;
                }
            }
            var at = chunk.IndexOf(Marker);
            if (at >= 0)
            {
                (_tail = new ArrayBufferWriter<byte>()).Write(chunk[at..]);
                return;
            }
            // Keep the last bytes seen (of this chunk and, when it is short, of the ones before).
            var keep = Marker.Length - 1;
            if (chunk.Length >= keep)
            {
                chunk[^keep..].CopyTo(_carry);
                _kept = keep;
                return;
            }
            var old = Math.Min(_kept, keep - chunk.Length);
            _carry.AsSpan(_kept - old, old).CopyTo(_carry);
            chunk.CopyTo(_carry.AsSpan(old));
            _kept = old + chunk.Length;
        }

        public string? Text() =>
            _tail is null || _tail.WrittenCount == 0 ? null : Encoding.UTF8.GetString(_tail.WrittenSpan);
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
