using System.Text;
using Microsoft.AspNetCore.Http;
using Storyline.Fetching;

namespace Storyline.Tests.Fetching;

public sealed class FeedPollerTests : IAsyncLifetime
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
    public async Task Poll_Feed_StoresValidatorsAndSchedulesNextCheck()
    {
        _server.MapContent("feed", "application/rss+xml", TestFeeds.Simple, etag: "\"e1\"");
        var result = await _services.PollAsync(_server.Url("feed"), Token);
        Assert.IsType<FetchOutcome.Fetched>(result.Outcome);
        Assert.Equal(2, result.NewItems.Count);
        Assert.Equal("Test feed", result.State.Title);
        Assert.Equal("\"e1\"", result.State.ETag);
        Assert.NotNull(result.State.NextCheck);
        Assert.True(_services.Logs.Logged(8100));

        var second = await _services.PollAsync(_server.Url("feed"), Token);
        Assert.IsType<FetchOutcome.NotModified>(second.Outcome);
        Assert.Empty(second.NewItems);
    }

    [Fact]
    public async Task Poll_FeedThatRewritesGuids_GivesNoNewItems()
    {
        var round = 0;
        _server.Map("shifty", async context =>
        {
            round++;
            var body = TestFeeds.Rss(($"g{round}-1", "First", "http://site.example/1", "One"), ($"g{round}-2", "Second", "http://site.example/2", "Two"));
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        var first = await _services.PollAsync(_server.Url("shifty"), Token);
        var second = await _services.PollAsync(_server.Url("shifty"), Token);
        Assert.Equal(2, first.NewItems.Count);
        Assert.IsType<FetchOutcome.Fetched>(second.Outcome);
        Assert.Empty(second.NewItems);
    }

    [Fact]
    public async Task Poll_HtmlServedAsFeed_FailsAsBadContentAndBacksOff()
    {
        _server.MapContent("html", "text/html", TestFeeds.ArticlePage("Not a feed", 2));
        var result = await _services.PollAsync(_server.Url("html"), Token);
        var failed = Assert.IsType<FetchOutcome.Failed>(result.Outcome);
        Assert.Equal(FetchFailureKind.BadContent, failed.Kind);
        Assert.Contains("text/html", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.State.ErrorCount);
        Assert.Null(result.State.BodyHash);
        Assert.True(_services.Logs.Logged(8104));
    }

    [Fact]
    public async Task Poll_FeedWithWrongContentType_IsStillParsed()
    {
        _server.MapContent("octets", "application/octet-stream", TestFeeds.Simple);
        var result = await _services.PollAsync(_server.Url("octets"), Token);
        Assert.IsType<FetchOutcome.Fetched>(result.Outcome);
        Assert.Equal(2, result.NewItems.Count);
    }

    [Fact]
    public async Task Poll_EntityBomb_IsRefusedQuickly()
    {
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss version=\"2.0\"><channel><title>&c;</title></channel></rss>";
        _server.MapContent("bomb", "application/rss+xml", Encoding.UTF8.GetBytes(bomb));
        var failed = Assert.IsType<FetchOutcome.Failed>((await _services.PollAsync(_server.Url("bomb"), Token)).Outcome);
        Assert.Equal(FetchFailureKind.BadContent, failed.Kind);
        Assert.Contains("DTD", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_CharsetFromHeader_DecodesWindows1251()
    {
        var cp1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        var body = cp1251.GetBytes("<rss version=\"2.0\"><channel><title>Новости</title><item><guid>1</guid><title>Колпино</title></item></channel></rss>");
        _server.MapContent("ru", "application/rss+xml; charset=windows-1251", body);
        var result = await _services.PollAsync(_server.Url("ru"), Token);
        Assert.Equal("Новости", result.Feed?.Title);
        Assert.Equal("Колпино", result.NewItems[0].Item.Title);
    }

    [Fact]
    public async Task Poll_SummaryOnlyItem_GetsTheLinkedPagesFullText()
    {
        _server.MapContent("story", "text/html; charset=utf-8", TestFeeds.ArticlePage("Council votes", 6));
        var link = _server.Url("story").AbsoluteUri;
        _server.MapContent("feed", "application/rss+xml", TestFeeds.Rss(("1", "Council votes", link, "Short summary.")));
        var item = Assert.Single((await _services.PollAsync(_server.Url("feed"), Token)).NewItems);
        Assert.NotNull(item.FullText);
        Assert.Null(item.FullTextNote);
        Assert.Contains("eighteen municipal districts", item.FullText!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_SummaryOnlyItemWhosePageFails_KeepsSummaryAndSaysWhy()
    {
        _server.Map("broken", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        var link = _server.Url("broken").AbsoluteUri;
        _server.MapContent("feed", "application/rss+xml", TestFeeds.Rss(("1", "Broken link", link, "Short summary."), ("2", "No link", "", "Also short.")));
        var items = (await _services.PollAsync(_server.Url("feed"), Token)).NewItems;
        Assert.Null(items[0].FullText);
        Assert.Contains("HTTP 500", items[0].FullTextNote, StringComparison.Ordinal);
        Assert.Equal("Short summary.", items[0].Item.Summary);
        Assert.Contains("no link", items[1].FullTextNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_RepeatedErrors_BackOffUpToTheCeilingAndKeepPolling()
    {
        _server.Map("down", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        TimeSpan? previous = null;
        for (var i = 1; i <= 12; i++)
        {
            var result = await _services.PollAsync(_server.Url("down"), Token);
            Assert.Equal(i, result.State.ErrorCount);
            var wait = result.State.NextCheck!.Value - result.State.LastCheck!.Value;
            Assert.True(wait <= TimeSpan.FromHours(12));
            Assert.True(wait > TimeSpan.Zero);
            if (previous is { } p && p < TimeSpan.FromHours(5)) Assert.True(wait > p);
            previous = wait;
        }
        Assert.Equal(12, _server.Hits("down"));

        _server.MapContent("down", "application/rss+xml", TestFeeds.Simple);
        var recovered = await _services.PollAsync(_server.Url("down"), Token);
        Assert.Equal(0, recovered.State.ErrorCount);
        Assert.Null(recovered.State.LastError);
    }

    [Fact]
    public async Task Poll_RateLimited_SchedulesAfterRetryAfter()
    {
        _server.Map("busy", context => { context.Response.StatusCode = 429; context.Response.Headers.RetryAfter = "3600"; return Task.CompletedTask; });
        var result = await _services.PollAsync(_server.Url("busy"), Token);
        Assert.IsType<FetchOutcome.RateLimited>(result.Outcome);
        Assert.Equal(TimeSpan.FromHours(1), result.State.NextCheck!.Value - result.State.LastCheck!.Value);
        Assert.True(_services.Logs.Logged(8102));
    }

    [Fact]
    public async Task Poll_PermanentRedirect_MovesTheSubscription()
    {
        _server.Map("old", context => { context.Response.Redirect("/new", permanent: true); return Task.CompletedTask; });
        _server.MapContent("new", "application/rss+xml", TestFeeds.Simple);
        var result = await _services.PollAsync(_server.Url("old"), Token);
        Assert.Equal(_server.Url("new"), result.State.MovedTo);
        Assert.Equal(_server.Url("new"), result.State.FetchUrl);
        Assert.True(_services.Logs.Logged(8110));
    }
}
