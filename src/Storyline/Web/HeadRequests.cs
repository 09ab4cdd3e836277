namespace Storyline.Web;

/// <summary>
/// HEAD on every GET route (RFC 9110 §9.3.2): the request is routed as GET, so the answer has the same status and
/// headers, and Kestrel drops the body because the request line said HEAD (its own method is not changed by this).
/// One middleware instead of a second verb on every map call, so routes added later answer HEAD too.
/// </summary>
public static class HeadRequests
{
    // Keyed by a private object so no other code can set or clear the mark by accident.
    private static readonly object HeadMark = new();

    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Items[HeadMark] = true;
            context.Request.Method = HttpMethods.Get;
        }
        return next(context);
    });

    /// <summary>
    /// Whether the client sent HEAD (now routed as GET). A GET route that changes state (a confirmation link) must check
    /// it: HEAD is safe (RFC 9110 §9.2.1), and link checkers and mail scanners send it without a reader behind them.
    /// </summary>
    public static bool IsHead(HttpContext context) => context.Items.ContainsKey(HeadMark);
}
