using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ThreeAssets.Core.Templates;

/// <summary>
/// Rewrites an xlsx package so that generating it twice gives the same bytes: SpreadCheetah stamps
/// the creation time into docProps/core.xml and the zip entries, which would make the committed
/// templates differ on every run.
/// </summary>
internal static partial class StableZip
{
    /// <summary>The fixed time written into every entry and into dcterms:created.</summary>
    public static readonly DateTimeOffset Stamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == "docProps/core.xml")
            {
                using var reader = new StreamReader(from, Encoding.UTF8);
                var xml = Created().Replace(reader.ReadToEnd(), "${open}2026-01-01T00:00:00Z${close}");
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml);
                to.Write(bytes);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    [GeneratedRegex("(?<open><dcterms:(created|modified)[^>]*>)[^<]*(?<close></dcterms:(created|modified)>)")]
    private static partial Regex Created();
}
