using Storyline.Core.Analysis;
using Storyline.Core.Clustering;
using Storyline.Core.Extraction;
using Storyline.Core.Text;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Ingestion;

/// <summary>
/// Drives one document through the stages: extraction, analysis, story assignment and storage
/// (one transaction per page). The same path serves the CLI, the background service and the tests.
/// </summary>
public sealed class IngestPipeline
{
    private readonly IStorylineStore _store;
    private readonly IStoryClusterer _clusterer;
    private readonly ArticleExtractor _extractor;
    private readonly ArticleAnalyzer _analyzer;
    private readonly TimeProvider _time;
    private readonly IngestOptions _options;
    private readonly SemaphoreSlim _warm = new(1, 1);
    private bool _warmed;

    public IngestPipeline(IStorylineStore store, IStoryClusterer clusterer, ArticleExtractor extractor, ArticleAnalyzer analyzer, TimeProvider time, IngestOptions? options = null)
    {
        _store = store;
        _clusterer = clusterer;
        _extractor = extractor;
        _analyzer = analyzer;
        _time = time;
        _options = options ?? new IngestOptions();
    }

    /// <summary>Raised after an article is stored (not for duplicates): caches of pages and feeds listen.</summary>
    public event Action<IngestResult.Stored>? ArticleStored;

    /// <summary>Extracts and stores <paramref name="document"/>; refusals come back as <see cref="IngestOutcome.Rejected"/>.</summary>
    public async Task<IngestOutcome> IngestAsync(SourceDocument document, CancellationToken cancellationToken, string? origin = null)
    {
        var extraction = _extractor.Extract(document);
        if (extraction is ExtractionOutcome.Rejected rejected) return new IngestOutcome.Rejected(origin ?? document.Origin, rejected.Reason);
        var article = ((ExtractionOutcome.Extracted)extraction).Article;
        return await IngestAsync(article, origin ?? document.Origin, document.Url, cancellationToken);
    }

    /// <summary>Stores an already extracted article (feeds that carry full text come this way).</summary>
    public async Task<IngestOutcome> IngestAsync(ExtractedArticle article, string origin, Uri? url, CancellationToken cancellationToken)
    {
        await WarmAsync(cancellationToken);
        var draft = DraftBuilder.Build(article, origin, url, _time.GetUtcNow(), _analyzer);
        var result = await _store.IngestAsync(draft, _clusterer, cancellationToken);
        if (result is IngestResult.Stored stored) ArticleStored?.Invoke(stored);
        return new IngestOutcome.Ingested(origin, draft, result);
    }

    /// <summary>Puts the articles of the active window back into the clusterer once per process.</summary>
    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        if (_warmed) return;
        await _warm.WaitAsync(cancellationToken);
        try
        {
            if (_warmed) return;
            var window = await _store.LoadWindowAsync(_time.GetUtcNow() - _options.ClusterWindow, cancellationToken);
            foreach (var (document, storyId) in window) _clusterer.Restore(document, storyId);
            _warmed = true;
        }
        finally
        {
            _warm.Release();
        }
    }
}
