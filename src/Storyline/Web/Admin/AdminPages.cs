using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Storyline.Core.Discussion.Scoring;
using Storyline.Discussion;
using Storyline.Storage.Model;
using Storyline.Web.Html;

namespace Storyline.Web.Admin;

/// <summary>The operator pages' markup: login, moderation queue with its log, settings (feeds: <see cref="FeedAdminPage"/>).</summary>
public static class AdminPages
{
    public static string Login(AntiforgeryTokenSet tokens, string? error) => PageLayout.Render("Operator login", new HtmlBuilder().Append($"""
        <h1>Operator login</h1>
        {(error is null ? HtmlText.Empty : Alert(error))}
        <form class="comment-form" method="post" action="/admin/login">
        {Token(tokens)}
        <label for="user">User</label><input id="user" name="user" autocomplete="username" required>
        <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit">Log in</button>
        </form>
        """).ToHtml());

    public static string Moderation(AntiforgeryTokenSet tokens, IReadOnlyList<CommentRecord> held, IReadOnlyList<ModerationLogEntry> log, string user, string? notice = null)
    {
        var b = new HtmlBuilder(8192);
        b.Append($"{Nav(tokens, user)}<h1>Moderation queue</h1>");
        if (notice is not null) b.Append($"<p class=\"notice\" role=\"status\">{notice}</p>");
        b.Append($"<p>{held.Count} held {(held.Count == 1 ? "comment" : "comments")}.</p>");
        b.Append($"<table><thead><tr><th scope=\"col\">Comment</th><th scope=\"col\">Scores</th><th scope=\"col\">Decision</th></tr></thead><tbody>");
        foreach (var c in held)
        {
            b.Append($"<tr id=\"m{c.Id}\"><td><strong>{c.Author}</strong> on <a href=\"/stories/{c.StoryId}\">story {c.StoryId}</a>, {PageLayout.Time(c.Created)}{PageLayout.Paragraphs(c.Text)}</td>");
            b.Append($"<td>spam {c.Spam:0.00}<br>abuse {c.Abuse:0.00}</td><td>");
            foreach (var (action, label) in new[] { ("approve", "Approve"), ("reject", "Reject"), ("spam", "Mark spam"), ("ban", "Ban author") })
                b.Append($"<form method=\"post\" action=\"/admin/moderation/{c.Id}\">{Token(tokens)}<input type=\"hidden\" name=\"action\" value=\"{action}\"><button type=\"submit\">{label}</button></form>");
            b.Append($"</td></tr>");
        }
        b.Append($"</tbody></table><h2>Decisions</h2><table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">Comment</th><th scope=\"col\">Action</th></tr></thead><tbody>");
        foreach (var e in log) b.Append($"<tr><td>{PageLayout.Time(e.At)}</td><td>{e.Moderator}</td><td>{e.CommentId}</td><td>{e.Action.ToString().ToLowerInvariant()}</td></tr>");
        b.Append($"</tbody></table>");
        b.Append($"""
            <h2>Comment filters</h2>
            <p>Retrain the spam and abuse filters from the shipped models plus every decision above (and older ones); the result is stored in the database and every site process on it switches to it within a check interval.</p>
            <form method="post" action="/admin/moderation/retrain">{Token(tokens)}<button type="submit">Retrain comment filters</button></form>
            """);
        return PageLayout.Render("Moderation", b.ToHtml());
    }

    public static string Settings(AntiforgeryTokenSet tokens, string user, WebOptions web, AdminOptions admin) => PageLayout.Render("Settings", new HtmlBuilder().Append($"""
        {Nav(tokens, user)}<h1>Settings</h1>
        <p>Settings come from <code>appsettings.json</code>, environment variables (<code>STORYLINE__WEB__PAGESIZE</code>, …) and flags. Current values:</p>
        <table><tbody>
        <tr><th scope="row">Stories per page</th><td>{web.PageSize}</td></tr>
        <tr><th scope="row">POSTs per client per window</th><td>{web.PostsPerWindow} per {web.PostWindow.ToString()}</td></tr>
        <tr><th scope="row">Largest request body</th><td>{web.MaxRequestBodyBytes} bytes</td></tr>
        <tr><th scope="row">Page cache lifetime</th><td>{web.PageCacheLifetime.ToString()}</td></tr>
        <tr><th scope="row">Login lockout</th><td>{admin.MaxFailures} failures → {admin.Lockout.ToString()}</td></tr>
        </tbody></table>
        """).ToHtml());

    /// <summary>What a retraining did, in the operator's words; <paramref name="outcome"/> is null when retrained models are turned off.</summary>
    public static string RetrainingNotice(RetrainingOutcome? outcome)
    {
        if (outcome is null) return "Retrained models are turned off (Discussion:RetrainedModels is false); the shipped filters stay in use.";
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Approved + outcome.Spam + outcome.Abusive} decisions ({outcome.Approved} approved, {outcome.Spam} spam, {outcome.Abusive} abusive)");
        if (!outcome.SpamUpdated && !outcome.AbuseUpdated)
        {
            var least = new RetrainingOptions().MinPerClass;
            return string.Create(CultureInfo.InvariantCulture,
                $"Too few decisions to retrain: {counts}. The spam filter needs at least {least} spam and {least} other decision, the abuse filter at least {least} abusive and {least} other; both filters are unchanged.");
        }
        return $"Retrained on {counts}: spam filter {(outcome.SpamUpdated ? "updated" : "unchanged")}, abuse filter {(outcome.AbuseUpdated ? "updated" : "unchanged")}.";
    }

    internal static HtmlText Nav(AntiforgeryTokenSet tokens, string user) => new HtmlBuilder().Append($"""
        <nav aria-label="Operator"><a href="/admin/moderation">Moderation</a> · <a href="/admin/feeds">Feeds</a> · <a href="/admin/settings">Settings</a> ·
        signed in as {user} <form method="post" action="/admin/logout" class="inline">{Token(tokens)}<button type="submit">Log out</button></form></nav>
        """).ToHtml();

    internal static HtmlText Token(AntiforgeryTokenSet tokens) =>
        new HtmlBuilder(256).Append($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">").ToHtml();

    private static HtmlText Alert(string message) => new HtmlBuilder(256).Append($"<div class=\"errors\" role=\"alert\">{message}</div>").ToHtml();
}
