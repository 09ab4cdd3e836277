using System.Globalization;
using System.Xml.Linq;

namespace Storyline.Core.Discussion.Import;

/// <summary>Reads the comments of a WordPress export (WXR: RSS 2.0 with the wp: namespace), all items together.</summary>
public static class WordPressWxrParser
{
    public static bool CanRead(XDocument document) =>
        document.Root?.Name.LocalName == "rss" && document.Descendants().Any(e => e.Name.LocalName == "comment" && e.Name.NamespaceName.Contains("wordpress.org/export", StringComparison.Ordinal));

    public static ImportedThread Parse(XDocument document)
    {
        var comments = new List<ImportedComment>();
        foreach (var c in document.Descendants().Where(e => e.Name.LocalName == "comment" && e.Name.NamespaceName.Contains("wordpress.org/export", StringComparison.Ordinal)))
        {
            string? Field(string name) => c.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
            var id = Field("comment_id");
            if (string.IsNullOrEmpty(id)) continue;
            var type = Field("comment_type");
            if (type is "pingback" or "trackback") continue;
            var parent = Field("comment_parent");
            comments.Add(new ImportedComment
            {
                Id = id,
                Parent = string.IsNullOrEmpty(parent) || parent == "0" ? null : parent,
                Author = string.IsNullOrWhiteSpace(Field("comment_author")) ? "Anonymous" : Field("comment_author")!,
                Email = NullIfEmpty(Field("comment_author_email")),
                Text = Field("comment_content") ?? "",
                Published = ParseDate(Field("comment_date_gmt")),
                Approved = Field("comment_approved") == "1",
            });
        }
        return new ImportedThread("wordpress-wxr", ThreadOrder.ParentsFirst(comments), null);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero)
            : null;
}
