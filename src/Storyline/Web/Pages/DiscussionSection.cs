using Storyline.Storage.Model;
using Storyline.Web.Html;

namespace Storyline.Web.Pages;

/// <summary>The threaded discussion with its reply forms; held comments show only to the browser that wrote them.</summary>
public static class DiscussionSection
{
    /// <summary>Deeper replies are listed at this depth instead of indenting further (phones stay readable, recursion stays bounded).</summary>
    private const int MaxDepth = 6;

    public static HtmlText Render(long storyId, IReadOnlyList<CommentRecord> comments, int declared, IReadOnlySet<long> owned, CommentFormState? form)
    {
        var visible = comments.Where(c => c.Status == CommentStatus.Published || (owned.Contains(c.Id) && c.Status != CommentStatus.Deleted)).ToList();
        var ids = visible.Select(c => c.Id).ToHashSet();
        var children = visible.Where(c => c.ParentId is { } p && ids.Contains(p)).ToLookup(c => c.ParentId!.Value);
        var roots = visible.Where(c => c.ParentId is not { } p || !ids.Contains(p)).ToList();
        var published = visible.Count(c => c.Status == CommentStatus.Published);

        var b = new HtmlBuilder(8192);
        b.Append($"<section id=\"discussion\" aria-labelledby=\"discussion-h\"><h2 id=\"discussion-h\">Discussion ({published})</h2>");
        if (declared > published) b.Append($"<p class=\"meta\">The original pages declared {declared} comments; {published} are shown here.</p>");
        if (form is { ParentId: not null }) Form(b, storyId, form.ParentId, form, "Your reply");
        b.Append($"<ol class=\"thread\">");
        foreach (var root in roots) Comment(b, root, children, storyId, 0);
        b.Append($"</ol>");
        b.Append($"<h3 id=\"comment-form-h\">Join the discussion</h3>");
        Form(b, storyId, null, form is { ParentId: null } ? form : null, "Your comment");
        b.Append($"</section>");
        return b.ToHtml();
    }

    private static void Comment(HtmlBuilder b, CommentRecord c, ILookup<long, CommentRecord> children, long storyId, int depth)
    {
        b.Append($"<li class=\"comment\" id=\"c{c.Id}\"><article aria-label=\"Comment by {c.Author}\"><div><span class=\"who\">{c.Author}</span> <span class=\"meta\">{PageLayout.Time(c.Created)} · <a href=\"#c{c.Id}\">link</a></span>");
        if (c.Status == CommentStatus.Held) b.Append($" <span class=\"status\">Held for moderation: only you can see it until a moderator approves it.</span>");
        else if (c.Status == CommentStatus.Rejected) b.Append($" <span class=\"status\">Not published.</span>");
        b.Append($"</div>{PageLayout.Paragraphs(c.Text)}");
        if (c.Status == CommentStatus.Published)
        {
            b.Append($"<details class=\"reply\"><summary>Reply to {c.Author}</summary>");
            Form(b, storyId, c.Id, null, "Your reply");
            b.Append($"</details>");
        }
        b.Append($"</article>");
        var replies = children[c.Id].ToList();
        if (replies.Count > 0)
        {
            if (depth + 1 >= MaxDepth)
            {
                // Flatten the rest of this branch iteratively at the last indentation level.
                b.Append($"<ol class=\"replies\">");
                var queue = new Queue<CommentRecord>(replies);
                while (queue.TryDequeue(out var r))
                {
                    Single(b, r, storyId);
                    foreach (var more in children[r.Id]) queue.Enqueue(more);
                }
                b.Append($"</ol>");
            }
            else
            {
                b.Append($"<ol class=\"replies\">");
                foreach (var r in replies) Comment(b, r, children, storyId, depth + 1);
                b.Append($"</ol>");
            }
        }
        b.Append($"</li>");
    }

    private static void Single(HtmlBuilder b, CommentRecord c, long storyId)
    {
        b.Append($"<li class=\"comment\" id=\"c{c.Id}\"><article><div><span class=\"who\">{c.Author}</span> <span class=\"meta\">{PageLayout.Time(c.Created)}</span></div>{PageLayout.Paragraphs(c.Text)}");
        if (c.Status == CommentStatus.Published)
        {
            b.Append($"<details class=\"reply\"><summary>Reply to {c.Author}</summary>");
            Form(b, storyId, c.Id, null, "Your reply");
            b.Append($"</details>");
        }
        b.Append($"</article></li>");
    }

    /// <summary>Appends a comment form to <paramref name="b"/> (straight into the page: a story shows one per comment).</summary>
    private static void Form(HtmlBuilder b, long storyId, long? parentId, CommentFormState? state, string textLabel)
    {
        var suffix = parentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "top";
        b.Append($"<form class=\"comment-form\" method=\"post\" action=\"/stories/{storyId}/comments\" id=\"form-{suffix}\">");
        if (state is { Errors.Count: > 0 })
        {
            b.Append($"<div class=\"errors\" role=\"alert\"><p>Your comment was not posted:</p><ul>");
            foreach (var (_, message) in state.Errors) b.Append($"<li>{message}</li>");
            b.Append($"</ul></div>");
        }
        b.Append(new HtmlText(StoryPageMarks.Antiforgery));
        b.Append($"<input type=\"hidden\" name=\"ts\" value=\"{new HtmlText(StoryPageMarks.ServedAt)}\">");
        if (parentId is not null) b.Append($"<input type=\"hidden\" name=\"parent\" value=\"{parentId}\">");
        b.Append($"""
            <label for="author-{suffix}">Name</label><input id="author-{suffix}" name="author" required maxlength="80" autocomplete="name" value="{state?.Author}">
            <label for="email-{suffix}">E-mail (never shown)</label><input id="email-{suffix}" name="email" type="email" required maxlength="254" autocomplete="email">
            <div class="hp" aria-hidden="true"><label for="website-{suffix}">Leave this empty</label><input id="website-{suffix}" name="website" tabindex="-1" autocomplete="off"></div>
            <label for="text-{suffix}">{textLabel}</label><textarea id="text-{suffix}" name="text" required maxlength="10000">{state?.Text}</textarea>
            <button type="submit">Post</button>
            </form>
            """);
    }
}
