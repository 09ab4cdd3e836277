using Storyline.Web.Html;

namespace Storyline.Web;

/// <summary>The small fixed routes: the stylesheet and the liveness probe.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder app)
    {
        app.MapGet("/static/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return TypedResults.Text(SiteStyles.Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        app.MapGet("/healthz", async (HealthProbe health, CancellationToken cancellationToken) => TypedResults.Ok(await health.CheckAsync(cancellationToken))).WithTags("Health").WithName("Health").WithSummary("Liveness: answers 200 while the site and its store work");
        return app;
    }
}
