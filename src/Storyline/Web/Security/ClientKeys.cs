using System.Security.Cryptography;
using System.Text;

namespace Storyline.Web.Security;

/// <summary>A stable, non-reversible key per client for rate limits and scoring: the address itself is never kept.</summary>
public static class ClientKeys
{
    public static string For(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("storyline-client:" + address)))[..16];
    }
}
