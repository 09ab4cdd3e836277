using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Storyline.Fetching;

/// <summary>
/// Builds the primary handler of the fetch client. The SSRF guard lives in the connect callback, so
/// it judges the address actually connected to, after DNS resolution, for every hop and every new
/// connection (no window for DNS rebinding between a check and the connect).
/// </summary>
public static class FetchHandlerFactory
{
    public static SocketsHttpHandler Create(IOptionsMonitor<FetchOptions> options)
    {
        var current = options.CurrentValue;
        return new SocketsHttpHandler
        {
            // Redirects are followed by the fetcher so each hop is checked and counted.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            // A proxy would make the guard judge the proxy's address instead of the target's.
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = current.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 2,
            MaxResponseHeadersLength = 64,
            ConnectCallback = (context, token) => ConnectAsync(context.DnsEndPoint, options.CurrentValue.AllowPrivateAddresses, token),
        };
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (addresses.Length == 0) throw new HttpRequestException($"{endPoint.Host} has no address");
        var allowed = allowPrivate ? addresses : addresses.Where(a => !AddressGuard.IsForbidden(a)).ToArray();
        if (allowed.Length == 0) throw new AddressRefusedException(endPoint.Host, addresses[0].ToString());

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new HttpRequestException($"could not connect to {endPoint.Host}: {last?.Message}", last);
    }
}
