namespace Storyline.Core.Clustering.Online;

/// <summary>Turns a <see cref="ClusterDocument"/> into <see cref="ArticleFeatures"/>.</summary>
internal static class FeatureExtractor
{
    public static ArticleFeatures Extract(ClusterDocument document, OnlineStoryClustererOptions options, SourceBoilerplate? boilerplate = null)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var titleTerms = new HashSet<string>(StringComparer.Ordinal);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var title = boilerplate?.FilterTitle(document.Source, document.Title) ?? document.Title;
        var body = Lead(boilerplate?.Filter(document.Source, document.Text) ?? document.Text, options.MaxBodyChars);
        var hasBody = body.Length > 0;
        var bodyHashes = new List<ulong>(256);

        // Title Case headlines capitalise every word; only a sentence-case headline (or a headline with no
        // body to lean on) says which words are names.
        var titleNames = !hasBody || !TextScanner.IsTitleCase(title);
        var titleHashes = new List<ulong>(16);
        TextScanner.Scan(title, new TextScanner.Sink
        {
            Counts = counts,
            Terms = titleTerms,
            Entities = titleNames ? entities : null,
            SingleWords = !hasBody && TextScanner.IsTitleCase(title),
            WordHashes = titleHashes,
            Weight = options.TitleWeight,
            EntityWeight = options.EntityWeight,
        });
        if (hasBody)
            TextScanner.Scan(body, new TextScanner.Sink
            {
                Counts = counts,
                Entities = entities,
                WordHashes = bodyHashes,
                EntityWeight = options.EntityWeight,
            });
        foreach (var mention in document.Entities)
        {
            var key = "e:" + (mention.Canonical ?? mention.Text).ToLowerInvariant();
            if (entities.Add(key)) counts[key] = options.EntityWeight;
        }
        var hashes = bodyHashes.Count > 0 ? bodyHashes : titleHashes;
        return new ArticleFeatures
        {
            Counts = counts,
            TitleTerms = titleTerms,
            Entities = entities,
            LeadNumbers = LeadNumbers.Find(title, body, options.LeadChars),
            EventDays = EventDays.Find(title, body, options.LeadChars, document.Published),
            NamedDates = CalendarDates.Find(title, body, document.Published),
            Fingerprint = SimHash.Compute(hashes),
            FingerprintWords = hashes.Count,
        };
    }

    /// <summary>The first <paramref name="maxChars"/> characters, cut at a word boundary.</summary>
    private static string Lead(string text, int maxChars)
    {
        if (text.Length <= maxChars) return text;
        var cut = text.LastIndexOf(' ', maxChars);
        return text[..(cut > maxChars / 2 ? cut : maxChars)];
    }
}
