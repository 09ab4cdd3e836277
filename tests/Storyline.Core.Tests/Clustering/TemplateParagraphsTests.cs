using Storyline.Core.Clustering.Online;

namespace Storyline.Core.Tests.Clustering;

public sealed class TemplateParagraphsTests
{
    private const string Lead = "A fire destroyed three warehouses at the harbour on Monday, the brigade said.";

    public static TheoryData<string, string[], bool> Cases => new()
    {
        {
            "one shape filled with three different names is a template",
            [
                "Oakridge council says the parking levy covers 12 homes and will be decided soon.",
                "Dunmore council says the parking levy covers 40 homes and will be decided soon.",
                "Castleton council says the parking levy covers 7 homes and will be decided soon.",
            ],
            true
        },
        {
            "the same paragraph again (a syndicated copy) is one filling, not a template",
            [
                "Oakridge council says the parking levy covers 12 homes and will be decided soon.",
                "Oakridge council says the parking levy covers 12 homes and will be decided soon.",
                "Oakridge council says the parking levy covers 12 homes and will be decided soon.",
            ],
            false
        },
        {
            "two fillings are not yet a template",
            [
                "Oakridge council says the parking levy covers 12 homes and will be decided soon.",
                "Dunmore council says the parking levy covers 40 homes and will be decided soon.",
            ],
            false
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Filter_RepeatedShape_DropsOnlyTemplates(string scenario, string[] paragraphs, bool dropped)
    {
        var templates = new TemplateParagraphs();
        string last = "";
        foreach (var paragraph in paragraphs) last = templates.Filter(Lead + "\n" + paragraph, 1500);

        Assert.True(dropped == !last.Contains(paragraphs[^1], StringComparison.Ordinal), scenario);
        Assert.Contains(Lead, last, StringComparison.Ordinal);
    }
}
