using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Storyline.Core.Feeds;

/// <summary>
/// Loads feed XML safely (no DTD processing, no resolver, no entity expansion, a depth cap) and
/// repairs the breakage real feeds carry: HTML entities, bare ampersands, control characters,
/// junk around the root element. Declarations that could expand are refused, never repaired.
/// </summary>
internal static partial class FeedXmlLoader
{
    /// <summary>The loaded document, or the refusal / failure reason.</summary>
    public static (XDocument? Document, FeedParseOutcome? Failure) Load(string text, FeedParserOptions options, List<string> warnings)
    {
        var doctype = Doctype().Match(text);
        if (doctype.Success)
        {
            if (doctype.Groups["subset"].Success)
                return (null, new FeedParseOutcome.Refused("the document declares a DTD with an internal subset (entity declarations); DTDs and entity expansion are refused"));
            // An external DOCTYPE (Netscape RSS 0.91) is inert since nothing is ever fetched; drop it so the reader can prohibit DTDs.
            text = text.Remove(doctype.Index, doctype.Length);
        }

        var first = TryLoad(text, options);
        if (first.Document is not null || first.Failure is FeedParseOutcome.Refused) return first;

        var repaired = Repair(text);
        if (string.Equals(repaired, text, StringComparison.Ordinal)) return first;
        var second = TryLoad(repaired, options);
        if (second.Document is not null) warnings.Add("malformed XML repaired (undeclared entities, bare ampersands, control characters or junk around the root)");
        return second.Document is not null ? second : first;
    }

    private static (XDocument? Document, FeedParseOutcome? Failure) TryLoad(string text, FeedParserOptions options)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = options.MaxCharactersFromEntities,
            MaxCharactersInDocument = options.MaxDocumentChars,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        try
        {
            using var reader = new DepthLimitedXmlReader(XmlReader.Create(new StringReader(text), settings), options.MaxDepth);
            return (XDocument.Load(reader, LoadOptions.None), null);
        }
        catch (DepthLimitedXmlReader.DepthExceededException e)
        {
            return (null, new FeedParseOutcome.Refused(e.Message));
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new FeedParseOutcome.Refused("DTD processing is refused"));
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharacters", StringComparison.OrdinalIgnoreCase)
                                     || e.Message.Contains("expand", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new FeedParseOutcome.Refused("entity expansion or document size over the limit: " + e.Message));
        }
        catch (XmlException e)
        {
            return (null, new FeedParseOutcome.Invalid($"malformed XML at line {e.LineNumber}, position {e.LinePosition}: {FirstSentence(e.Message)}"));
        }
    }

    private static string Repair(string text)
    {
        var start = text.IndexOf('<', StringComparison.Ordinal);
        if (start < 0) return text;
        // Junk after the root (PHP warnings, a second document) is cut at the root's closing tag.
        var root = RootName().Match(text, start);
        var close = root.Success ? text.LastIndexOf("</" + root.Groups[1].Value, StringComparison.Ordinal) : -1;
        var end = close >= 0 ? text.IndexOf('>', close) : text.LastIndexOf('>');
        if (end < start) return text;
        var s = text[start..(end + 1)];
        s = InvalidXmlChars().Replace(s, "");
        s = Entity().Replace(s, m =>
        {
            var name = m.Groups[1].Value;
            if (name.Length == 0) return "&amp;";
            if (name is "amp" or "lt" or "gt" or "quot" or "apos" || name[0] == '#') return m.Value;
            var decoded = WebUtility.HtmlDecode(m.Value);
            return string.Equals(decoded, m.Value, StringComparison.Ordinal)
                ? "&amp;" + m.Value[1..]
                : string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
        });
        return s;
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..(dot + 1)] : message;
    }

    /// <summary>A DOCTYPE, with its internal subset when it has one (then it is refused, so the exact extent does not matter).</summary>
    [GeneratedRegex(@"<!DOCTYPE[^>\[]*(?:(?<subset>\[)[^\]]*\]\s*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    /// <summary>An ampersand with a reference after it (group 1: the name), or a bare one (group 1 empty).</summary>
    [GeneratedRegex(@"&(?:(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});|)")]
    private static partial Regex Entity();

    [GeneratedRegex(@"<([A-Za-z_][\w:.-]*)")]
    private static partial Regex RootName();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]")]
    private static partial Regex InvalidXmlChars();
}
