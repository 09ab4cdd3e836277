using Storyline.Core.Text;

namespace Storyline.Core.Feeds;

/// <summary>Entry point of feed parsing: decodes the bytes, recognises the format and hands over to its parser. Never throws for bad content.</summary>
public sealed class FeedParser(FeedParserOptions? options = null)
{
    private readonly FeedParserOptions _options = options ?? FeedParserOptions.Default;

    /// <summary>Parses raw bytes; <paramref name="charset"/> is the transport's charset, <paramref name="feedUrl"/> resolves relative links.</summary>
    public FeedParseOutcome Parse(ReadOnlySpan<byte> bytes, string? charset = null, Uri? feedUrl = null)
    {
        if (bytes.Length == 0) return new FeedParseOutcome.Invalid("empty document");
        if (!HasUtf16Bom(bytes) && TextDecoder.LooksBinary(bytes)) return new FeedParseOutcome.Invalid("binary data, not a feed");
        return Parse(TextDecoder.Decode(bytes, charset), feedUrl);
    }

    // UTF-16 text is full of zero bytes, which the binary sniffer would take for binary data.
    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    /// <summary>Parses decoded text.</summary>
    public FeedParseOutcome Parse(string text, Uri? feedUrl = null)
    {
        if (text.Length > _options.MaxDocumentChars)
            return new FeedParseOutcome.Refused($"document is {text.Length:N0} characters, over the {_options.MaxDocumentChars:N0} limit");
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        if (start == text.Length) return new FeedParseOutcome.Invalid("document holds only whitespace");

        var warnings = new List<string>();
        if (text[start] is '{' or '[') return JsonFeedParser.Parse(text, feedUrl, warnings, _options);
        if (text[start] != '<') return new FeedParseOutcome.Invalid("neither XML nor JSON");

        var head = text.AsSpan(start, Math.Min(text.Length - start, 512));
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return new FeedParseOutcome.Invalid("an HTML page, not a feed");

        var (document, failure) = FeedXmlLoader.Load(start == 0 ? text : text[start..], _options, warnings);
        if (failure is not null) return failure;
        var root = document!.Root!;
        if (root.Name.LocalName == "rss" || root.Name == FeedNamespaces.Rdf + "RDF") return RssParser.Parse(root, feedUrl, warnings, _options);
        if (root.Name == FeedNamespaces.Atom10 + "feed" || root.Name == FeedNamespaces.Atom03 + "feed") return AtomParser.Parse(root, feedUrl, warnings, _options);
        if (root.Name.LocalName == "feed") return AtomParser.Parse(root, feedUrl, warnings, _options);
        return root.Name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase)
            ? new FeedParseOutcome.Invalid("an HTML page, not a feed")
            : new FeedParseOutcome.Invalid($"not a feed: root element <{root.Name.LocalName}>");
    }
}
