using Storyline.Storage.Subscriptions;
using Storyline.Subscriptions;
using Storyline.Web.Html;

namespace Storyline.Web.Subscriptions;

/// <summary>The sign-up form, the answer pages and the preferences page; never showing an address except masked.</summary>
public static class SubscriptionPages
{
    /// <summary>The sign-up form with its notice, for <paramref name="target"/>; other pages can embed it.</summary>
    public static HtmlText Form(FollowTarget target, DigestFrequency frequency, HtmlText antiforgeryField, string? sourcePage, IReadOnlyDictionary<string, string>? errors = null)
    {
        var b = new HtmlBuilder(2048);
        b.Append($"""
            <form class="subscribe" method="post" action="/subscriptions">
            {antiforgeryField}
            <input type="hidden" name="follow" value="{target.ToString()}">
            <input type="hidden" name="source" value="{sourcePage}">
            <p><label for="sub-email">Your e-mail address</label>
            <input id="sub-email" name="email" type="email" required maxlength="254" autocomplete="email"></p>
            """);
        if (errors?.TryGetValue("email", out var emailError) == true) b.Append($"<p class=\"error\" role=\"alert\">{emailError}</p>");
        b.Append($"<fieldset><legend>How often</legend>");
        foreach (var option in Enum.GetValues<DigestFrequency>())
        {
            var name = DigestFrequencies.Name(option);
            var isChecked = option == frequency ? new HtmlText(" checked") : HtmlText.Empty;
            b.Append($"<label><input type=\"radio\" name=\"frequency\" value=\"{name}\"{isChecked}> {name}: {DigestFrequencies.Describe(option)}</label><br>");
        }
        b.Append($"</fieldset>\n");
        if (target.Kind == FollowKind.Story)
            b.Append($"<p><label><input type=\"checkbox\" name=\"replies\" value=\"yes\"> Also replies to the comments I write under this story with this address</label></p>\n");
        if (errors?.TryGetValue("replies", out var repliesError) == true) b.Append($"<p class=\"error\" role=\"alert\">{repliesError}</p>");
        b.Append($"""
            <p class="notice">{ConsentNotice.Text(target, frequency)}</p>
            <p><label><input type="checkbox" name="consent" value="yes" required> I agree to receive these mails (notice version {ConsentNotice.Version}).</label></p>
            """);
        if (errors?.TryGetValue("consent", out var consentError) == true) b.Append($"<p class=\"error\" role=\"alert\">{consentError}</p>");
        if (errors?.TryGetValue("follow", out var followError) == true) b.Append($"<p class=\"error\" role=\"alert\">{followError}</p>");
        b.Append($"<p><button type=\"submit\">Subscribe</button></p>\n</form>");
        return b.ToHtml();
    }

    public static string SignUp(FollowTarget target, DigestFrequency frequency, HtmlText antiforgeryField, string? sourcePage, IReadOnlyDictionary<string, string>? errors = null)
    {
        var b = new HtmlBuilder(3072);
        b.Append($"<h1>Follow {target.Label} by e-mail</h1>\n{Form(target, frequency, antiforgeryField, sourcePage, errors)}");
        return PageLayout.Render("Subscribe", b.ToHtml());
    }

    public static string Message(string title, string message)
    {
        var b = new HtmlBuilder(512);
        b.Append($"<h1>{title}</h1>\n<p>{message}</p>");
        return PageLayout.Render(title, b.ToHtml());
    }

    /// <summary>The page behind a digest's unsubscribe link: a GET never unsubscribes (mail scanners open links), the button does.</summary>
    public static string ConfirmUnsubscribe(string token)
    {
        var b = new HtmlBuilder(512);
        b.Append($"""
            <h1>Unsubscribe</h1>
            <form method="post" action="/subscriptions/unsubscribe?token={token}">
            <p>Stop this digest? No further mail will be sent for it.</p>
            <p><button type="submit" name="List-Unsubscribe" value="One-Click">Unsubscribe</button></p>
            </form>
            """);
        return PageLayout.Render("Unsubscribe", b.ToHtml());
    }

    public static string Manage(ManageView view, HtmlText antiforgeryField, string? notice)
    {
        var b = new HtmlBuilder(4096);
        var token = view.Token;
        b.Append($"<h1>Your digests</h1>\n<p>Digests for {view.MaskedEmail}.</p>\n");
        if (notice is not null) b.Append($"<p class=\"notice\" role=\"status\">{notice}</p>\n");
        b.Append($"<table>\n<thead><tr><th scope=\"col\">Following</th><th scope=\"col\">How often</th><th scope=\"col\">State</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
        foreach (var s in view.Subscriptions)
        {
            var label = FollowTarget.TryParse(s.Follow, out var target, out _) ? target.Label : s.Follow;
            if (s.Replies) label += " and replies to your comments";
            b.Append($"<tr><td>{label}</td><td>{s.Frequency}</td><td>{s.Status}</td><td>");
            if (s.Status == SubscriptionStatus.Active)
            {
                b.Append($"<form method=\"post\" action=\"/subscriptions/manage?token={token}\">{antiforgeryField}<input type=\"hidden\" name=\"id\" value=\"{s.Id}\">");
                foreach (var option in Enum.GetValues<DigestFrequency>())
                    b.Append($"<button type=\"submit\" name=\"action\" value=\"{DigestFrequencies.Name(option)}\">{DigestFrequencies.Name(option)}</button> ");
                b.Append($"<button type=\"submit\" name=\"action\" value=\"unsubscribe\">unsubscribe</button></form>");
            }
            b.Append($"</td></tr>\n");
        }
        b.Append($"""
            </tbody>
            </table>
            <h2>Your data</h2>
            <p><a href="/subscriptions/manage/export?token={token}">Export everything stored about your address (JSON)</a></p>
            <form method="post" action="/subscriptions/manage/delete?token={token}">{antiforgeryField}
            <p><button type="submit">Delete everything stored about your address</button></p>
            </form>
            """);
        return PageLayout.Render("Your digests", b.ToHtml());
    }
}
