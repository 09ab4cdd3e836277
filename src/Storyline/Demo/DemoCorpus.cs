using Storyline.Ingestion;

namespace Storyline.Demo;

/// <summary>
/// The bundled sample corpus (invented outlets, places and people) that <c>storyline serve --demo</c> loads through
/// the ingest pipeline. Loading twice stores nothing new: the pipeline recognises every report by its fingerprint.
/// </summary>
public static class DemoCorpus
{
    private const string Prefix = "Storyline.Demo.Corpus.";

    /// <summary>Embedded corpus file names, in load order (their names sort by intended publication order).</summary>
    public static IReadOnlyList<string> Files { get; } = typeof(DemoCorpus).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();

    public static async Task<DemoLoadResult> LoadAsync(IngestPipeline pipeline, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Reports are stamped relative to a fixed anchor (today, midnight UTC) so a reload on the same day keeps the same times.
        var anchor = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddHours(Math.Min(now.UtcDateTime.Hour, 20));
        int stored = 0, duplicates = 0;
        foreach (var name in Files)
        {
            await using var stream = typeof(DemoCorpus).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"missing demo resource {name}");
            using var reader = new StreamReader(stream);
            var article = DemoFileParser.Parse(await reader.ReadToEndAsync(cancellationToken), anchor);
            var outcome = await pipeline.IngestAsync(article.Article, "demo:" + name[Prefix.Length..], article.Url, cancellationToken);
            if (outcome is IngestOutcome.Ingested { Result: Storyline.Storage.Model.IngestResult.Stored }) stored++;
            else duplicates++;
        }
        return new DemoLoadResult(stored, duplicates);
    }
}
