using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Storyline.Fetching;

namespace Storyline.Tests.Fetching;

public sealed class HttpFetcherTests : IAsyncLifetime
{
    private LocalFeedServer _server = null!;
    private FetchTestServices _services = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await LocalFeedServer.StartAsync();
        _services = new FetchTestServices();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_Feed_ReturnsBodyValidatorsAndHash()
    {
        _server.MapContent("feed", "application/rss+xml; charset=utf-8", TestFeeds.Simple, etag: "\"v1\"");
        var fetched = Assert.IsType<FetchOutcome.Fetched>(await _services.FetchAsync(_server.Url("feed"), Token));
        Assert.Equal("\"v1\"", fetched.ETag);
        Assert.Equal(64, fetched.BodyHash.Length);
        Assert.Equal(TestFeeds.Simple.Length, fetched.Body.Length);
    }

    [Fact]
    public async Task Fetch_WithETag_Gets304AsNotModifiedByServer()
    {
        _server.MapContent("feed", "application/rss+xml", TestFeeds.Simple, etag: "\"v1\"");
        var outcome = await _services.Get<HttpFetcher>().FetchAsync(new FetchRequest { Url = _server.Url("feed"), ETag = "\"v1\"" }, Token);
        Assert.True(Assert.IsType<FetchOutcome.NotModified>(outcome).ByServer);
    }

    [Fact]
    public async Task Fetch_SameBodyWithoutValidators_IsNotModifiedByHash()
    {
        _server.MapContent("feed", "application/rss+xml", TestFeeds.Simple);
        var first = Assert.IsType<FetchOutcome.Fetched>(await _services.FetchAsync(_server.Url("feed"), Token));
        var second = await _services.Get<HttpFetcher>().FetchAsync(new FetchRequest { Url = _server.Url("feed"), BodyHash = first.BodyHash }, Token);
        Assert.False(Assert.IsType<FetchOutcome.NotModified>(second).ByServer);
    }

