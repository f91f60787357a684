using System.Buffers.Binary;
using System.Text;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// The error cells of an .xls workbook (#REF!, #DIV/0!, a formula whose last result was an error), by
/// sheet name and 0-based row and column. ExcelDataReader 3.6, which reads .xls here, returns such a
/// cell as empty, and an amount that reads as empty is a missing amount, not the broken formula it is.
/// So the file is looked at once more for just these: the compound file's Workbook stream, then each
/// worksheet's BOOLERR and FORMULA records (BIFF8, Excel 97 and later).
/// <para>
/// The file is an untrusted upload: every offset is checked, sector chains are bounded, and anything
/// not understood (an older BIFF, an encrypted workbook, damage) yields no error cells rather than an
/// exception — the main reader reports damage itself.
/// </para>
/// </summary>
internal static class XlsErrorCells
{
    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private const uint EndOfChain = 0xFFFFFFFE;

    // Each sheet is one pass over its records; a file naming thousands of sheets must not cost thousands of passes.
    private const int MaxSheets = 100;

    public static IReadOnlyDictionary<string, Dictionary<(int Row, int Column), ExcelError>> Read(byte[] file)
    {
        try
        {
            return WorkbookStream(file) is { } workbook ? Sheets(workbook) : [];
        }
#pragma warning disable CA1031 // Damage anywhere in an untrusted file means "no error cells known"; the main reader reports the damage.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new Dictionary<string, Dictionary<(int, int), ExcelError>>();
        }
    }

    /// <summary>The "Workbook" stream of an OLE2 compound file (MS-CFB), or null.</summary>
    private static byte[]? WorkbookStream(byte[] file)
    {
        if (file.Length < 512 || !file.AsSpan(0, 8).SequenceEqual(Signature)) return null;
        var header = file.AsSpan(0, 512);
        var sectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
        var miniSectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(header[0x20..]);
        if (sectorSize is not (512 or 4096) || miniSectorSize != 64) return null;
        var fat = Fat(file, header, sectorSize);
        var directory = Chain(file, fat, BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]), sectorSize);

        (uint Start, long Size)? root = null, workbook = null;
        for (var at = 0; at + 128 <= directory.Length; at += 128)
        {
            var entry = directory.AsSpan(at, 128);
            var nameBytes = Math.Clamp(BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]) - 2, 0, 62);
            var name = Encoding.Unicode.GetString(entry[..nameBytes]);
            var stream = (BinaryPrimitives.ReadUInt32LittleEndian(entry[116..]), (long)BinaryPrimitives.ReadUInt32LittleEndian(entry[120..]));
            if (entry[66] == 5) root = stream;
            else if (entry[66] == 2 && name.Equals("Workbook", StringComparison.OrdinalIgnoreCase)) workbook = stream;
        }
        if (workbook is not { } book) return null;
        var miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(header[0x38..]);
        byte[] bytes;
        if (book.Size >= miniCutoff)
        {
            bytes = Chain(file, fat, book.Start, sectorSize);
        }
        else
        {
            // Small streams live in 64-byte mini sectors inside the root entry's stream.
            if (root is not { } container) return null;
            var miniFat = ToEntries(Chain(file, fat, BinaryPrimitives.ReadUInt32LittleEndian(header[0x3C..]), sectorSize));
            bytes = Chain(Chain(file, fat, container.Start, sectorSize), miniFat, book.Start, miniSectorSize, offsetBySector: false);
        }
        return book.Size <= bytes.Length ? bytes[..(int)book.Size] : null;
    }

    /// <summary>The file allocation table: its sectors are listed in the header and then in a chain of DIFAT sectors.</summary>
    private static uint[] Fat(byte[] file, ReadOnlySpan<byte> header, int sectorSize)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var sector = BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + 4 * i)..]);
            if (sector >= EndOfChain) break;
            fatSectors.Add(sector);
        }
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header[0x44..]);
        var perDifat = sectorSize / 4 - 1;
        for (var guard = 0; difat < EndOfChain && guard < file.Length / sectorSize; guard++)
        {
            var sector = SectorSpan(file, difat, sectorSize);
            for (var i = 0; i < perDifat; i++)
            {
                var fatSector = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * i)..]);
                if (fatSector < EndOfChain) fatSectors.Add(fatSector);
            }
            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * perDifat)..]);
        }
        // Each FAT sector is a sector of the file: a longer list is a damaged or hostile directory.
        if (fatSectors.Count > file.Length / sectorSize) throw new InvalidDataException("FAT");
        var fat = new byte[fatSectors.Count * sectorSize];
        for (var i = 0; i < fatSectors.Count; i++)
            SectorSpan(file, fatSectors[i], sectorSize).CopyTo(fat.AsSpan(i * sectorSize));
        return ToEntries(fat);
    }

    /// <summary>The bytes of a sector chain; a chain longer than the data could hold is a loop in a damaged file.</summary>
    private static byte[] Chain(byte[] data, uint[] table, uint start, int sectorSize, bool offsetBySector = true)
    {
        using var bytes = new MemoryStream();
        var limit = data.Length / sectorSize + 1;
        for (var sector = start; sector < EndOfChain; sector = sector < table.Length ? table[sector] : throw new InvalidDataException("chain"))
        {
            if (--limit < 0) throw new InvalidDataException("loop");
            bytes.Write(offsetBySector ? SectorSpan(data, sector, sectorSize) : data.AsSpan(checked((int)(sector * (uint)sectorSize)), sectorSize));
        }
        return bytes.ToArray();
    }

    // Sector n starts after the 512-byte header block (which is one whole sector of 4096-byte files).
    private static ReadOnlySpan<byte> SectorSpan(byte[] file, uint sector, int sectorSize) =>
        file.AsSpan(checked((int)((sector + 1) * (ulong)sectorSize)), sectorSize);

    private static uint[] ToEntries(byte[] bytes)
    {
        var entries = new uint[bytes.Length / 4];
        for (var i = 0; i < entries.Length; i++) entries[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 * i));
        return entries;
    }

    /// <summary>Each worksheet named in the globals' BOUNDSHEET records, scanned from its BOF to its EOF.</summary>
    private static Dictionary<string, Dictionary<(int, int), ExcelError>> Sheets(byte[] workbook)
    {
        var sheets = new Dictionary<string, Dictionary<(int, int), ExcelError>>(StringComparer.Ordinal);
        var sheetCount = 0;
        foreach (var (type, offset, length) in Records(workbook, 0))
        {
            var data = workbook.AsSpan(offset, length);
            switch (type)
            {
                case 0x0809 when length < 2 || BinaryPrimitives.ReadUInt16LittleEndian(data) != 0x0600: // BOF: not BIFF8
                case 0x002F: // FILEPASS: encrypted
                case 0x000A: // EOF: the end of the globals
                    return sheets;
                case 0x0085 when ++sheetCount > MaxSheets:
                    return sheets;
                case 0x0085 when length >= 8 && data[5] == 0: // BOUNDSHEET of a worksheet
                    var errors = Errors(workbook, (int)BinaryPrimitives.ReadUInt32LittleEndian(data));
                    if (errors.Count > 0) sheets[SheetName(data[6..])] = errors;
                    break;
            }
        }
        return sheets;
    }

    private static Dictionary<(int, int), ExcelError> Errors(byte[] workbook, int sheetStart)
    {
        var errors = new Dictionary<(int, int), ExcelError>();
        foreach (var (type, offset, length) in Records(workbook, sheetStart))
        {
            if (type == 0x000A) break;
            var data = workbook.AsSpan(offset, length);
            var code = type switch
            {
                0x0205 when length >= 8 && data[7] == 1 => data[6], // BOOLERR holding an error
                0x0006 when length >= 14 && data[6] == 2 && data[12] == 0xFF && data[13] == 0xFF => data[8], // FORMULA whose result is an error
                _ => -1,
            };
            if (code >= 0 && Text(code) is { } text)
                errors[(BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..]))] = new ExcelError(text);
        }
        return errors;
    }

    private static string? Text(int code) => code switch
    {
        0x00 => "#NULL!", 0x07 => "#DIV/0!", 0x0F => "#VALUE!", 0x17 => "#REF!", 0x1D => "#NAME?", 0x24 => "#NUM!", 0x2A => "#N/A",
        _ => null,
    };

    /// <summary>A ShortXLUnicodeString: a length, a flag (0: one byte per character, 1: UTF-16), the characters.</summary>
    private static string SheetName(ReadOnlySpan<byte> data)
    {
        int length = data[0];
        return data[1] switch
        {
            0 => Encoding.Latin1.GetString(data.Slice(2, length)),
            _ => Encoding.Unicode.GetString(data.Slice(2, length * 2)),
        };
    }

    /// <summary>BIFF records from an offset: a type, a length, the data (as an offset and length into the stream).</summary>
    private static IEnumerable<(int Type, int Offset, int Length)> Records(byte[] stream, int start)
    {
        for (var at = start; at >= 0 && at + 4 <= stream.Length;)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at));
            var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
            if (at + 4 + length > stream.Length) yield break;
            yield return (type, at + 4, length);
            at += 4 + length;
        }
    }
}
