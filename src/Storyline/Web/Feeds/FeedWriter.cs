using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Storyline.Web.Feeds;

/// <summary>Writes a <see cref="FeedDocument"/> as Atom 1.0 (RFC 4287), RSS 2.0 or JSON Feed 1.1, through XmlWriter / Utf8JsonWriter so every value is escaped.</summary>
public static class FeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static string Atom(FeedDocument feed)
    {
        return Xml(w =>
        {
            w.WriteStartElement("feed", AtomNs);
            w.WriteElementString("id", AtomNs, feed.Id);
            w.WriteElementString("title", AtomNs, Clean(feed.Title));
            w.WriteElementString("updated", AtomNs, Rfc3339(feed.Updated));
            Link(w, "self", feed.FeedUrl, "application/atom+xml");
            Link(w, "alternate", feed.HomeUrl, "text/html");
            w.WriteStartElement("author", AtomNs);
            w.WriteElementString("name", AtomNs, "Storyline");
            w.WriteEndElement();
            w.WriteElementString("generator", AtomNs, "Storyline");
            foreach (var e in feed.Entries)
            {
                w.WriteStartElement("entry", AtomNs);
                w.WriteElementString("id", AtomNs, e.Id);
                w.WriteElementString("title", AtomNs, Clean(e.Title));
                Link(w, "alternate", e.Url, "text/html");
                w.WriteElementString("published", AtomNs, Rfc3339(e.Published));
                w.WriteElementString("updated", AtomNs, Rfc3339(e.Updated));
                if (e.Author is not null)
                {
                    w.WriteStartElement("author", AtomNs);
                    w.WriteElementString("name", AtomNs, Clean(e.Author));
                    w.WriteEndElement();
                }
                w.WriteStartElement("summary", AtomNs);
                w.WriteAttributeString("type", "text");
                w.WriteString(Clean(e.Summary));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    public static string Rss(FeedDocument feed)
    {
        return Xml(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, AtomNs);
            w.WriteStartElement("channel");
            w.WriteElementString("title", Clean(feed.Title));
            w.WriteElementString("link", feed.HomeUrl);
            w.WriteElementString("description", Clean(feed.Title));
            w.WriteElementString("lastBuildDate", feed.Updated.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
            w.WriteElementString("generator", "Storyline");
            w.WriteStartElement("atom", "link", AtomNs);
            w.WriteAttributeString("href", feed.FeedUrl);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var e in feed.Entries)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", Clean(e.Title));
                w.WriteElementString("link", e.Url);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "false");
                w.WriteString(e.Id);
                w.WriteEndElement();
                w.WriteElementString("pubDate", e.Published.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
                w.WriteElementString("description", Clean(e.Summary));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    public static string Json(FeedDocument feed)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", Clean(feed.Title));
            w.WriteString("home_page_url", feed.HomeUrl);
            w.WriteString("feed_url", feed.FeedUrl);
            w.WriteStartArray("items");
            foreach (var e in feed.Entries)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("url", e.Url);
                w.WriteString("title", Clean(e.Title));
                w.WriteString("content_text", Clean(e.Summary));
                w.WriteString("date_published", Rfc3339(e.Published));
                w.WriteString("date_modified", Rfc3339(e.Updated));
                if (e.Author is not null)
                {
                    w.WriteStartArray("authors");
                    w.WriteStartObject();
                    w.WriteString("name", Clean(e.Author));
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder(8192);
        using (var w = XmlWriter.Create(new Utf8StringWriter(text), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = true }))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }
        return text.ToString();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", AtomNs);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (stray control characters from scraped pages).</summary>
    private static string Clean(string text) =>
        text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) ? text : new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());

    private static string Rfc3339(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A StringWriter that declares UTF-8 in the XML header (the answer is sent as UTF-8).</summary>
    private sealed class Utf8StringWriter(StringBuilder text) : StringWriter(text, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
