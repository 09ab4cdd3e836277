using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Storyline.Web.Html;

namespace Storyline.Web.Pages;

/// <summary>
/// The hidden antiforgery field of a cached page, as UTF-8. Issuing tokens costs two data-protection operations (the
/// most expensive part of serving a cached story page), so the field issued for a returning anonymous visitor's
/// antiforgery cookie is remembered for a while, keyed by that cookie (a secret only its holder sends): the same
/// browser gets the same valid field again, and nobody else can obtain it. Signed-in users always get fresh tokens,
/// because theirs carry their identity.
/// </summary>
public sealed class AntiforgeryFields(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options, TimeProvider time)
{
    /// <summary>Cookies remembered before the memory starts over (bounded under a flood of forged cookies).</summary>
    private const int MaxVisitors = 20_000;

    /// <summary>How long a remembered field is served before tokens are issued (and checked) again.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (byte[] Field, DateTimeOffset Until)> _byCookie = new(StringComparer.Ordinal);
    private readonly string _cookieName = options.Value.Cookie.Name ?? ".AspNetCore.Antiforgery";

    public byte[] For(HttpContext context)
    {
        var anonymous = context.User.Identity?.IsAuthenticated != true;
        context.Request.Cookies.TryGetValue(_cookieName, out var cookie);
        var now = time.GetUtcNow();
        if (anonymous && !string.IsNullOrEmpty(cookie) && _byCookie.TryGetValue(cookie, out var known) && known.Until > now)
        {
            // What the antiforgery system sets on every answer carrying tokens: never store such a page in a shared cache.
            context.Response.Headers.CacheControl = "no-cache, no-store";
            context.Response.Headers.Pragma = "no-cache";
            return known.Field;
        }
        var tokens = antiforgery.GetAndStoreTokens(context);
        var field = Encoding.UTF8.GetBytes(new HtmlBuilder(256).Append($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">").ToString());
        // A new cookie token comes back only when one was issued; otherwise the visitor's own cookie was valid.
        var key = tokens.CookieToken ?? cookie;
        if (anonymous && !string.IsNullOrEmpty(key))
        {
            if (_byCookie.Count >= MaxVisitors) _byCookie.Clear();
            _byCookie[key] = (field, now + Lifetime);
        }
        return field;
    }
}