    [Theory]
    [InlineData(429, "120", 120)]
    [InlineData(429, "99999999", 6 * 3600)]
    [InlineData(429, null, 15 * 60)]
    [InlineData(503, "30", 30)]
    public async Task Fetch_RateLimited_HonoursRetryAfterWithCeiling(int status, string? retryAfter, int expectedSeconds)
    {
        _server.Map("limited", context =>
        {
            context.Response.StatusCode = status;
            if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
            return Task.CompletedTask;
        });
        var limited = Assert.IsType<FetchOutcome.RateLimited>(await _services.FetchAsync(_server.Url("limited"), Token));
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), limited.RetryAfter);
    }

    [Theory]
    [InlineData(500, FetchFailureKind.HttpStatus)]
    [InlineData(503, FetchFailureKind.HttpStatus)]
    [InlineData(404, FetchFailureKind.HttpStatus)]
    [InlineData(403, FetchFailureKind.HttpStatus)]
    public async Task Fetch_ErrorStatus_IsFailedWithStatus(int status, FetchFailureKind kind)
    {
        _server.Map("error", context => { context.Response.StatusCode = status; return Task.CompletedTask; });
        var failed = Assert.IsType<FetchOutcome.Failed>(await _services.FetchAsync(_server.Url("error"), Token));
        Assert.Equal(kind, failed.Kind);
        Assert.Equal(status, failed.StatusCode);
    }

    [Fact]
    public async Task Fetch_410_IsGone()
    {
        _server.Map("gone", context => { context.Response.StatusCode = 410; return Task.CompletedTask; });
        Assert.IsType<FetchOutcome.Gone>(await _services.FetchAsync(_server.Url("gone"), Token));
    }

    [Fact]
    public async Task Fetch_SlowDrip_TimesOutWithinTheDeadline()
    {
        _server.Map("drip", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<rss version=\"2.0\"><channel>", context.RequestAborted);
            for (var i = 0; i < 100 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.WriteAsync(" ", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(200, context.RequestAborted);
            }
        });
        var failed = Assert.IsType<FetchOutcome.Failed>(await _services.FetchAsync(_server.Url("drip"), Token));
        Assert.Equal(FetchFailureKind.Timeout, failed.Kind);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_FailsWithoutFollowingForever()
    {
        _server.Map("a", context => { context.Response.Redirect("/b"); return Task.CompletedTask; });
        _server.Map("b", context => { context.Response.Redirect("/a"); return Task.CompletedTask; });
        var failed = Assert.IsType<FetchOutcome.Failed>(await _services.FetchAsync(_server.Url("a"), Token));
        Assert.Equal(FetchFailureKind.TooManyRedirects, failed.Kind);
        Assert.True(_server.Hits("a") + _server.Hits("b") <= 6);
    }

    [Fact]
    public async Task Fetch_SixRedirects_AreOneTooMany()
    {
        for (var i = 0; i < 6; i++)
        {
            var next = $"/r{i + 1}";
            _server.Map($"r{i}", context => { context.Response.Redirect(next); return Task.CompletedTask; });
        }
        _server.MapContent("r6", "application/rss+xml", TestFeeds.Simple);
        _server.MapContent("r5", "application/rss+xml", TestFeeds.Simple);
        Assert.IsType<FetchOutcome.Fetched>(await _services.FetchAsync(_server.Url("r0"), Token));
        _server.Map("r5", context => { context.Response.Redirect("/r6"); return Task.CompletedTask; });
        var failed = Assert.IsType<FetchOutcome.Failed>(await _services.FetchAsync(_server.Url("r0"), Token));
        Assert.Equal(FetchFailureKind.TooManyRedirects, failed.Kind);
    }

    [Fact]
    public async Task Fetch_PermanentRedirect_ReportsMovedTo()
    {
        _server.Map("old", context => { context.Response.Redirect("/new", permanent: true); return Task.CompletedTask; });
        _server.MapContent("new", "application/rss+xml", TestFeeds.Simple);
        var fetched = Assert.IsType<FetchOutcome.Fetched>(await _services.FetchAsync(_server.Url("old"), Token));
        Assert.Equal(_server.Url("new"), fetched.MovedTo);
    }

    [Fact]
    public async Task Fetch_RedirectToFileScheme_IsRefused()
    {
        _server.Map("evil", context => { context.Response.Headers.Location = "file:///etc/passwd"; context.Response.StatusCode = 302; return Task.CompletedTask; });
        Assert.Equal(FetchFailureKind.Refused, Assert.IsType<FetchOutcome.Failed>(await _services.FetchAsync(_server.Url("evil"), Token)).Kind);
    }

    [Fact]
    public async Task Fetch_GzipBomb_StopsAtTheDecompressionCap()
    {
        var bomb = Compress(new byte[64 * 1024 * 1024], s => new GZipStream(s, CompressionLevel.SmallestSize));
        _server.Map("bomb", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(bomb, context.RequestAborted);
        });
        var failed = Assert.IsType<FetchOutcome.Failed>(await _services.FetchAsync(_server.Url("bomb"), Token));
        Assert.Equal(FetchFailureKind.TooLarge, failed.Kind);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Fetch_CompressedBody_IsDecoded(string encoding)
    {
        var body = Compress(TestFeeds.Simple, s => encoding switch
        {
            "gzip" => new GZipStream(s, CompressionLevel.Fastest),
            "deflate" => new ZLibStream(s, CompressionLevel.Fastest),
            _ => new BrotliStream(s, CompressionLevel.Fastest),
        });
        _server.Map("z", async context =>
        {
            context.Response.Headers.ContentEncoding = encoding;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        var fetched = Assert.IsType<FetchOutcome.Fetched>(await _services.FetchAsync(_server.Url("z"), Token));
        Assert.Equal(TestFeeds.Simple, fetched.Body.ToArray());
    }

    [Fact]
    public async Task Fetch_TwentyMegabyteFeed_IsRefusedAtTheDefaultCap()
    {
        await using var services = new FetchTestServices(new Dictionary<string, string?> { ["Fetch:MaxBodyBytes"] = null });
        var big = new byte[20 * 1024 * 1024];
        Array.Fill(big, (byte)' ');
        _server.MapContent("big", "application/rss+xml", big);
        var failed = Assert.IsType<FetchOutcome.Failed>(await services.FetchAsync(_server.Url("big"), Token));
        Assert.Equal(FetchFailureKind.TooLarge, failed.Kind);
    }

    [Fact]
    public async Task Fetch_LoopbackWithoutOptIn_IsRefusedAndLogged()
    {
        await using var services = new FetchTestServices(new Dictionary<string, string?> { ["Fetch:AllowPrivateAddresses"] = "false" });
        _server.MapContent("feed", "application/rss+xml", TestFeeds.Simple);
        var failed = Assert.IsType<FetchOutcome.Failed>(await services.FetchAsync(_server.Url("feed"), Token));
        Assert.Equal(FetchFailureKind.Refused, failed.Kind);
        Assert.Contains("ALLOWPRIVATEADDRESSES", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits("feed"));
        Assert.True(services.Logs.Logged(8105));
    }

    [Fact]
    public async Task Fetch_LocalhostNameWithoutOptIn_IsRefusedAfterResolution()
    {
        await using var services = new FetchTestServices(new Dictionary<string, string?> { ["Fetch:AllowPrivateAddresses"] = "false" });
        var url = new UriBuilder(_server.Url("feed")) { Host = "localhost" }.Uri;
        var failed = Assert.IsType<FetchOutcome.Failed>(await services.FetchAsync(url, Token));
        Assert.Equal(FetchFailureKind.Refused, failed.Kind);
    }

    [Fact]
    public async Task Fetch_ClosedPort_IsANetworkFailure()
    {
        var failed = Assert.IsType<FetchOutcome.Failed>(await _services.FetchAsync(new Uri("http://127.0.0.1:9/feed"), Token));
        Assert.Equal(FetchFailureKind.Network, failed.Kind);
    }

    [Fact]
    public async Task Fetch_SendsUserAgentAndAccept()
    {
        string? agent = null, accept = null;
        _server.Map("ua", context =>
        {
            agent = context.Request.Headers.UserAgent;
            accept = context.Request.Headers.Accept;
            return Task.CompletedTask;
        });
        await _services.FetchAsync(_server.Url("ua"), Token);
        Assert.StartsWith("Storyline/", agent, StringComparison.Ordinal);
        Assert.Contains("application/rss+xml", accept, StringComparison.Ordinal);
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var stream = wrap(output)) stream.Write(data);
        return output.ToArray();
    }
}
