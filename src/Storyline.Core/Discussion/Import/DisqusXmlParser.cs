using System.Globalization;
using System.Xml.Linq;

namespace Storyline.Core.Discussion.Import;

/// <summary>Reads the posts of a Disqus XML export (root &lt;disqus&gt;, posts with dsq:id and parent references).</summary>
public static class DisqusXmlParser
{
    private static readonly XNamespace Dsq = "http://disqus.com/disqus-internals";

    public static bool CanRead(XDocument document) => document.Root?.Name.LocalName == "disqus";

    public static ImportedThread Parse(XDocument document)
    {
        var root = document.Root!;
        var comments = new List<ImportedComment>();
        foreach (var post in root.Elements().Where(e => e.Name.LocalName == "post"))
        {
            string? Child(string name) => post.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
            var id = (string?)post.Attribute(Dsq + "id") ?? Child("id");
            if (string.IsNullOrEmpty(id)) continue;
            var parentElement = post.Elements().FirstOrDefault(e => e.Name.LocalName == "parent");
            var author = post.Elements().FirstOrDefault(e => e.Name.LocalName == "author");
            string? AuthorField(string name) => author?.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
            comments.Add(new ImportedComment
            {
                Id = id,
                Parent = (string?)parentElement?.Attribute(Dsq + "id"),
                Author = string.IsNullOrWhiteSpace(AuthorField("name")) ? AuthorField("username") ?? "Anonymous" : AuthorField("name")!,
                Email = string.IsNullOrWhiteSpace(AuthorField("email")) ? null : AuthorField("email"),
                Text = HtmlToText(Child("message") ?? ""),
                Published = DateTimeOffset.TryParse(Child("createdAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null,
                Approved = Child("isDeleted") != "true" && Child("isSpam") != "true",
            });
        }
        return new ImportedThread("disqus-xml", ThreadOrder.ParentsFirst(comments), null);
    }

    /// <summary>Disqus stores messages as HTML: keep paragraphs and line breaks, drop markup.</summary>
    private static string HtmlToText(string html)
    {
        var withBreaks = System.Text.RegularExpressions.Regex.Replace(html, @"</p\s*>|<br\s*/?>", "\n", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var doc = parser.ParseDocument("<body>" + withBreaks + "</body>");
        return (doc.Body?.TextContent ?? "").Trim();
    }
}
