using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// A forward-only reader for the two big parts of an xlsx — the sheets and the shared strings — that
/// works on the UTF-8 bytes as they come out of the inflater. XmlReader decodes every byte to UTF-16,
/// normalises names through a name table and builds node objects; for a sheet of a million cells that
/// is two thirds of the time a parse takes, and a ledger needs none of it: element local names, three
/// attributes and the text of &lt;v&gt; and &lt;t&gt;.
/// <para>
/// It is still a strict reader where strictness protects the data: tags must nest and match, the
/// document must not end early (a truncated part is an error, never a shorter sheet), entities are
/// the five predefined ones and character references (checked in the text that is read; the text of
/// skipped elements is only scanned for its end), and a DOCTYPE is refused outright, so no entity
/// expansion or external resolution can happen. Namespace prefixes are ignored, as
/// <see cref="XlsxPackage.ReadToElement"/> does: exports built on the OpenXML SDK write <c>x:row</c>,
/// Strict OOXML uses other namespace URIs. UTF-16 parts (the standard allows them) are transcoded.
/// </para>
/// </summary>
internal sealed class XmlScanner : IDisposable
{
    public enum Node { None, Element, EndElement, Text, EndOfDocument }

    // The largest single tag or text node accepted. Excel caps a cell at 32,767 characters (< 100 KB
    // of UTF-8); anything far beyond that is not a workbook written by a spreadsheet program.
    private const int MaxTokenBytes = 4 * 1024 * 1024;

    private static readonly SearchValues<byte> Space = SearchValues.Create(" \t\r\n"u8);

    private Stream _stream;
    private byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _end;
    private bool _streamEnded;
    private bool _rootSeen;

    // The current node, as offsets into _buffer (valid until the next Read).
    private int _nameStart, _nameLength, _localStart, _attributesStart, _attributesEnd, _textStart, _textLength;
    private bool _cdata;

    // Open elements' qualified names, to check that each end tag closes the element it should.
    private byte[] _openNames = new byte[256];
    private int[] _openEnds = new int[16];

    private readonly ArrayBufferWriter<byte> _content = new(256);
    private readonly ArrayBufferWriter<byte> _attributeValue = new(32);

    public XmlScanner(Stream stream)
    {
        _stream = stream;
        DetectEncoding();
    }

    public Node NodeType { get; private set; }

    /// <summary>Open elements around the current node: 0 for the root element, as XmlReader counts.</summary>
    public int Depth { get; private set; }

    /// <summary>True for a start tag written as &lt;x/&gt;: no end tag follows.</summary>
    public bool IsEmptyElement { get; private set; }

    /// <summary>The local name (prefix removed) of the current element or end tag.</summary>
    public ReadOnlySpan<byte> LocalName => _buffer.AsSpan(_localStart, _nameLength - (_localStart - _nameStart));

    /// <summary>The text accumulated by <see cref="ReadContent"/> and <see cref="AppendContent"/>, as UTF-8.</summary>
    public ReadOnlySpan<byte> Content => _content.WrittenSpan;

    private int OpenCount { get; set; }

    /// <summary>Moves to the next element, end tag or text; comments and processing instructions are passed over.</summary>
    public Node Read()
    {
        while (true)
        {
            if (_position == _end && !Fill())
            {
                if (OpenCount > 0 || !_rootSeen) throw Malformed("the document ends before its last element is closed");
                Depth = 0;
                return NodeType = Node.EndOfDocument;
            }
            if (_buffer[_position] != (byte)'<')
                return ReadText();
            var next = PeekAfterLessThan();
            switch (next)
            {
                case (byte)'/':
                    return ReadEndTag();
                case (byte)'?':
                    SkipPast("?>"u8);
                    continue;
                case (byte)'!':
                    if (StartsWith("<!--"u8)) { SkipPast("-->"u8); continue; }
                    if (StartsWith("<![CDATA["u8)) return ReadCData();
                    throw Malformed("a DOCTYPE or declaration is not allowed in a workbook part");
                default:
                    return ReadStartTag();
            }
        }
    }

    /// <summary>Moves to the next start tag with this local name, anywhere below; false at the end of the document.</summary>
    public bool ReadToElement(ReadOnlySpan<byte> localName)
    {
        while (Read() != Node.EndOfDocument)
        {
            if (NodeType == Node.Element && LocalName.SequenceEqual(localName)) return true;
        }
        return false;
    }

    /// <summary>On a start tag: passes over the element and everything in it, ending on its end tag (or on the tag itself when empty).</summary>
    public void Skip()
    {
        if (NodeType != Node.Element || IsEmptyElement) return;
        var depth = Depth;
        while (Read() != Node.EndElement || Depth != depth) { }
    }

