using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Storyline.Discussion;
using Storyline.Storage;
using Storyline.Storage.Model;
using Storyline.Web.Security;

namespace Storyline.Web.Admin;

/// <summary>Operator pages under /admin: login (lockout after failures), moderation queue and log, feeds, settings.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/admin").ExcludeFromDescription();
        open.MapGet("/login", (HttpContext context, IAntiforgery af) => Html(AdminPages.Login(af.GetAndStoreTokens(context), null)));
        open.MapPost("/login", LoginAsync).RequireRateLimiting(RateLimits.Posts);

        var admin = app.MapGroup("/admin").RequireAuthorization("operator").ExcludeFromDescription();
        admin.MapGet("/", () => TypedResults.Redirect("/admin/moderation"));
        admin.MapGet("/moderation", QueueAsync);
        admin.MapPost("/moderation/{id:long}", ModerateAsync);
        admin.MapPost("/moderation/retrain", RetrainAsync).RequireRateLimiting(RateLimits.Posts);
        admin.MapFeedAdmin(app.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value);
        admin.MapGet("/settings", (HttpContext context, IAntiforgery af, IOptions<WebOptions> web, IOptions<AdminOptions> adminOptions) =>
            Html(AdminPages.Settings(af.GetAndStoreTokens(context), Name(context), web.Value, adminOptions.Value)));
        admin.MapPost("/logout", async Task<IResult> (HttpContext context, IAntiforgery af) =>
        {
            // Checked by hand: the metadata alone only marks the request, nothing refuses it when no form field is bound.
            if (!await IsFormWithTokenAsync(context, af)) return FormExpired();
            await context.SignOutAsync(AdminServices.Scheme);
            return TypedResults.Redirect("/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static async Task<IResult> LoginAsync([FromForm(Name = "user")] string? user, [FromForm(Name = "password")] string? password,
        HttpContext context, AdminCredentials credentials, LoginThrottle throttle, IAntiforgery af)
    {
        var client = ClientKeys.For(context);
        if (throttle.IsLockedOut(client))
            return Html(AdminPages.Login(af.GetAndStoreTokens(context), "Too many failed attempts: try again later."), StatusCodes.Status429TooManyRequests);
        var userOk = string.Equals(user, credentials.User, StringComparison.Ordinal);
        // Always derive the hash, so a wrong user name takes as long as a wrong password.
        var passwordOk = credentials.Password.Verify(password ?? "");
        if (!userOk || !passwordOk)
        {
            throttle.Fail(client);
            return Html(AdminPages.Login(af.GetAndStoreTokens(context), "Wrong user name or password."), StatusCodes.Status401Unauthorized);
        }
        throttle.Succeed(client);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, credentials.User)], AdminServices.Scheme);
        await context.SignInAsync(AdminServices.Scheme, new ClaimsPrincipal(identity));
        return TypedResults.Redirect("/admin/moderation");
    }

    private static Task<IResult> QueueAsync(HttpContext context, IAntiforgery af, IStorylineStore store, CancellationToken cancellationToken) =>
        QueuePageAsync(context, af, store, null, cancellationToken);

    private static async Task<IResult> QueuePageAsync(HttpContext context, IAntiforgery af, IStorylineStore store, string? notice, CancellationToken cancellationToken)
    {
        const int QueuePage = 200;
        const int LogPage = 50;
        var held = await store.ListCommentsByStatusAsync(CommentStatus.Held, QueuePage, cancellationToken);
        var log = await store.GetModerationLogAsync(LogPage, cancellationToken);
        return Html(AdminPages.Moderation(af.GetAndStoreTokens(context), held, log, Name(context), notice));
    }

    private static async Task<IResult> RetrainAsync(HttpContext context, IAntiforgery af, IStorylineStore store, CommentService comments, CancellationToken cancellationToken)
    {
        // Checked by hand: the endpoint binds no form field, so the antiforgery middleware alone would not refuse it.
        if (!await IsFormWithTokenAsync(context, af)) return FormExpired();
        var outcome = await comments.RetrainAsync(cancellationToken);
        return await QueuePageAsync(context, af, store, AdminPages.RetrainingNotice(outcome), cancellationToken);
    }

    private static async Task<IResult> ModerateAsync(long id, [FromForm(Name = "action")] string? action, HttpContext context, IStorylineStore store,
        PageCache cache, CancellationToken cancellationToken)
    {
        ModerationAction? decision = action switch
        {
            "approve" => ModerationAction.Approve,
            "reject" => ModerationAction.Reject,
            "spam" => ModerationAction.Spam,
            "ban" => ModerationAction.Ban,
            _ => null,
        };
        if (decision is null) return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown moderation action.");
        if (!await store.ModerateCommentAsync(id, decision.Value, Name(context), cancellationToken)) return TypedResults.NotFound();
        cache.Invalidate();
        return TypedResults.Redirect("/admin/moderation");
    }

    private static async Task<bool> IsFormWithTokenAsync(HttpContext context, IAntiforgery af)
    {
        // Where the endpoint asks for it the middleware has checked already, and touching the form after a failed check throws.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { } checkedAlready) return checkedAlready.IsValid;
        return context.Request.HasFormContentType && await af.IsRequestValidAsync(context);
    }

    private static IResult FormExpired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form expired; reload the page and try again.");

    private static string Name(HttpContext context) => context.User.Identity?.Name ?? "operator";

    private static IResult Html(string html, int status = StatusCodes.Status200OK) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
