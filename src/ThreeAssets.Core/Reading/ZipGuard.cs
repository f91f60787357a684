using System.Buffers.Binary;
using System.IO.Compression;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Looks at an xlsx package's zip directory before anything is decompressed: a 3 MB file that
/// declares 770 MB of sheet XML, or a million entries, is refused here in milliseconds.
/// </summary>
internal static class ZipGuard
{
    public enum Verdict { Ok, Truncated, TooManyEntries, TooLarge }

    public static Verdict Inspect(byte[] file, ReaderLimits limits, out string detail)
    {
        detail = "";
        // The end-of-central-directory record sits in the last 22 + 65,535 bytes; its entry count
        // lets us refuse huge directories before ZipArchive materialises an object per entry.
        var eocd = FindEndOfCentralDirectory(file);
        if (eocd < 0)
            return Verdict.Truncated;
        int declared = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(eocd + 10, 2));
        if (declared != 0xFFFF && declared > limits.MaxZipEntries)
        {
            detail = declared.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Verdict.TooManyEntries;
        }
        try
        {
            using var archive = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxZipEntries)
                return Verdict.TooManyEntries;
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                if (entry.Length > MaxBytes(entry, limits) || total > limits.MaxUncompressedBytes)
                {
                    detail = FormatSize(Math.Max(entry.Length, total));
                    return Verdict.TooLarge;
                }
            }
            // Declared sizes can lie. Inflating once while counting costs a few milliseconds for a real
            // workbook and stops a lying bomb at the limit, before the XML reader ever sees it.
            if (MeasureInflated(archive, limits) is { } inflated)
            {
                detail = FormatSize(inflated);
                return Verdict.TooLarge;
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return Verdict.Truncated;
        }
        return Verdict.Ok;
    }

    private static long? MeasureInflated(ZipArchive archive, ReaderLimits limits)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            var max = MaxBytes(entry, limits);
            long size = 0;
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                size += n;
                total += n;
                if (size > max || total > limits.MaxUncompressedBytes)
                    return Math.Max(size, total);
            }
        }
        return null;
    }

    private static long MaxBytes(ZipArchiveEntry entry, ReaderLimits limits) =>
        entry.FullName.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase)
            ? Math.Min(limits.MaxSharedStringsBytes, limits.MaxEntryBytes)
            : limits.MaxEntryBytes;

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    private static int FindEndOfCentralDirectory(byte[] file)
    {
        var stop = Math.Max(0, file.Length - 22 - 65_535);
        for (var i = file.Length - 22; i >= stop; i--)
        {
            if (file[i] == 0x50 && file[i + 1] == 0x4B && file[i + 2] == 0x05 && file[i + 3] == 0x06)
                return i;
        }
        return -1;
    }
}
