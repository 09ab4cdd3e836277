using Storyline.Core.Clustering.Online;
using static Storyline.Core.Tests.Clustering.Stories;

namespace Storyline.Core.Tests.Clustering;

public sealed class StoryStateTests
{
    // The story opened with "4 shot" (lead number 4); a later report revised it to 5.
    public static TheoryData<string, int[], bool> Articles => new()
    {
        { "leads with the founding count", [4], false },
        { "leads with the revised count", [5], false },
        { "leads with another count", [7], true },
        { "leads with no number", [], false },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void ContradictedBy_ArticleLeadNumbers_ConflictOnlyWhenNeitherTheCoreNorTheLatestReportHasThem(string scenario, int[] numbers, bool contradicted)
    {
        var story = Make(1, [1, 2, 3, 4], leadNumbers: [4]);
        story.Absorb(Make(2, [1, 2, 3, 4], day: 1, leadNumbers: [5]), 200);

        Assert.True(contradicted == story.ContradictedBy(numbers, 0.25), scenario);
    }
}
