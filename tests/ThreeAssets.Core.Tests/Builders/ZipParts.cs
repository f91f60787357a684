using System.IO.Compression;

namespace ThreeAssets.Core.Tests.Builders;

/// <summary>The parts of an xlsx package by name, so two workbooks can be compared by content, not timestamps.</summary>
internal static class ZipParts
{
    public static SortedDictionary<string, byte[]> Read(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }
        return parts;
    }
}
