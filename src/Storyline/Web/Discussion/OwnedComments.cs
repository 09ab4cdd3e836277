using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Storyline.Web.Discussion;

/// <summary>
/// The comments this browser wrote, in a protected (encrypted, signed) cookie, so their moderation state can be
/// shown to their author and to nobody else. Holds ids only: never names or addresses.
/// </summary>
public sealed class OwnedComments(IDataProtectionProvider protection, Microsoft.Extensions.Options.IOptions<WebOptions> options)
{
    public const string CookieName = "sl_own";
    private readonly IDataProtector _protector = protection.CreateProtector("Storyline.Web.OwnedComments.v1");

    public IReadOnlySet<long> Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return new HashSet<long>();
        try
        {
            return _protector.Unprotect(value).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Where(id => id > 0).ToHashSet();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return new HashSet<long>();
        }
    }

    public void Add(HttpContext context, long commentId)
    {
        var ids = Read(context).Append(commentId).Distinct().TakeLast(options.Value.MaxOwnedComments);
        context.Response.Cookies.Append(CookieName, _protector.Protect(string.Join(',', ids)), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(30),
            Path = "/",
        });
    }
}
