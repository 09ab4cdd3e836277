namespace Storyline.Core.Feeds;

/// <summary>Turns parser drafts into the final model: identities, duplicates, topics, the item cap.</summary>
internal static class FeedAssembler
{
    public static ParsedFeed Build(ParsedFeed header, IReadOnlyList<FeedItemDraft> drafts, List<string> warnings, FeedParserOptions options)
    {
        var items = new List<FeedItem>(Math.Min(drafts.Count, options.MaxItems));
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var draft in drafts)
        {
            if (items.Count >= options.MaxItems)
            {
                warnings.Add($"feed holds {drafts.Count:N0} items; only the first {options.MaxItems:N0} are kept");
                break;
            }
            var body = draft.Content ?? draft.Summary;
            var hash = ItemIdentity.ContentHash(draft.Title, body);
            var (id, source) = ItemIdentity.Of(draft.Guid, draft.Link, hash);
            if (seen.TryGetValue(id, out var earlierHash))
            {
                if (earlierHash == hash) { duplicates++; continue; }
                // A reused GUID on a different item (a common CMS bug): fall back to the link, then the content.
                (id, source) = ItemIdentity.Of(null, draft.Link, hash);
                if (seen.ContainsKey(id)) (id, source) = ItemIdentity.Of(null, null, hash);
                if (seen.ContainsKey(id)) { duplicates++; continue; }
                warnings.Add($"GUID '{Short(draft.Guid)}' is used by more than one item; identified by {source}");
            }
            seen[id] = hash;
            items.Add(new FeedItem
            {
                Id = id,
                IdentitySource = source,
                Guid = string.IsNullOrWhiteSpace(draft.Guid) ? null : draft.Guid.Trim(),
                Link = draft.Link,
                Title = FeedText.Plain(draft.Title),
                Summary = NullIfBlank(draft.Summary),
                Content = NullIfBlank(draft.Content),
                Published = draft.Published ?? draft.Updated,
                Updated = draft.Updated,
                Authors = draft.Authors.Select(FeedText.AuthorName).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Topics = Topics(draft, options.MaxTopicsPerItem),
                Media = draft.Media.DistinctBy(m => m.Url).Take(options.MaxMediaPerItem).ToList(),
                ContentHash = hash,
            });
        }
        if (duplicates > 0) warnings.Add($"{duplicates} duplicate item(s) dropped");
        return header with { Items = items, Warnings = warnings };
    }

    private static List<string> Topics(FeedItemDraft draft, int max)
    {
        var title = FeedText.Plain(draft.Title);
        var hashtags = FeedText.Hashtags(title).Concat(FeedText.Hashtags(FeedText.HtmlToText(draft.Summary)));
        return draft.Topics.Concat(hashtags)
            .Select(t => FeedText.Plain(t)?.TrimStart('#').Trim())
            .Where(t => !string.IsNullOrEmpty(t) && t.Length <= 100)
            .Select(t => t!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Short(string? s) => s is null ? "" : s.Length <= 80 ? s : s[..80] + "…";
}
