using System.Text;
using System.Xml;

namespace Storyline.Core.Feeds;

/// <summary>Writes an OPML 2.0 subscription list, one folder outline per category.</summary>
public static class OpmlWriter
{
    public static string Write(string title, IEnumerable<OpmlFeed> feeds, DateTimeOffset created)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8, CheckCharacters = false };
        using (var writer = XmlWriter.Create(new StringWriter(builder), settings))
        {
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", Clean(title));
            writer.WriteElementString("dateCreated", created.ToString("r", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var group in feeds.GroupBy(f => f.Category ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (group.Key.Length > 0)
                {
                    writer.WriteStartElement("outline");
                    writer.WriteAttributeString("text", Clean(group.Key));
                    writer.WriteAttributeString("title", Clean(group.Key));
                }
                foreach (var feed in group)
                {
                    writer.WriteStartElement("outline");
                    writer.WriteAttributeString("type", "rss");
                    writer.WriteAttributeString("text", Clean(feed.Title ?? feed.XmlUrl.Host));
                    if (feed.Title is not null) writer.WriteAttributeString("title", Clean(feed.Title));
                    writer.WriteAttributeString("xmlUrl", feed.XmlUrl.AbsoluteUri);
                    if (feed.HtmlUrl is not null) writer.WriteAttributeString("htmlUrl", feed.HtmlUrl.AbsoluteUri);
                    writer.WriteEndElement();
                }
                if (group.Key.Length > 0) writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        // StringWriter reports UTF-16; the file is written as UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>Drops characters XML 1.0 cannot carry (titles come from the wild).</summary>
    private static string Clean(string value) =>
        string.Concat(value.EnumerateRunes().Where(r => !r.IsBmp || XmlConvert.IsXmlChar((char)r.Value)).Select(r => r.ToString()));
}
