using System.Text;
using PdfSharp.Drawing;

namespace ThreeAssets.Documents.Layout;

/// <summary>Breaks text into lines that fit a width.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Lines of <paramref name="text"/> no wider than <paramref name="width"/>. Chinese may break
    /// between any two characters; Latin words and numbers are kept whole when they fit on a line,
    /// so a voucher number or an amount is never split in the middle.
    /// </summary>
    public static List<string> Lines(string text, XFont font, double width, XGraphics gfx, NoticeStyle style)
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
                if (line.Length > 0) lines.Add(line.ToString().TrimEnd());
                line.Clear();
                // A token wider than the column (a long code) still has to break somewhere.
                foreach (var rune in token.TrimStart().EnumerateRunes())
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

    // A token is one CJK character, or a run of non-CJK characters up to and including a space.
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

    private static bool IsCjk(Rune r) => r.Value >= 0x2E80;
}
