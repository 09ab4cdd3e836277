using Storyline.Core.Analysis;
using Storyline.Core.Clustering;

namespace Storyline.Core.Tests.Clustering;

public sealed class HeadlineEntitiesTests
{
    private static ClusterDocument Document(string id, string title, IReadOnlyList<EntityMention>? entities = null) => new()
    {
        Id = id,
        Title = title,
        Text = "",
        Published = DateTimeOffset.UnixEpoch,
        Source = "Example News",
        Entities = entities ?? [],
    };

    [Fact]
    public void Attach_HeadlineNamingAPerson_AddsTheTaggedNameAndKeepsOrder()
    {
        var before = new EntityMention("Eastfield", EntityType.LOC, 0, 9);
        var documents = new[]
        {
            Document("a", "Barack Obama meets Angela Merkel in Berlin", [before]),
            Document("b", "rain expected tomorrow"),
        };

        var tagged = HeadlineEntities.Attach(documents, new ArticleAnalyzer());

        Assert.Equal(["a", "b"], tagged.Select(d => d.Id));
        Assert.Contains(before, tagged[0].Entities);
        Assert.Contains(tagged[0].Entities, e => e.Text == "Barack Obama" && e.Type == EntityType.PER);
    }

    [Fact]
    public void Attach_AnalyzerWithoutModel_LeavesDocumentsUnchanged()
    {
        var documents = new[] { Document("a", "Barack Obama meets Angela Merkel in Berlin") };

        var tagged = HeadlineEntities.Attach(documents, new ArticleAnalyzer(null));

        Assert.Same(documents[0], tagged[0]);
    }
}
