using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Storyline.Subscriptions;
using Storyline.Web.Html;
using Storyline.Web.Security;

namespace Storyline.Web.Subscriptions;

/// <summary>
/// Follow by e-mail: <c>GET|POST /subscriptions</c>, <c>GET /subscriptions/confirm</c>, <c>GET|POST /subscriptions/unsubscribe</c>
/// (POST = RFC 8058 one-click, no antiforgery: mail providers post it), <c>GET|POST /subscriptions/manage</c> with export and delete.
/// </summary>
public static class SubscriptionEndpoints
{
    public static IEndpointRouteBuilder MapSubscriptions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/subscriptions").WithTags("Subscriptions").AddEndpointFilter(async (context, next) =>
        {
            // Links carry tokens: never cached, never leaked to another site through Referer, never indexed. Set after the
            // handler (the result has not been written yet), so antiforgery's own no-cache headers do not log a warning.
            var result = await next(context);
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Robots-Tag"] = "noindex";
            return result;
        });
        group.MapGet("", SignUpPage).ExcludeFromDescription();
        // Antiforgery is checked by hand in SignUpAsync, for forms only: a cross-site page can post a form without a
        // preflight, but a body with Content-Type application/json needs a CORS preflight this site never grants, so the
        // JSON API takes no token. (The automatic check is off because it would also demand a token from the JSON API.)
        group.MapPost("", SignUpAsync).DisableAntiforgery().RequireRateLimiting(RateLimits.Posts)
            .WithName("Subscribe").WithSummary("Follow by e-mail: form or JSON {email, follow, frequency, consent}; 202, then a confirmation mail")
            .Accepts<SubscriptionRequestJson>("application/json", "application/x-www-form-urlencoded", "multipart/form-data").Produces(StatusCodes.Status202Accepted).ProducesValidationProblem();
        group.MapGet("/confirm", ConfirmAsync).ExcludeFromDescription();
        group.MapGet("/unsubscribe", ([FromQuery] string? token) =>
            TypedResults.Content(SubscriptionPages.ConfirmUnsubscribe(token ?? ""), "text/html; charset=utf-8")).ExcludeFromDescription();
        // RFC 8058 one-click: mail providers post it without cookies or a token; the signed link token is the authority.
        group.MapPost("/unsubscribe", UnsubscribeAsync).DisableAntiforgery().RequireRateLimiting(RateLimits.Posts).ExcludeFromDescription();
        group.MapGet("/manage", ManagePageAsync).ExcludeFromDescription();
        // The manage forms check their antiforgery token by hand (ManageChangeAsync, DeleteAsync) so a missing or stale
        // token answers a readable 400 page; they take forms only, so no JSON exemption applies.
        group.MapPost("/manage", ManageChangeAsync).DisableAntiforgery().RequireRateLimiting(RateLimits.Posts).ExcludeFromDescription();
        group.MapGet("/manage/export", ExportAsync).ExcludeFromDescription();
        group.MapPost("/manage/delete", DeleteAsync).DisableAntiforgery().RequireRateLimiting(RateLimits.Posts).ExcludeFromDescription();
        app.MapFollowFeeds();
        return app;
    }

    private static IResult SignUpPage([FromQuery] string? follow, [FromQuery] string? frequency, HttpContext context, IAntiforgery antiforgery)
    {
        if (!FollowTarget.TryParse(string.IsNullOrWhiteSpace(follow) ? "front" : follow, out var target, out var error))
            return Html(SubscriptionPages.Message("Cannot subscribe", error), StatusCodes.Status400BadRequest);
        var chosen = DigestFrequencies.TryParse(frequency, out var f) ? f : DigestFrequencies.DefaultFor(target.Kind);
        return Html(SubscriptionPages.SignUp(target, chosen, AntiforgeryField(context, antiforgery), context.Request.Path), StatusCodes.Status200OK);
    }

    private static async Task<IResult> SignUpAsync(HttpContext context, SubscriptionService subscriptions, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (context.Request.HasJsonContentType())
        {
            SubscriptionRequestJson? body;
            try
            {
                body = await context.Request.ReadFromJsonAsync<SubscriptionRequestJson>(cancellationToken);
            }
            catch (JsonException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON for a subscription.");
            }
            var result = await subscriptions.SignUpAsync(new SignUpRequest
            {
                Email = body?.Email, Follow = body?.Follow, Frequency = body?.Frequency, Consent = body?.ConsentGiven ?? false, Replies = body?.RepliesWanted ?? false,
                SourcePage = context.Request.Headers.Referer.ToString(),
            }, cancellationToken);
            return result is SignUpResult.Invalid invalid
                ? TypedResults.ValidationProblem(invalid.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal))
                : TypedResults.Accepted((string?)null, new { status = "pending", message = "If the address can receive mail, a confirmation link is on its way." });
        }
        if (!context.Request.HasFormContentType) return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        if (!await antiforgery.IsRequestValidAsync(context))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form expired; reload the page and try again.");
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var consent = form["consent"].ToString();
        var request = new SignUpRequest
        {
            Email = form["email"], Follow = form["follow"], Frequency = form["frequency"],
            Consent = consent is "yes" or "on" or "true",
            Replies = form["replies"].ToString() is "yes" or "on" or "true",
            SourcePage = form["source"].ToString() is { Length: > 0 } source ? source : context.Request.Headers.Referer.ToString(),
        };
        var outcome = await subscriptions.SignUpAsync(request, cancellationToken);
        if (outcome is SignUpResult.Invalid errors)
        {
            var target = FollowTarget.TryParse(request.Follow, out var t, out _) ? t : new FollowTarget { Kind = FollowKind.Front, Value = "" };
            var frequency = DigestFrequencies.TryParse(request.Frequency, out var f) ? f : DigestFrequencies.DefaultFor(target.Kind);
            return Html(SubscriptionPages.SignUp(target, frequency, AntiforgeryField(context, antiforgery), request.SourcePage, errors.Errors), StatusCodes.Status400BadRequest);
        }
        return Html(SubscriptionPages.Message("Check your inbox",
            "If the address can receive mail, a confirmation link is on its way. Nothing else is sent until you open it."), StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> ConfirmAsync([FromQuery] string? token, HttpContext context, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        // HEAD never confirms: scanners and link checkers send it, and a safe method must not change state.
        HeadRequests.IsHead(context)
            ? Html(SubscriptionPages.Message("Confirm your subscription", "Open this link in a browser to confirm."), StatusCodes.Status200OK)
            : Answer(await subscriptions.ConfirmAsync(token, cancellationToken), "Subscription confirmed");

    private static async Task<IResult> UnsubscribeAsync([FromQuery] string? token, HttpContext context, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        // RFC 8058: the body is "List-Unsubscribe=One-Click"; the signed token alone decides, so any body is accepted.
        var oneClick = context.Request.HasFormContentType
                       && string.Equals((await context.Request.ReadFormAsync(cancellationToken))["List-Unsubscribe"], "One-Click", StringComparison.Ordinal);
        return Answer(await subscriptions.UnsubscribeAsync(token, oneClick, cancellationToken), "Unsubscribed");
    }

    private static async Task<IResult> ManagePageAsync([FromQuery] string? token, HttpContext context, SubscriptionService subscriptions, IAntiforgery antiforgery,
        CancellationToken cancellationToken) =>
        await subscriptions.OpenManageAsync(token, cancellationToken) switch
        {
            LinkOutcome<ManageView>.Done(var view) => Html(SubscriptionPages.Manage(view, AntiforgeryField(context, antiforgery), null), StatusCodes.Status200OK),
            var other => LinkProblem(other is LinkOutcome<ManageView>.Expired),
        };

    private static async Task<IResult> ManageChangeAsync([FromQuery] string? token, HttpContext context, SubscriptionService subscriptions, IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form expired; reload the page and try again.");
        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (!long.TryParse(form["id"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No subscription chosen.");
        var outcome = await subscriptions.ChangeAsync(token, id, form["action"], cancellationToken);
        if (outcome is not LinkOutcome<string>.Done(var notice)) return LinkProblem(outcome is LinkOutcome<string>.Expired);
        return await subscriptions.OpenManageAsync(token, cancellationToken) is LinkOutcome<ManageView>.Done(var view)
            ? Html(SubscriptionPages.Manage(view, AntiforgeryField(context, antiforgery), notice), StatusCodes.Status200OK)
            : LinkProblem(expired: false);
    }

    private static async Task<IResult> ExportAsync([FromQuery] string? token, HttpContext context, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        var outcome = await subscriptions.ExportAsync(token, cancellationToken);
        if (outcome is not LinkOutcome<Storage.Subscriptions.SubscriberExport>.Done(var export))
            return LinkProblem(outcome is LinkOutcome<Storage.Subscriptions.SubscriberExport>.Expired);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"storyline-subscriptions.json\"";
        return TypedResults.Json(export);
    }

    private static async Task<IResult> DeleteAsync([FromQuery] string? token, HttpContext context, SubscriptionService subscriptions, IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form expired; reload the page and try again.");
        return Answer(await subscriptions.DeleteAsync(token, cancellationToken), "Deleted");
    }

    private static IResult Answer(LinkOutcome<string> outcome, string title) => outcome switch
    {
        LinkOutcome<string>.Done(var message) => Html(SubscriptionPages.Message(title, message), StatusCodes.Status200OK),
        LinkOutcome<string>.Expired => LinkProblem(expired: true),
        _ => LinkProblem(expired: false),
    };

    private static IResult LinkProblem(bool expired) => expired
        ? Html(SubscriptionPages.Message("Link expired", "This link has expired. Sign up again, or use the link in a more recent mail."), StatusCodes.Status410Gone)
        : Html(SubscriptionPages.Message("Link not valid", "This link is not valid here. Use the link exactly as it came in the mail."), StatusCodes.Status400BadRequest);

    private static HtmlText AntiforgeryField(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var field = new HtmlBuilder(256);
        field.Append($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
        return field.ToHtml();
    }

    private static IResult Html(string html, int status) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
