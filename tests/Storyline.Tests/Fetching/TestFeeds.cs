using System.Text;

namespace Storyline.Tests.Fetching;

/// <summary>Small synthetic feeds and pages for the server tests.</summary>
internal static class TestFeeds
{
    public static byte[] Rss(params (string Guid, string Title, string Link, string Description)[] items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test feed</title><link>http://site.example/</link>");
        foreach (var (guid, title, link, description) in items)
            xml.Append($"<item><guid>{guid}</guid><title>{title}</title><link>{link}</link><description>{description}</description><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>");
        xml.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    public static byte[] Simple => Rss(("1", "First", "http://site.example/1", "One"), ("2", "Second", "http://site.example/2", "Two"));

    public static byte[] ArticlePage(string title, int paragraphs)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>");
        for (var i = 0; i < paragraphs; i++)
            html.Append($"<p>Paragraph {i} of the full article explains in detail what the council decided about the eighteen municipal districts, who voted, and what happens next in Kolpino.</p>");
        html.Append("</article><footer>Copyright</footer></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
