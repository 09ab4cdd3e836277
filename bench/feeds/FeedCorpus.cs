using System.Globalization;
using System.Text;
using Storyline.Core.Feeds;

namespace Storyline.Bench.Feeds;

/// <summary>Deterministic synthetic feeds in every supported format, with the breakage real feeds carry.</summary>
internal static class FeedCorpus
{
    private static readonly string[] Words =
        "council district vote election mayor city report police court minister budget school river bridge storm market energy health transport housing museum festival"
            .Split(' ');

    public static readonly FeedFormat[] Formats = Enum.GetValues<FeedFormat>();

    public static byte[] Generate(FeedFormat format, int feedIndex, int items, int seed)
    {
        var random = new Random(seed * 7919 + feedIndex);
        var host = $"site{feedIndex}.example";
        var start = new DateTimeOffset(2024, 3, 5, 12, 0, 0, TimeSpan.Zero);
        var entries = Enumerable.Range(0, items).Select(i => new Entry(
            Guid: $"{host}-{i}",
            Link: $"https://{host}/news/{i}",
            Title: Sentence(random, 8) + (i % 5 == 0 ? " &amp; <b>more</b>" : ""),
            Body: string.Join("", Enumerable.Range(0, 1 + random.Next(4)).Select(_ => $"<p>{Sentence(random, 40)}</p>")),
            Date: start - TimeSpan.FromMinutes(37 * i + random.Next(30)))).ToList();
        return Encoding.UTF8.GetBytes(format switch
        {
            FeedFormat.Rss091 or FeedFormat.Rss092 or FeedFormat.Rss20 => Rss(format, host, entries),
            FeedFormat.Rss10 => Rdf(host, entries),
            FeedFormat.Atom03 or FeedFormat.Atom10 => Atom(format, host, entries),
            _ => Json(format, host, entries),
        });
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Rfc822(DateTimeOffset d) => d.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset d) => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Rss(FeedFormat format, string host, List<Entry> entries)
    {
        var version = format switch { FeedFormat.Rss091 => "0.91", FeedFormat.Rss092 => "0.92", _ => "2.0" };
        var s = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"{version}\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>{host}</title><link>https://{host}/</link><description>News</description>");
        foreach (var (e, i) in entries.Select((e, i) => (e, i)))
        {
            s.Append($"<item><title>{e.Title}</title><link>/news/{i}</link>");
            if (i % 7 != 3) s.Append($"<guid isPermaLink=\"false\">{e.Guid}</guid>");
            s.Append($"<pubDate>{Rfc822(e.Date)}</pubDate><dc:creator>Reporter {i % 9}</dc:creator><category>Topic {i % 4}</category>");
            s.Append($"<description><![CDATA[{e.Body[..Math.Min(e.Body.Length, 200)]}]]></description>");
            if (format == FeedFormat.Rss20) s.Append($"<content:encoded><![CDATA[{e.Body}]]></content:encoded>");
            if (i % 4 == 0) s.Append($"<media:content url=\"https://cdn.{host}/{i}.mp4\" type=\"video/mp4\" duration=\"{60 + i}\"><media:thumbnail url=\"https://cdn.{host}/{i}.jpg\"/></media:content>");
            s.Append("</item>");
        }
        return s.Append("</channel></rss>").ToString();
    }

    private static string Rdf(string host, List<Entry> entries)
    {
        var s = new StringBuilder($"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"https://{host}/rdf\"><title>{host}</title><link>https://{host}/</link><description>d</description></channel>");
        foreach (var e in entries)
            s.Append($"<item rdf:about=\"{e.Link}\"><title>{e.Title}</title><link>{e.Link}</link><description>{System.Net.WebUtility.HtmlEncode(e.Body)}</description><dc:date>{Iso(e.Date)}</dc:date><dc:subject>Science</dc:subject></item>");
        return s.Append("</rdf:RDF>").ToString();
    }

    private static string Atom(FeedFormat format, string host, List<Entry> entries)
    {
        var is03 = format == FeedFormat.Atom03;
        var ns = is03 ? "http://purl.org/atom/ns#" : "http://www.w3.org/2005/Atom";
        var s = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"{ns}\"{(is03 ? " version=\"0.3\"" : "")} xml:base=\"https://{host}/\"><title>{host}</title><link rel=\"alternate\" href=\"https://{host}/\"/><id>tag:{host},2024:feed</id>");
        foreach (var (e, i) in entries.Select((e, i) => (e, i)))
        {
            s.Append($"<entry><title>{e.Title}</title><link rel=\"alternate\" href=\"news/{i}\"/><id>{e.Guid}</id><author><name>Reporter {i % 9}</name></author>");
            s.Append(is03 ? $"<issued>{Iso(e.Date)}</issued><modified>{Iso(e.Date)}</modified>" : $"<published>{Iso(e.Date)}</published><updated>{Iso(e.Date)}</updated><category term=\"topic{i % 4}\"/>");
            s.Append(is03
                ? $"<content type=\"text/html\" mode=\"escaped\">{System.Net.WebUtility.HtmlEncode(e.Body)}</content>"
                : $"<summary type=\"text\">{System.Net.WebUtility.HtmlEncode(e.Title)}</summary><content type=\"html\">{System.Net.WebUtility.HtmlEncode(e.Body)}</content>");
            s.Append("</entry>");
        }
        return s.Append("</feed>").ToString();
    }

    private static string Json(FeedFormat format, string host, List<Entry> entries)
    {
        var version = format == FeedFormat.JsonFeed10 ? "1" : "1.1";
        var items = entries.Select((e, i) => new Dictionary<string, object?>
        {
            ["id"] = e.Guid,
            ["url"] = e.Link,
            ["title"] = e.Title,
            ["content_html"] = e.Body,
            ["date_published"] = Iso(e.Date),
            [format == FeedFormat.JsonFeed10 ? "author" : "authors"] = format == FeedFormat.JsonFeed10
                ? new { name = $"Reporter {i % 9}" } : new[] { new { name = $"Reporter {i % 9}" } },
            ["tags"] = new[] { $"Topic {i % 4}" },
            ["attachments"] = i % 4 == 0 ? new[] { new { url = $"https://cdn.{host}/{i}.mp3", mime_type = "audio/mpeg", duration_in_seconds = 60 + i } } : null,
        });
        return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = $"https://jsonfeed.org/version/{version}",
            ["title"] = host,
            ["home_page_url"] = $"https://{host}/",
            ["items"] = items,
        });
    }

    private sealed record Entry(string Guid, string Link, string Title, string Body, DateTimeOffset Date);
}