    /// <summary>On a start tag: its text content, entities resolved, child elements left out; ends on its end tag.</summary>
    public ReadOnlySpan<byte> ReadContent()
    {
        ClearContent();
        AppendContent();
        return Content;
    }

    public void ClearContent() => _content.ResetWrittenCount();

    /// <summary>As <see cref="ReadContent"/>, adding to the text already accumulated (the runs of rich text).</summary>
    public void AppendContent()
    {
        if (NodeType != Node.Element || IsEmptyElement) return;
        var depth = Depth;
        while (true)
        {
            switch (Read())
            {
                case Node.Text:
                    AppendText(_content);
                    break;
                case Node.Element:
                    Skip();
                    break;
                case Node.EndElement when Depth == depth:
                    return;
            }
        }
    }

    /// <summary>
    /// On a start tag: the value of the attribute with this local name, entities resolved; false when
    /// the tag has none. Valid until the next call.
    /// </summary>
    public bool TryGetAttribute(ReadOnlySpan<byte> localName, out ReadOnlySpan<byte> value)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.LocalName.SequenceEqual(localName))
            {
                value = Unescape(attribute.RawValue);
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>On a start tag: its attributes in order, with values as written (see <see cref="Unescape(ReadOnlySpan{byte})"/>).</summary>
    public AttributeEnumerator Attributes => new(_buffer.AsSpan(_attributesStart, _attributesEnd - _attributesStart));

    /// <summary>An attribute value with its entities resolved; valid until the next call.</summary>
    public ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny((byte)'&', (byte)'\r') < 0) return raw;
        _attributeValue.ResetWrittenCount();
        Unescape(raw, _attributeValue);
        return _attributeValue.WrittenSpan;
    }

    public readonly ref struct Attribute(ReadOnlySpan<byte> localName, ReadOnlySpan<byte> rawValue)
    {
        public ReadOnlySpan<byte> LocalName { get; } = localName;

        public ReadOnlySpan<byte> RawValue { get; } = rawValue;
    }

    /// <summary>Walks name="value" pairs; a pair that is not one makes the part malformed.</summary>
    public ref struct AttributeEnumerator(ReadOnlySpan<byte> rest)
    {
        private ReadOnlySpan<byte> _rest = rest;

        public Attribute Current { get; private set; }

        public readonly AttributeEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var at = IndexOfNonSpace(_rest);
            if (at < 0) return false;
            var span = _rest[at..];
            var equals = span.IndexOf((byte)'=');
            if (equals < 0) throw Malformed("an attribute has no value");
            var name = span[..equals].TrimEnd(" \t\r\n"u8);
            span = span[(equals + 1)..].TrimStart(" \t\r\n"u8);
            if (span.Length == 0 || span[0] is not ((byte)'"' or (byte)'\'')) throw Malformed("an attribute value is not quoted");
            var close = span[1..].IndexOf(span[0]);
            if (close < 0) throw Malformed("an attribute value is not closed");
            Current = new Attribute(LocalPart(name), span.Slice(1, close));
            _rest = span[(close + 2)..];
            return true;
        }
    }

    public void Dispose() => _stream.Dispose();

    private Node ReadText()
    {
        int length;
        while ((length = IndexOfLessThan(_buffer.AsSpan(_position, _end - _position))) < 0)
        {
            if (Fill()) continue;
            if (OpenCount > 0) throw Malformed("the document ends inside a text");
            length = _end - _position;
            break;
        }
        (_textStart, _textLength, _cdata) = (_position, length, false);
        _position += length;
        Depth = OpenCount;
        if (OpenCount > 0) return NodeType = Node.Text;
        // Outside the root only white space may stand (the line breaks around it).
        if (IndexOfNonSpace(_buffer.AsSpan(_textStart, length)) >= 0) throw Malformed("text outside the root element");
        return Read();
    }

    /// <summary>Cell values are a few bytes: a plain loop first, a vectorised search for long texts.</summary>
    private static int IndexOfLessThan(ReadOnlySpan<byte> span)
    {
        var head = Math.Min(span.Length, 16);
        for (var i = 0; i < head; i++)
        {
            if (span[i] == (byte)'<') return i;
        }
        var rest = span[head..].IndexOf((byte)'<');
        return rest < 0 ? -1 : head + rest;
    }

    private Node ReadCData()
    {
        var start = _position + 9;
        int length;
        while ((length = _buffer.AsSpan(_position + 9, _end - _position - 9).IndexOf("]]>"u8)) < 0)
        {
            if (!Fill()) throw Malformed("a CDATA section is not closed");
            start = _position + 9;
        }
        (_textStart, _textLength, _cdata) = (start, length, true);
        _position = start + length + 3;
        Depth = OpenCount;
        return NodeType = Node.Text;
    }

    private Node ReadStartTag()
    {
        var close = TagEnd();
        var tag = _buffer.AsSpan(_position + 1, close - 1);
        IsEmptyElement = tag.Length > 0 && tag[^1] == (byte)'/';
        if (IsEmptyElement) tag = tag[..^1];
        var nameLength = 0;
        var colon = -1;
        for (; nameLength < tag.Length; nameLength++)
        {
            var b = tag[nameLength];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') break;
            if (b == (byte)':') colon = nameLength;
        }
        if (nameLength == 0) throw Malformed("a tag has no name");
        if (OpenCount == 0 && _rootSeen) throw Malformed("a second root element");
        _rootSeen = true;
        _nameStart = _position + 1;
        _nameLength = nameLength;
        _localStart = _nameStart + colon + 1;
        _attributesStart = _nameStart + nameLength;
        _attributesEnd = _nameStart + tag.Length;
        _position += close + 1;
        Depth = OpenCount;
        if (!IsEmptyElement) PushName(_buffer.AsSpan(_nameStart, _nameLength));
        return NodeType = Node.Element;
    }

    private Node ReadEndTag()
    {
        var close = TagEnd();
        var name = _buffer.AsSpan(_position + 2, close - 2);
        while (name.Length > 0 && name[^1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') name = name[..^1];
        if (OpenCount == 0 || !name.SequenceEqual(PeekName()))
            throw Malformed("an end tag does not match the element it closes");
        OpenCount--;
        _nameStart = _position + 2;
        _nameLength = name.Length;
        _localStart = _nameStart + LocalOffset(name);
        _position += close + 1;
        Depth = OpenCount;
        IsEmptyElement = false;
        return NodeType = Node.EndElement;
    }

    /// <summary>The offset, from the current position, of the '&gt;' closing the tag there; reads more of the stream as needed.</summary>
    private int TagEnd()
    {
        int close;
        while ((close = FindTagEnd(_buffer.AsSpan(_position, _end - _position))) < 0)
        {
            if (!Fill()) throw Malformed("the document ends inside a tag");
        }
        return close;
    }

    /// <summary>The offset of the '&gt;' ending the tag that starts the span, skipping quoted attribute values; -1 when not all there.</summary>
    private static int FindTagEnd(ReadOnlySpan<byte> span)
    {
        // A plain loop: tags are a few bytes long, too short for a vectorised search to pay for its setup.
        for (var at = 1; at < span.Length; at++)
        {
            var b = span[at];
            if (b == (byte)'>') return at;
            if (b is not ((byte)'"' or (byte)'\'')) continue;
            var close = span[(at + 1)..].IndexOf(b);
            if (close < 0) return -1;
            at += close + 1;
        }
        return -1;
    }

    private byte PeekAfterLessThan()
    {
        while (_end - _position < 2)
        {
            if (!Fill()) throw Malformed("the document ends inside a tag");
        }
        return _buffer[_position + 1];
    }

    private bool StartsWith(ReadOnlySpan<byte> prefix)
    {
        while (_end - _position < prefix.Length)
        {
            if (!Fill()) return false;
        }
        return _buffer.AsSpan(_position, prefix.Length).SequenceEqual(prefix);
    }

    private void SkipPast(ReadOnlySpan<byte> terminator)
    {
        int at;
        while ((at = _buffer.AsSpan(_position, _end - _position).IndexOf(terminator)) < 0)
        {
            if (!Fill()) throw Malformed("the document ends inside a comment or instruction");
        }
        _position += at + terminator.Length;
    }

    /// <summary>
    /// Keeps the unread bytes, moved to the front, and reads more after them; false when the stream
    /// has ended. A token longer than the buffer grows it, up to <see cref="MaxTokenBytes"/>.
    /// </summary>
    private bool Fill()
    {
        if (_streamEnded) return false;
        var unread = _end - _position;
        if (_position > 0)
        {
            _buffer.AsSpan(_position, unread).CopyTo(_buffer);
            (_position, _end) = (0, unread);
        }
        else if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxTokenBytes) throw Malformed("a tag or text is too long");
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _streamEnded = true;
            return false;
        }
        _end += n;
        return true;
    }

    /// <summary>Skips a UTF-8 byte order mark; transcodes a UTF-16 part to UTF-8 first.</summary>
    private void DetectEncoding()
    {
        while (_end < 4 && Fill()) { }
        var head = _buffer.AsSpan(0, _end);
        Encoding? wide = head switch
        {
            [0xFF, 0xFE, ..] or [(byte)'<', 0, (byte)'?', 0, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] or [0, (byte)'<', 0, (byte)'?', ..] => Encoding.BigEndianUnicode,
            _ => null,
        };
        if (wide is null)
        {
            if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) _position = 3;
            return;
        }
        var raw = new MemoryStream(_buffer, 0, _end, writable: false);
        _stream = Encoding.CreateTranscodingStream(new ConcatenatedStream(raw, _stream), wide, Encoding.UTF8);
        (_position, _end, _streamEnded) = (0, 0, false);
        // The transcoder writes the UTF-8 BOM for the UTF-16 one it read, if there was one.
        while (_end < 3 && Fill()) { }
        if (_buffer.AsSpan(0, _end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) _position = 3;
    }

    private void AppendText(ArrayBufferWriter<byte> target)
    {
        var text = _buffer.AsSpan(_textStart, _textLength);
        if (text.IndexOfAny((byte)'&', (byte)'\r') < 0)
            target.Write(text);
        else
            Unescape(text, target, entities: !_cdata);
    }

    /// <summary>
    /// Turns \r\n and \r into \n, as XML requires, and resolves the predefined entities and
    /// character references (not in CDATA).
    /// </summary>
    private static void Unescape(ReadOnlySpan<byte> text, ArrayBufferWriter<byte> target, bool entities = true)
    {
        while (text.Length > 0)
        {
            var special = entities ? text.IndexOfAny((byte)'&', (byte)'\r') : text.IndexOf((byte)'\r');
            if (special < 0)
            {
                target.Write(text);
                return;
            }
            target.Write(text[..special]);
            text = text[special..];
            if (text[0] == (byte)'\r')
            {
                target.Write("\n"u8);
                text = text.Length > 1 && text[1] == (byte)'\n' ? text[2..] : text[1..];
                continue;
            }
            var semicolon = text.IndexOf((byte)';');
            if (semicolon < 0) throw Malformed("an entity is not closed");
            var entity = text[1..semicolon];
            text = text[(semicolon + 1)..];
            ReadOnlySpan<byte> replacement = entity switch
            {
                _ when entity.SequenceEqual("lt"u8) => "<"u8,
                _ when entity.SequenceEqual("gt"u8) => ">"u8,
                _ when entity.SequenceEqual("amp"u8) => "&"u8,
                _ when entity.SequenceEqual("quot"u8) => "\""u8,
                _ when entity.SequenceEqual("apos"u8) => "'"u8,
                _ => default,
            };
            if (!replacement.IsEmpty)
            {
                target.Write(replacement);
                continue;
            }
            if (entity is not [(byte)'#', ..] || !TryParseCharacterReference(entity[1..], out var rune))
                throw Malformed("an entity other than the five XML defines");
            target.Advance(rune.EncodeToUtf8(target.GetSpan(4)));
        }
    }

    private static bool TryParseCharacterReference(ReadOnlySpan<byte> digits, out Rune rune)
    {
        rune = default;
        var hex = digits is [(byte)'x', ..];
        var parsed = hex ? Utf8Parser.TryParse(digits[1..], out uint value, out var used, 'x') && used == digits.Length - 1
            : Utf8Parser.TryParse(digits, out value, out used) && used == digits.Length;
        return parsed && value is > 0 and <= 0x10FFFF && Rune.TryCreate((int)value, out rune);
    }

    private void PushName(ReadOnlySpan<byte> name)
    {
        var start = OpenCount == 0 ? 0 : _openEnds[OpenCount - 1];
        if (start + name.Length > _openNames.Length) Array.Resize(ref _openNames, Math.Max(_openNames.Length * 2, start + name.Length));
        if (OpenCount == _openEnds.Length) Array.Resize(ref _openEnds, _openEnds.Length * 2);
        name.CopyTo(_openNames.AsSpan(start));
        _openEnds[OpenCount++] = start + name.Length;
    }

    private ReadOnlySpan<byte> PeekName()
    {
        var start = OpenCount > 1 ? _openEnds[OpenCount - 2] : 0;
        return _openNames.AsSpan(start, _openEnds[OpenCount - 1] - start);
    }

    private static int LocalOffset(ReadOnlySpan<byte> name) => name.IndexOf((byte)':') + 1;

    private static ReadOnlySpan<byte> LocalPart(ReadOnlySpan<byte> name) => name[LocalOffset(name)..];

    private static int IndexOfNonSpace(ReadOnlySpan<byte> span) => span.IndexOfAnyExcept(Space);

    private static InvalidDataException Malformed(string why) => new("malformed XML: " + why);

    /// <summary>The bytes already read, then the rest of the stream: what the transcoder reads from.</summary>
    private sealed class ConcatenatedStream(Stream first, Stream second) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = first.Read(buffer, offset, count);
            return n > 0 ? n : second.Read(buffer, offset, count);
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) second.Dispose();
            base.Dispose(disposing);
        }
    }
}
