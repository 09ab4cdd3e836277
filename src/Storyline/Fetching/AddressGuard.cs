using System.Net;
using System.Net.Sockets;

namespace Storyline.Fetching;

/// <summary>The SSRF guard's address rule: which resolved addresses the fetcher refuses by default.</summary>
public static class AddressGuard
{
    /// <summary>True for loopback, private, shared, link-local, multicast, reserved, documentation and unspecified addresses (IPv4 and IPv6, including IPv4 embedded in IPv6).</summary>
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsForbidden(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork) return IsForbiddenV4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return true;

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None)) return true;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return true;
        var b = address.GetAddressBytes();
        // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) carry an IPv4 address that must pass the IPv4 rule.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return IsForbiddenV4(b[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02) return IsForbiddenV4(b[2..6]);
        // 2001:db8::/32 documentation; ::/96 IPv4-compatible (deprecated); 100::/64 discard.
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return true;
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return true;
        return b[0] == 0x01 && b[1] == 0x00 && b.AsSpan(2, 6).IndexOfAnyExcept((byte)0) < 0;
    }

    private static bool IsForbiddenV4(byte[] b) => b[0] switch
    {
        0 or 10 or 127 => true,
        100 => b[1] is >= 64 and <= 127,          // 100.64.0.0/10 carrier-grade NAT
        169 => b[1] == 254,                        // link-local, cloud metadata
        172 => b[1] is >= 16 and <= 31,
        192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2) || (b[1] == 88 && b[2] == 99),
        198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
        203 => b[1] == 0 && b[2] == 113,
        >= 224 => true,                            // multicast, reserved, broadcast
        _ => false,
    };
}
