namespace Storyline.Core.Clustering.Online;

/// <summary>Turns a <see cref="ClusterDocument"/> into <see cref="ArticleFeatures"/>.</summary>
internal static class FeatureExtractor
{
    public static ArticleFeatures Extract(ClusterDocument document, OnlineStoryClustererOptions options, SourceBoilerplate? boilerplate = null,
        TemplateParagraphs? templates = null, bool recordTemplates = true)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var titleTerms = new HashSet<string>(StringComparer.Ordinal);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var title = boilerplate?.FilterTitle(document.Source, document.Title) ?? document.Title;
        var text = boilerplate?.Filter(document.Source, document.Text) ?? document.Text;
        var body = Lead(templates?.Filter(text, options.MaxBodyChars, recordTemplates) ?? text, options.MaxBodyChars);
        // A body that was all furniture or template is no body: the headline is then all there is to match.
        var hasBody = !string.IsNullOrWhiteSpace(body);
        var bodyHashes = new List<ulong>(256);

        // Title Case headlines capitalise every word; only a sentence-case headline (or a headline with no
        // body to lean on) says which words are names.
        var titleNames = !hasBody || !TextScanner.IsTitleCase(title);
        var titleHashes = new List<ulong>(16);
        var headlineNames = new HashSet<string>(StringComparer.Ordinal);
        TextScanner.Scan(title, new TextScanner.Sink
        {
            Counts = counts,
            Terms = titleTerms,
            Entities = titleNames ? headlineNames : null,
            SingleWords = !hasBody && TextScanner.IsTitleCase(title),
            WordHashes = titleHashes,
            Weight = options.TitleWeight,
            EntityWeight = options.EntityWeight,
        });
        entities.UnionWith(headlineNames);
        if (hasBody)
            TextScanner.Scan(body, new TextScanner.Sink
            {
                Counts = counts,
                Entities = entities,
                WordHashes = bodyHashes,
                EntityWeight = options.EntityWeight,
            });
        // The analysis stage's names are keyed as the scanner keys names ("St. Louis" → "st louis"; "Ana Cabrera" also
        // "cabrera"), so the same name found by either gives one key, not two that the other articles may lack.
        foreach (var mention in document.Entities)
            foreach (var key in TextScanner.NameKeys(mention.Canonical ?? mention.Text))
                if (entities.Add(key)) counts[key] = options.EntityWeight;
        var hashes = bodyHashes.Count > 0 ? bodyHashes : titleHashes;
        return new ArticleFeatures
        {
            Counts = counts,
            TitleTerms = titleTerms,
            Entities = entities,
            // Headline names are a story's subject only when a body backs them: a bare headline's capitalised words
            // (aggregator topics, Title Case) are too loose to say two stories are about different people or places.
            HeadlineNames = hasBody
                ? headlineNames.Where(static n => n.StartsWith("e:", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal)
                : [],
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
