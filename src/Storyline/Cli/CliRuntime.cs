using Storyline.Core.Analysis;
using Storyline.Core.Extraction;
using Storyline.Fetching;
using Storyline.Ingestion;
using Storyline.Storage;
using Storyline.Stories;

namespace Storyline.Cli;

/// <summary>What a store-backed command needs: the migrated store, the ingest pipeline and the story reader.</summary>
public sealed class CliRuntime : IAsyncDisposable
{
    private CliRuntime(IStorylineStore store, TimeProvider time)
    {
        Store = store;
        Pipeline = new IngestPipeline(store, ClustererFactory.Create(), new ArticleExtractor(memory: new Core.Extraction.Text.BoilerplateMemory()), new ArticleAnalyzer(), time);
        Stories = new StoryService(store, new StoryAnalyzer());
    }

    public IStorylineStore Store { get; }
    public IngestPipeline Pipeline { get; }
    public StoryService Stories { get; }

    /// <summary>Opens and migrates the store named by <paramref name="db"/>; store errors become one-line CLI errors.</summary>
    public static async Task<CliRuntime> OpenAsync(string db, CancellationToken cancellationToken)
    {
        try
        {
            var store = StoreFactory.Open(db, TimeProvider.System);
            await store.MigrateAsync(cancellationToken);
            return new CliRuntime(store, TimeProvider.System);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliException($"cannot open the database {db}: {e.Message}");
        }
    }

    /// <summary>The fetcher-backed URL ingestor (feeds and pages), built on first use with the configured fetch options.</summary>
    public UrlIngestor UrlIngestor => _urlIngestor ??= BuildUrlIngestor();

    private UrlIngestor? _urlIngestor;
    private ServiceProvider? _services;

    private UrlIngestor BuildUrlIngestor()
    {
        _services = CliFetchServices.Build(services =>
        {
            services.AddSingleton(Pipeline);
            services.AddSingleton<UrlIngestor>();
        });
        return _services.GetRequiredService<UrlIngestor>();
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        await Store.DisposeAsync();
    }
}
