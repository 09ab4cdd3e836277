namespace Storyline.Web;

/// <summary>
/// HEAD on every GET route (RFC 9110 §9.3.2): the request is routed as GET, so the answer has the same status and
/// headers, and Kestrel drops the body because the request line said HEAD (its own method is not changed by this).
/// One middleware instead of a second verb on every map call, so routes added later answer HEAD too.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method)) context.Request.Method = HttpMethods.Get;
        return next(context);
    });
}
