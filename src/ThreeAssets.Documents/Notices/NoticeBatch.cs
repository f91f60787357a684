using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace ThreeAssets.Documents.Notices;

/// <summary>A notice PDF with the file name it gets in a ZIP or as a download.</summary>
/// <param name="FileName">File name, e.g. from <see cref="NameFor"/>.</param>
/// <param name="Pdf">The notice's bytes, as stored at publication.</param>
public sealed record NoticeFile(string FileName, byte[] Pdf)
{
    /// <summary>A readable file name: 青河镇-青河村-2026-10-资金收支公开-第1版.pdf.</summary>
    public static string NameFor(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return $"{notice.TownshipName}-{notice.VillageName}-{notice.Period}-{NoticeText.KindTitle(notice.Kind)}-第{notice.Version}版.pdf";
    }
}

/// <summary>
/// A township's notices of one period, for printing and posting: one merged PDF or a ZIP of the
/// individual files. Both work on the stored notice bytes, so every page is exactly what was published.
/// </summary>
public static class NoticeBatch
{
    // ZIP stores MS-DOS times, which start in 1980; an earlier time would make ZipArchive throw.
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>All pages of the notices, in the given order, with one bookmark per notice.</summary>
    /// <param name="notices">The notice files.</param>
    /// <param name="title">Document title, e.g. 青河镇 2026年10月 三资公开公示汇编.</param>
    /// <param name="createdAt">Recorded as the creation date; fixed so the same batch gives the same bytes.</param>
    public static byte[] Merge(IEnumerable<NoticeFile> notices, string title, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(notices);
        using var culture = InvariantCultureScope.Enter();
        using var merged = new PdfDocument();
        merged.Options.Layout = PdfWriterLayout.Compact;
        merged.Info.Title = title;
        merged.Info.Creator = "ThreeAssets";
        merged.Info.CreationDate = createdAt.UtcDateTime;
        merged.Info.ModificationDate = createdAt.UtcDateTime;

        var seed = new StringBuilder(title);
        foreach (var notice in notices)
        {
            using var source = PdfReader.Open(new MemoryStream(notice.Pdf, writable: false), PdfDocumentOpenMode.Import);
            PdfPage? first = null;
            foreach (var page in source.Pages)
            {
                var added = merged.AddPage(page);
                first ??= added;
            }
            if (first is not null)
                merged.Outlines.Add(string.IsNullOrWhiteSpace(source.Info.Title) ? notice.FileName : source.Info.Title, first);
            seed.Append('|').Append(Convert.ToHexString(SHA256.HashData(notice.Pdf)));
        }
        if (merged.PageCount == 0) throw new ArgumentException("No pages to merge.", nameof(notices));

        var id = SHA256.HashData(Encoding.UTF8.GetBytes(seed.ToString()));
        merged.Internals.FirstDocumentID = new string(id.Take(16).Select(b => (char)b).ToArray());
        merged.Internals.SecondDocumentID = merged.Internals.FirstDocumentID;
        using var output = new MemoryStream();
        merged.Save(output, closeStream: false);
        var pdf = output.ToArray();
        ReproducibleOutput.Apply(pdf, seed.ToString());
        return pdf;
    }

    /// <summary>A ZIP of the notice files; duplicate names get (2), (3)… so none is lost.</summary>
    /// <param name="notices">The notice files.</param>
    /// <param name="timestamp">Modification time of every entry; fixed so the same batch gives the same bytes.</param>
    public static byte[] Zip(IEnumerable<NoticeFile> notices, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(notices);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var notice in notices)
            {
                // A notice's streams are deflated already: a second pass saved ~3% and took most of the time.
                var entry = zip.CreateEntry(UniqueName(notice.FileName, used), CompressionLevel.NoCompression);
                entry.LastWriteTime = timestamp < ZipEpoch ? ZipEpoch : timestamp;
                using var stream = entry.Open();
                stream.Write(notice.Pdf);
            }
        }
        return output.ToArray();
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
            candidate = $"{Path.GetFileNameWithoutExtension(name)}({n}){Path.GetExtension(name)}";
        return candidate;
    }
}
