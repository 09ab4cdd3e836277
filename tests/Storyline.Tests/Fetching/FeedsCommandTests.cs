using System.CommandLine;
using Storyline.Cli;
using Storyline.Cli.Commands;
using Storyline.Fetching;

namespace Storyline.Tests.Fetching;

public sealed class FeedsCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<int> RunAsync(IFeedStateStore store, params string[] args)
    {
        var root = new RootCommand { Options = { CommonOptions.Db, CommonOptions.Json } };
        root.Subcommands.Add(FeedsCommand.Create(_ => store));
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = TextWriter.Null }, Token);
    }

    [Fact]
    public async Task ImportThenExport_RoundTripsSubscriptionsWithFolders()
    {
        var store = new InMemoryFeedStateStore();
        var opml = Path.Combine(AppContext.BaseDirectory, "TestData", "Feeds", "subscriptions.opml");
        Assert.Equal(0, await RunAsync(store, "feeds", "import", opml));
        Assert.Equal(0, await RunAsync(store, "feeds", "import", opml));
        var feeds = await store.ListAsync(Token);
        Assert.Equal(3, feeds.Count);
        Assert.Contains(feeds, f => f.Category == "World" && f.Title == "World Desk");

        var exported = Path.Combine(Path.GetTempPath(), $"storyline-export-{Guid.NewGuid():N}.opml");
        try
        {
            Assert.Equal(0, await RunAsync(store, "feeds", "export", "--output", exported));
            var reimported = new InMemoryFeedStateStore();
            Assert.Equal(0, await RunAsync(reimported, "feeds", "import", exported));
            Assert.Equal(feeds.Select(f => (f.Url, f.Title, f.Category)), (await reimported.ListAsync(Token)).Select(f => (f.Url, f.Title, f.Category)));
        }
        finally
        {
            File.Delete(exported);
        }
    }

    [Fact]
    public async Task Add_SameUrlTwice_SubscribesOnce()
    {
        var store = new InMemoryFeedStateStore();
        Assert.Equal(0, await RunAsync(store, "feeds", "add", "https://news.example/feed"));
        Assert.Equal(0, await RunAsync(store, "feeds", "add", "https://news.example/feed"));
        Assert.Single(await store.ListAsync(Token));
    }

    [Theory]
    [InlineData("ftp://news.example/feed")]
    [InlineData("not a url")]
    public async Task Add_NonHttpAddress_FailsWithAMessage(string url)
    {
        var error = await Assert.ThrowsAsync<CliException>(() => RunAsync(new InMemoryFeedStateStore(), "feeds", "add", url));
        Assert.Contains("not an http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotOpml_FailsWithAMessage()
    {
        var file = Path.Combine(Path.GetTempPath(), $"storyline-bad-{Guid.NewGuid():N}.opml");
        await File.WriteAllTextAsync(file, "<rss version=\"2.0\"/>", Token);
        try
        {
            var error = await Assert.ThrowsAsync<CliException>(() => RunAsync(new InMemoryFeedStateStore(), "feeds", "import", file));
            Assert.Contains("not an OPML file", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
