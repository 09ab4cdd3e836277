using Storyline.Core.Clustering.Online;

namespace Storyline.Core.Tests.Clustering;

/// <summary>Hand-built <see cref="StoryState"/>s for tests of the parts that compare stories as wholes.</summary>
internal static class Stories
{
    public static readonly DateTimeOffset Day0 = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A story of <c>members</c> identical articles (one by default) whose vector has equal weight on <paramref name="terms"/>, posted under them.</summary>
    public static StoryState Make(long id, int[] terms, double day = 0, int[]? entities = null, int[]? leadNumbers = null, int[]? eventDays = null, int[]? namedDates = null,
        int[]? fullNames = null, string? source = null, int[]? headlineNames = null, int members = 1)
    {
        var story = new StoryState(id);
        var vector = ArticleVector.FromWeights([.. terms.Select(t => new KeyValuePair<int, double>(t, 1.0))], 100);
        var features = new ArticleFeatures
        {
            Counts = [],
            TitleTerms = [],
            Entities = [],
            LeadNumbers = [.. leadNumbers ?? []],
            EventDays = [.. eventDays ?? []],
            NamedDates = [.. namedDates ?? []],
            Fingerprint = (ulong)id,
            FingerprintWords = 0,
        };
        for (var m = 0; m < members; m++)
        {
            story.Add(vector, ArticleVector.Empty, features, [.. entities ?? [], .. fullNames ?? []], source ?? "outlet-" + id, Day0.AddDays(day), 200, fullNames,
                headlineNames);
            story.Members.Add(new MemberRef { Id = m == 0 ? "a" + id : $"a{id}-{m}", Fingerprint = (ulong)id, FingerprintWords = 0, Story = story });
        }
        story.IndexedKeys.UnionWith(terms);
        story.IndexedKeys.UnionWith(entities ?? []);
        return story;
    }
}
