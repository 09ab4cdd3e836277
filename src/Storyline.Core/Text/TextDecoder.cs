using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Core.Text;

/// <summary>
/// Turns raw bytes into text: byte-order mark first, then the transport's charset, then an
/// in-document declaration (XML declaration or HTML meta), then strict UTF-8, then Windows-1252.
/// </summary>
public static partial class TextDecoder
{
    private const int SniffBytes = 4096;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is the HTTP header's charset, if any.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var (encoding, skip) = Detect(bytes, declaredCharset);
        return encoding.GetString(bytes[skip..]);
    }

    /// <summary>Chooses the encoding and the number of BOM bytes to skip.</summary>
    public static (Encoding Encoding, int Skip) Detect(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        // Byte-order marks (written as bytes: a u8 string literal would encode "\xEF" as two UTF-8 bytes).
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode, 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);

        // A transport or document that says UTF-8 while the bytes are not UTF-8 is wrong (a common server
        // default): the next source of truth is asked instead of decoding to replacement characters.
        var fromHeader = TryGet(declaredCharset);
        if (fromHeader is not null && (fromHeader.CodePage != 65001 || IsValidUtf8(bytes))) return (fromHeader, 0);

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var declared = XmlDeclaration().Match(head) is { Success: true } xml ? xml.Groups[1].Value
            : MetaCharset().Match(head) is { Success: true } meta ? meta.Groups[1].Value
            : null;
        var fromDocument = TryGet(declared);
        if (fromDocument is not null && (fromDocument.CodePage != 65001 || IsValidUtf8(bytes))) return (fromDocument, 0);

        return IsValidUtf8(bytes) ? (new UTF8Encoding(false), 0) : (Encoding.GetEncoding(1252), 0);
    }

    /// <summary>True when the bytes look like binary data rather than text in any common encoding.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Length == 0) return false;
        if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF))) return false;
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        }
        return control > sample.Length / 50;
    }

    private static Encoding? TryGet(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''));
            // Pages that claim ISO-8859-1 are Windows-1252 in practice (WHATWG encoding standard).
            return encoding.CodePage == 28591 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
