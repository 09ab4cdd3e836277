using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Storyline.Fetching;

/// <summary>
/// One polite, bounded HTTP GET: conditional headers, a whole-request deadline, a size cap counted
/// after decompression, redirects followed here (at most <see cref="FetchOptions.MaxRedirects"/>),
/// and every outcome mapped to <see cref="FetchOutcome"/>. Never throws except for cancellation by the caller.
/// </summary>
public sealed class HttpFetcher(IHttpClientFactory clients, IOptionsMonitor<FetchOptions> options, TimeProvider time, ILogger<HttpFetcher> logger)
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client configured by <see cref="FetchingServiceCollectionExtensions"/>.</summary>
    public const string ClientName = "storyline-fetch";

    public async Task<FetchOutcome> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        using var deadline = new CancellationTokenSource(o.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var client = clients.CreateClient(ClientName);
        var url = request.Url;
        var permanent = true;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (url.Scheme is not ("http" or "https"))
                    return Failed(request.Url, FetchFailureKind.Refused, $"scheme '{url.Scheme}' is not fetched", null);
                if (!visited.Add(url.AbsoluteUri))
                    return Failed(request.Url, FetchFailureKind.TooManyRedirects, $"redirect loop back to {FetchLog.Safe(url)}", null);

                using var message = new HttpRequestMessage(HttpMethod.Get, url);
                message.Headers.TryAddWithoutValidation("User-Agent", o.UserAgent);
                message.Headers.TryAddWithoutValidation("Accept", request.Accept);
                if (hop == 0 && request.ETag is not null) message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
                if (hop == 0 && request.LastModified is not null) message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);

                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (response.Headers.Location is not { } location)
                        return Failed(url, FetchFailureKind.HttpStatus, $"HTTP {status} without a Location", status);
                    if (hop >= o.MaxRedirects)
                        return Failed(request.Url, FetchFailureKind.TooManyRedirects, $"more than {o.MaxRedirects} redirects", status);
                    var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                    FetchLog.Redirected(logger, FetchLog.Safe(url), FetchLog.Safe(next), status);
                    permanent &= status is 301 or 308;
                    url = next;
                    continue;
                }
                var movedTo = permanent && hop > 0 ? url : null;
                return await Interpret(response, request, url, movedTo, o, linked.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(url, FetchFailureKind.Timeout, $"no complete answer within {o.RequestTimeout.TotalSeconds:0.#} s", null);
        }
        catch (HttpRequestException e) when (Find<AddressRefusedException>(e) is { } refused)
        {
            FetchLog.AddressRefused(logger, FetchLog.Safe(url), refused.Host);
            return Failed(url, FetchFailureKind.Refused, refused.Message, null);
        }
        catch (HttpRequestException e)
        {
            return Failed(url, FetchFailureKind.Network, Innermost(e), null);
        }
        catch (BodyTooLargeException e)
        {
            return Failed(url, FetchFailureKind.TooLarge, e.Message, null);
        }
        catch (InvalidDataException e)
        {
            return Failed(url, FetchFailureKind.BadContent, "broken compression: " + e.Message, null);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(url, FetchFailureKind.Network, Innermost(e), null);
        }
    }

    private async Task<FetchOutcome> Interpret(HttpResponseMessage response, FetchRequest request, Uri url, Uri? movedTo, FetchOptions o, CancellationToken token)
    {
        var status = (int)response.StatusCode;
        switch (status)
        {
            case 304:
                return new FetchOutcome.NotModified { Url = url, MovedTo = movedTo, ByServer = true };
            case 410:
                return new FetchOutcome.Gone { Url = url, MovedTo = movedTo };
            case 429:
            case 503 when response.Headers.RetryAfter is not null:
                return new FetchOutcome.RateLimited { Url = url, MovedTo = movedTo, RetryAfter = RetryAfter(response, o) };
        }
        if (status is < 200 or > 299)
            return new FetchOutcome.Failed { Url = url, MovedTo = movedTo, Kind = FetchFailureKind.HttpStatus, Reason = $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), StatusCode = status };

        // Content-Length is the compressed size when an encoding applies; the streaming cap below is the real limit.
        if (response.Content.Headers.ContentLength > o.MaxBodyBytes && response.Content.Headers.ContentEncoding.Count == 0)
            return Failed(url, FetchFailureKind.TooLarge, $"body of {response.Content.Headers.ContentLength:N0} bytes is over the {o.MaxBodyBytes:N0}-byte limit", status);

        await using var stream = await response.Content.ReadAsStreamAsync(token);
        var body = await ReadCappedAsync(stream, o.MaxBodyBytes, token);
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        if (request.BodyHash is not null && string.Equals(hash, request.BodyHash, StringComparison.Ordinal))
            return new FetchOutcome.NotModified { Url = url, MovedTo = movedTo, ByServer = false };
        return new FetchOutcome.Fetched
        {
            Url = url,
            MovedTo = movedTo,
            Body = body,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ETag = response.Headers.TryGetValues("ETag", out var etags) ? etags.FirstOrDefault() : null,
            LastModified = response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault() : null,
            BodyHash = hash,
        };
    }

    private TimeSpan RetryAfter(HttpResponseMessage response, FetchOptions o)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : o.DefaultRetryAfter);
        if (wait < TimeSpan.FromSeconds(1)) wait = TimeSpan.FromSeconds(1);
        return wait > o.MaxRetryAfter ? o.MaxRetryAfter : wait;
    }

    /// <summary>Reads to the end, refusing more than <paramref name="cap"/> bytes (the decompressed size, so gzip bombs stop here).</summary>
    private static async Task<byte[]> ReadCappedAsync(Stream stream, long cap, CancellationToken token)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token)) > 0)
        {
            if (buffer.Length + read > cap) throw new BodyTooLargeException($"body is over the {cap:N0}-byte limit (after decompression)");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static FetchOutcome.Failed Failed(Uri url, FetchFailureKind kind, string reason, int? status) =>
        new() { Url = url, Kind = kind, Reason = reason, StatusCode = status };

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is T found) return found;
        return null;
    }

    private static string Innermost(Exception e)
    {
        var x = e;
        while (x.InnerException is not null) x = x.InnerException;
        return x == e ? e.Message : $"{e.Message} ({x.Message})";
    }

    private sealed class BodyTooLargeException(string message) : Exception(message);
}
