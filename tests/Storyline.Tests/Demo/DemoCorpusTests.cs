using Storyline.Core.Analysis;
using Storyline.Core.Extraction;
using Storyline.Demo;
using Storyline.Ingestion;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Tests.Demo;

/// <summary>The bundled demo corpus: enough stories, several outlets, a discussion, and loading twice stores it once.</summary>
public sealed class DemoCorpusTests : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"storyline-demo-{Guid.NewGuid():N}.db");
    private IStorylineStore? _store;

    public async ValueTask InitializeAsync()
    {
        _store = StoreFactory.Open(_db, TimeProvider.System);
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Load_Twice_StoresEverythingOnceWithFiveStoriesSeveralFromTwoOutlets()
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = new IngestPipeline(_store!, ClustererFactory.Create(), new ArticleExtractor(), new ArticleAnalyzer(), TimeProvider.System);
        var first = await DemoCorpus.LoadAsync(pipeline, TimeProvider.System, ct);
        var second = await DemoCorpus.LoadAsync(pipeline, TimeProvider.System, ct);
        Assert.Equal(DemoCorpus.Files.Count, first.Stored);
        Assert.Equal(0, second.Stored);

        var stories = await _store!.ListStoriesAsync(new StoryListQuery { Limit = 100 }, ct);
        Assert.True(stories.Count >= 5, $"{stories.Count} stories");
        Assert.True(stories.Count(s => s.Sources.Count >= 2) >= 3);
        Assert.Contains(stories, s => s.CommentCount >= 5);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(file);
    }
}
