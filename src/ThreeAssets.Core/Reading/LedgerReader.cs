using ExcelDataReader.Exceptions;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Reads an uploaded ledger (xlsx, xls or CSV, told apart by content) and validates it: a pure
/// function of the bytes. Expected problems — a damaged file, a missing column, a wrong balance — are
/// findings in the report, never exceptions.
/// </summary>
public static class LedgerReader
{
    /// <summary>Reads and validates an upload from a stream (read to the end, up to the upload limit).</summary>
    public static ParsedLedger Read(Stream stream, string fileName, LedgerKind kind, Period? period = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReadOptions.Default;
        var limit = options.Limits.MaxUploadBytes;
        if (stream.CanSeek && stream.Length - stream.Position is var remaining and >= 0 and <= int.MaxValue)
        {
            // A file or a buffered upload: read it straight into an array of the right size, rather than
            // growing a MemoryStream (large-object garbage of about twice the file) and copying it out.
            if (remaining > limit)
                return Refused(kind, Rules.FileTooLarge, "> " + ZipGuard.FormatSize(limit), ZipGuard.FormatSize(limit));
            var bytes = new byte[remaining];
            stream.ReadExactly(bytes);
            return Read(bytes, fileName, kind, period, options);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > limit)
                return Refused(kind, Rules.FileTooLarge, "> " + ZipGuard.FormatSize(limit), ZipGuard.FormatSize(limit));
        }
        return Read(buffer.ToArray(), fileName, kind, period, options);
    }

    /// <summary>Reads and validates an upload held in memory.</summary>
    public static ParsedLedger Read(byte[] file, string fileName, LedgerKind kind, Period? period = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        options ??= ReadOptions.Default;
        var limits = options.Limits;
        if (file.Length == 0)
            return Refused(kind, Rules.FileEmpty);
        if (file.Length > limits.MaxUploadBytes)
            return Refused(kind, Rules.FileTooLarge, ZipGuard.FormatSize(file.Length), ZipGuard.FormatSize(limits.MaxUploadBytes));

        var format = FileFormatDetector.Detect(file);
        IReadOnlyDictionary<string, string?>? sheetTails = null;
        switch (format)
        {
            case FileFormat.Xlsx:
                var verdict = ZipGuard.Inspect(file, limits, out var detail, out var tails);
                if (verdict == ZipGuard.Verdict.Truncated)
                    return Refused(kind, Rules.FileUnreadable, detail: "文件内容不完整，可能上传或复制时中断了", detailEn: "the file is incomplete");
                if (verdict == ZipGuard.Verdict.TooManyEntries)
                    return Refused(kind, Rules.FileUnreadable, detail: "文件里的部件数量异常，不像正常的 Excel 文件", detailEn: "too many parts for a workbook");
                if (verdict == ZipGuard.Verdict.TooLarge)
                    return Refused(kind, Rules.FileTooLarge, "解压后 " + detail, "解压后 " + ZipGuard.FormatSize(limits.MaxUncompressedBytes));
                sheetTails = tails;
                break;
            case FileFormat.Ole2 when FileFormatDetector.IsEncryptedPackage(file):
                return Refused(kind, Rules.FileEncrypted);
            case FileFormat.Csv when !FileFormatDetector.LooksLikeText(file.AsSpan(0, Math.Min(file.Length, 4096))):
                return Refused(kind, Rules.FileUnreadable, detail: "它不是 Excel 表格或 CSV 文件", detailEn: "it is neither a workbook nor a CSV file");
        }

        var (given, source) = period is { } p ? (p, PeriodSource.Given)
            : PeriodInference.FromFileName(fileName) is { } fromName ? (fromName, PeriodSource.FileName) : ((Period?)null, PeriodSource.None);
        try
        {
            // ExcelDataReader and our own readers on a thread of their own, with a time limit: a damaged
            // .xls that makes a reader spin must not hold a request, nor the server, for ever.
            return BoundedParse.Run(() =>
            {
                using var sheets = SheetSource.Open(file, format, limits.MaxColumns, sheetTails);
                return new SheetParser(kind, options, sheets, given, source).Parse();
            }, limits.MaxParseTime, () => Refused(kind, Rules.FileUnreadable,
                detail: "文件读取超时，结构异常", detailEn: "reading it took too long"));
        }
        catch (InvalidPasswordException)
        {
            return Refused(kind, Rules.FileEncrypted);
        }
#pragma warning disable CA1031 // A damaged upload may fail anywhere inside the third-party reader; it must become a finding, not a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Refused(kind, Rules.FileUnreadable, detail: "文件已损坏或格式不对", detailEn: "the file is damaged (" + e.GetType().Name + ")");
        }
    }

    internal static ParsedLedger Refused(LedgerKind kind, Rule rule, string? value = null, string? expected = null, string? detail = null, string? detailEn = null) => new()
    {
        Kind = kind,
        Unreadable = true,
        Report = new ValidationReport([rule.At(new CellSite("", 0), value, expected, detail, detailEn)]),
    };
}
