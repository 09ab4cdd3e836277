using System.Net;
using System.Net.Sockets;
using Storyline.Core.Extraction;

namespace Storyline.Input;

/// <summary>
/// Fetches one page for the command line with the basic limits (size cap, timeout, redirect cap,
/// private addresses refused unless allowed). The polling fetcher of the feeds issue supersedes it.
/// </summary>
public static class SimplePageFetcher
{
    private const long MaxBytes = 16L * 1024 * 1024;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<SourceDocument> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var allowPrivate = string.Equals(Environment.GetEnvironmentVariable("STORYLINE__FETCH__ALLOWPRIVATEADDRESSES"), "true", StringComparison.OrdinalIgnoreCase);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = async (context, token) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, token);
                var address = addresses.FirstOrDefault(a => allowPrivate || !AddressPolicy.IsPrivate(a))
                    ?? throw new InputRefusedException($"{context.DnsEndPoint.Host} resolves to a private address (set STORYLINE__FETCH__ALLOWPRIVATEADDRESSES=true to allow)");
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        using var client = new HttpClient(handler) { Timeout = Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Storyline/0.1 (+self-hosted news aggregator)");
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"HTTP {(int)response.StatusCode} from {url}");
        if (response.Content.Headers.ContentLength > MaxBytes) throw new InvalidDataException($"page is over the {MaxBytes:N0}-byte limit");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var bytes = await DocumentReader.ReadCappedAsync(body, MaxBytes, cancellationToken);
        return new SourceDocument
        {
            Origin = url.ToString(),
            Content = bytes,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            Url = response.RequestMessage?.RequestUri ?? url,
        };
    }
}
