using System.Xml;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// A growable char buffer reused from cell to cell: text and attribute values are copied out of the
/// XmlReader with ReadValueChunk instead of becoming a string each, and only the texts that are new
/// to the <see cref="StringPool"/> are ever allocated.
/// </summary>
internal sealed class TextBuffer
{
    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Appends the value of the reader's current node (text, whitespace, CDATA or attribute).</summary>
    public void AppendValue(XmlReader reader)
    {
        while (true)
        {
            // ReadValueChunk keeps a surrogate pair together, so it needs room for two chars.
            if (_chars.Length - Length < 2) Array.Resize(ref _chars, _chars.Length * 2);
            var n = reader.ReadValueChunk(_chars, Length, _chars.Length - Length);
            if (n == 0) return;
            Length += n;
        }
    }

    /// <summary>
    /// Replaces the buffer with the value of an attribute of the current element; false when the
    /// element has no such attribute. The reader stays on the element.
    /// </summary>
    public bool ReadAttribute(XmlReader reader, string name)
    {
        Length = 0;
        if (!reader.MoveToAttribute(name)) return false;
        AppendValue(reader);
        reader.MoveToElement();
        return true;
    }

    /// <summary>
    /// Appends the text content of the current element (text, CDATA and whitespace, as
    /// ReadElementContentAsString would join them) and moves past its end tag.
    /// </summary>
    public void AppendElementContent(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendValue(reader);
                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    reader.Skip();
                    break;
                default:
                    reader.Read();
                    break;
            }
        }
        reader.Read();
    }
}
