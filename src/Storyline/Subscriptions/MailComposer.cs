using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using Storyline.Storage.Subscriptions;

namespace Storyline.Subscriptions;

/// <summary>
/// Renders confirmation mails and digests server-side as multipart/alternative (plain text first, then HTML without
/// images or remote content), with RFC 8058 one-click unsubscribe headers on every digest.
/// </summary>
public sealed class MailComposer
{
    /// <summary>Longest subject written; longer (story-title) subjects are cut.</summary>
    public const int MaxSubjectLength = 150;

    /// <summary>Characters of a reply quoted in a digest; the rest is one click away.</summary>
    public const int MaxReplyExcerpt = 300;

    private readonly MailboxAddress _from;
    private readonly Uri _site;
    private readonly TimeProvider _time;

    public MailComposer(IOptions<SmtpOptions> smtp, IOptions<SubscriptionOptions> options, TimeProvider time)
    {
        var from = smtp.Value.From;
        if (from.Any(char.IsControl) || !MailboxAddress.TryParse(ParserOptions.Default, from, out var mailbox))
            throw new InvalidOperationException("Smtp:From is not one valid address.");
        _from = mailbox;
        _site = SiteUrl(options.Value.PublicUrl);
        _time = time;
    }

    public Uri Site => _site;

    /// <summary>The public URL with a trailing slash, so relative links resolve under it.</summary>
    public static Uri SiteUrl(string publicUrl)
    {
        if (!Uri.TryCreate(publicUrl.EndsWith('/') ? publicUrl : publicUrl + "/", UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
            throw new InvalidOperationException("Subscriptions:PublicUrl must be an absolute http(s) URL.");
        return site;
    }

    public Uri Link(string relative) => new(_site, relative);

    /// <summary>
    /// The double opt-in mail. Like every mail it carries the unsubscribe and preferences links and the one-click headers:
    /// whoever did not ask can also have the address forgotten at once rather than wait for the request to expire.
    /// </summary>
    public ComposedMail Confirmation(string email, FollowTarget target, DigestFrequency frequency, bool replies, Uri confirm, MailLinks links, string idempotencyKey)
    {
        var subject = CheckedSubject($"Confirm your Storyline digest of {target.Label}");
        var what = replies ? $"new coverage of {target.Label} and replies to your comments under it" : $"new coverage of {target.Label}";
        var text = new StringBuilder()
            .AppendLine(($"Someone, hopefully you, asked Storyline to e-mail this address a digest of {what}, {DigestFrequencies.Describe(frequency)}."))
            .AppendLine()
            .AppendLine("To confirm, open this link:")
            .AppendLine(confirm.AbsoluteUri)
            .AppendLine()
            .AppendLine("If it was not you, ignore this mail: nothing more will be sent and the request expires by itself.")
            .AppendLine();
        var html = new Web.Html.HtmlBuilder(1024);
        html.Append($"""
            <p>Someone, hopefully you, asked Storyline to e-mail this address a digest of {what}, {DigestFrequencies.Describe(frequency)}.</p>
            <p><a href="{confirm.AbsoluteUri}">Confirm the subscription</a></p>
            <p>If it was not you, ignore this mail: nothing more will be sent and the request expires by itself.</p>
            """);
        AppendFooter(text, html, links);
        return Build(email, subject, text.ToString(), Page(subject, html.ToHtml()), idempotencyKey, links);
    }

    public ComposedMail Digest(string email, FollowTarget target, IReadOnlyList<DigestItem> items, MailLinks links, string idempotencyKey) =>
        Digest(email, target, items, [], links, idempotencyKey);

    /// <summary>A digest of new coverage and, for a story followed with replies, the replies to the reader's own comments.</summary>
    public ComposedMail Digest(string email, FollowTarget target, IReadOnlyList<DigestItem> items, IReadOnlyList<ReplyItem> replies, MailLinks links,
        string idempotencyKey)
    {
        var lead = items.Count == 1 ? Clean(items[0].StoryTitle)
            : items.Count > 1 ? $"{items.Count} new reports"
            : replies.Count == 1 ? "a reply to your comment" : $"{replies.Count} replies to your comments";
        var subject = Cut($"Storyline: {lead} ({target.Label})");
        var text = new StringBuilder(2048);
        var html = new Web.Html.HtmlBuilder(4096);
        if (items.Count > 0)
        {
            text.AppendLine(($"New coverage of {target.Label}:")).AppendLine();
            html.Append($"<p>New coverage of {target.Label}:</p>\n");
        }
        foreach (var story in items.GroupBy(i => i.StoryId))
        {
            var storyUrl = Link($"stories/{story.Key}").AbsoluteUri;
            var title = Clean(story.First().StoryTitle);
            text.AppendLine(title).AppendLine(storyUrl);
            html.Append($"<h2 style=\"font-size:1.1em\"><a href=\"{storyUrl}\">{title}</a></h2>\n<ul>\n");
            foreach (var item in story)
            {
                var when = item.Published.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
                text.AppendLine(($"  - {Clean(item.Title)} ({Clean(item.Source)}, {when})"));
                html.Append($"<li>{Web.Html.PageLayout.ExternalLink(item.Url, Clean(item.Title))} — {Clean(item.Source)}, {when}</li>\n");
            }
            text.AppendLine();
            html.Append($"</ul>\n");
        }
        if (replies.Count > 0) AppendReplies(text, html, replies);
        AppendFooter(text, html, links);
        return Build(email, subject, text.ToString(), Page(subject, html.ToHtml()), idempotencyKey, links);
    }

    private static void AppendFooter(StringBuilder text, Web.Html.HtmlBuilder html, MailLinks links)
    {
        text.AppendLine("--")
            .AppendLine("Unsubscribe (one click): " + links.Unsubscribe.AbsoluteUri)
            .AppendLine("Preferences, export or delete your data: " + links.Manage.AbsoluteUri);
        html.Append($"""
            <hr>
            <p style="font-size:0.9em"><a href="{links.Unsubscribe.AbsoluteUri}">Unsubscribe</a> ·
            <a href="{links.Manage.AbsoluteUri}">Preferences, export or delete your data</a></p>
            """);
    }

    /// <summary>Replies as plain text: an excerpt of each, its author's public name and a link to it (never an address).</summary>
    private void AppendReplies(StringBuilder text, Web.Html.HtmlBuilder html, IReadOnlyList<ReplyItem> replies)
    {
        text.AppendLine("Replies to your comments:").AppendLine();
        html.Append($"<p>Replies to your comments:</p>\n<ul>\n");
        foreach (var reply in replies)
        {
            var url = Link($"stories/{reply.StoryId}#c{reply.CommentId}").AbsoluteUri;
            var excerpt = Clean(reply.Text);
            if (excerpt.Length > MaxReplyExcerpt) excerpt = excerpt[..(MaxReplyExcerpt - 1)] + "…";
            var author = Clean(reply.Author);
            text.AppendLine(($"  - {author}: {excerpt}")).AppendLine("    " + url);
            html.Append($"<li><a href=\"{url}\">{author}</a>: {excerpt}</li>\n");
        }
        text.AppendLine();
        html.Append($"</ul>\n");
    }

    /// <summary>Refuses subjects that would break the header (defence in depth: names are checked at sign-up already).</summary>
    public static string CheckedSubject(string subject)
    {
        if (subject.Any(char.IsControl)) throw new ArgumentException("a subject must not contain control characters or line breaks", nameof(subject));
        return Cut(subject);
    }

    private ComposedMail Build(string email, string subject, string text, string html, string idempotencyKey, MailLinks links)
    {
        var message = new MimeMessage();
        message.From.Add(_from);
        message.To.Add(new MailboxAddress("", email));
        message.Subject = CheckedSubject(subject);
        message.Date = _time.GetUtcNow();
        // Derived from the idempotency key: a message sent again after a crash carries the same id, so clients fold it.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
        message.MessageId = $"{hash}@{(string.IsNullOrEmpty(_from.Domain) ? "storyline.invalid" : _from.Domain)}";
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("List-Unsubscribe", $"<{links.Unsubscribe.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Precedence", "bulk");
        message.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = text },
            new TextPart("html") { Text = html },
        };
        using var buffer = new MemoryStream(4096);
        message.WriteTo(buffer);
        return new ComposedMail { MessageId = message.MessageId, Subject = message.Subject, Mime = buffer.ToArray() };
    }

    private static string Page(string title, Web.Html.HtmlText body)
    {
        var page = new Web.Html.HtmlBuilder(body.Value.Length + 512);
        page.Append($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>
            <body style="font-family:Georgia,serif;line-height:1.5;max-width:40em;margin:1em auto;padding:0 1em;color:#111">
            {body}
            </body></html>
            """);
        return page.ToString();
    }

    /// <summary>External text (story titles, outlet names) on one line, without control characters.</summary>
    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("\u0000", "", StringComparison.Ordinal);

    private static string Cut(string subject)
    {
        var clean = new string(subject.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return clean.Length <= MaxSubjectLength ? clean : clean[..(MaxSubjectLength - 1)] + "…";
    }
}
