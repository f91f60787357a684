using System.Globalization;
using System.Text;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Cuts every CSV field longer than <see cref="MaxFieldBytes"/> before the CSV parser sees it. ExcelDataReader
/// builds each field as one string and buffers it more than once, so a single 20 MB cell cost about half a
/// gigabyte. A cut field still holds more than <see cref="SheetSource.MaxCellChars"/> characters whatever the
/// encoding (no character takes more than four bytes), so it is refused as before, at the same cell; it ends
/// with a marker carrying its original length in characters, so that the finding says how long the cell
/// really was (<see cref="OriginalLength"/>). Works on bytes: in UTF-8 and GBK the quote, the separators and the
/// line ends are never part of a multi-byte character, and files with NUL bytes (UTF-16) are refused as not
/// text before this.
/// </summary>
internal static class CsvFieldClamp
{
    public const int MaxFieldBytes = (SheetSource.MaxCellChars + 1) * 4;
    private const char Marker = '\u001F';

    /// <summary>The file itself when no field is too long (the common case: no copy), else a copy with long fields cut.</summary>
    public static byte[] Clamp(byte[] file, Encoding encoding)
    {
        if (!Scan(file, null, encoding)) return file;
        using var output = new MemoryStream(file.Length);
        Scan(file, output, encoding);
        return output.ToArray();
    }

    /// <summary>The length in characters of a cell that was cut, or null for a cell that was not.</summary>
    public static int? OriginalLength(string text)
    {
        if (text.Length < 3 || text[^1] != Marker) return null;
        var start = text.LastIndexOf(Marker, text.Length - 2);
        return start >= 0 && int.TryParse(text.AsSpan(start + 1, text.Length - start - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length : null;
    }

    /// <summary>
    /// Walks the fields (quotes, doubled quotes, separators, line ends). Without <paramref name="output"/> it only
    /// says whether a field is too long; with it, it copies the file, drops each field's bytes past the cap and
    /// marks the field with its length.
    /// </summary>
    private static bool Scan(byte[] file, MemoryStream? output, Encoding encoding)
    {
        var (quoted, fieldStart, contentStart, doubled) = (false, true, 0, 0);
        var i = 0;
        void EndField(int contentEnd)
        {
            if (contentEnd - contentStart <= MaxFieldBytes || output is null) return;
            // A doubled quote is one character of the cell.
            var marker = $"{Marker}{encoding.GetCharCount(file, contentStart, contentEnd - contentStart) - doubled}{Marker}";
            output.Write(Encoding.ASCII.GetBytes(marker));
        }
        for (; i < file.Length; i++)
        {
            var b = file[i];
            if (fieldStart)
            {
                fieldStart = false;
                quoted = b == (byte)'"';
                doubled = 0;
                contentStart = quoted ? i + 1 : i;
                if (quoted) { output?.WriteByte(b); continue; }
            }
            if (quoted && b == (byte)'"')
            {
                if (i + 1 < file.Length && file[i + 1] == (byte)'"') { Keep(output, file, contentStart, i++); Keep(output, file, contentStart, i); doubled++; continue; }
                EndField(i);
                quoted = false;
                output?.WriteByte(b);
                // What follows a closing quote up to the separator is part of the field for the parser, and short in any real file.
                contentStart = i + 1;
                continue;
            }
            if (!quoted && IsEnd(b))
            {
                EndField(i);
                fieldStart = true;
                output?.WriteByte(b);
                continue;
            }
            if (output is null && i - contentStart >= MaxFieldBytes) return true;
            Keep(output, file, contentStart, i);
        }
        if (!fieldStart && !quoted) EndField(file.Length);
        return false;
    }

    /// <summary>Copies the byte unless it lies past the cap — except the rest of a UTF-8 character begun before it, so the text stays well formed.</summary>
    private static void Keep(MemoryStream? output, byte[] file, int contentStart, int i)
    {
        if (output is null) return;
        var offset = i - contentStart;
        if (offset < MaxFieldBytes || (offset < MaxFieldBytes + 3 && (file[i] & 0xC0) == 0x80 && BegunBeforeCap(file, contentStart, i)))
            output.WriteByte(file[i]);
    }

    private static bool BegunBeforeCap(byte[] file, int contentStart, int i)
    {
        var lead = i;
        while (lead > contentStart && (file[lead] & 0xC0) == 0x80) lead--;
        return lead - contentStart < MaxFieldBytes;
    }

    private static bool IsEnd(byte b) => b is (byte)',' or (byte)';' or (byte)'\t' or (byte)'\n' or (byte)'\r';
}
