using System.Text;
using PdfSharp.Drawing;

namespace ThreeAssets.Documents.Layout;

/// <summary>Breaks text into lines that fit a width.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Lines of <paramref name="text"/> no wider than <paramref name="width"/>. Chinese may break
    /// between any two characters; Latin words and numbers are kept whole when they fit on a line,
    /// so an amount or a short code is never split in the middle.
    /// </summary>
    public static List<string> Lines(string text, XFont font, double width, XGraphics gfx)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            if (NoticeStyle.Width(gfx, paragraph, font) <= width)
            {
                lines.Add(paragraph);
                continue;
            }
            var line = new StringBuilder();
            foreach (var token in Tokens(paragraph))
            {
                if (NoticeStyle.Width(gfx, line + token, font) <= width)
                {
                    line.Append(token);
                    continue;
                }
                var word = token.TrimStart();
                if (NoticeStyle.Width(gfx, word, font) <= width)
                {
                    if (line.Length > 0) lines.Add(line.ToString().TrimEnd());
                    line.Clear().Append(word);
                    continue;
                }
                // Wider than the column (a long voucher or contract number): it has to break
                // somewhere, so fill the current line first rather than leave a stub on it.
                foreach (var rune in word.EnumerateRunes())
                {
                    if (line.Length > 0 && NoticeStyle.Width(gfx, line + rune.ToString(), font) > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }
                    line.Append(rune.ToString());
                }
            }
            if (line.Length > 0) lines.Add(line.ToString().TrimEnd());
        }
        return lines;
    }

    // A token is one CJK character, or a run of other characters up to and including a space.
    private static IEnumerable<string> Tokens(string text)
    {
        var run = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (IsCjk(rune))
            {
                if (run.Length > 0) { yield return run.ToString(); run.Clear(); }
                yield return s;
                continue;
            }
            run.Append(s);
            if (rune.Value == ' ') { yield return run.ToString(); run.Clear(); }
        }
        if (run.Length > 0) yield return run.ToString();
    }

    // CJK ideographs, kana, full-width forms and CJK punctuation all start at U+2E80.
    private static bool IsCjk(Rune r) => r.Value >= 0x2E80;
}
