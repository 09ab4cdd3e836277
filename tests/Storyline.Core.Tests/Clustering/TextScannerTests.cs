using Storyline.Core.Clustering.Online;

namespace Storyline.Core.Tests.Clustering;

public sealed class TextScannerTests
{
    public static TheoryData<string, string, string[]> Names => new()
    {
        { "a two-word name and its last word", "Officers arrested his sister, Dalia Voss, at the scene.", ["e:dalia voss", "e:voss"] },
        { "stop words trimmed from a run's ends", "He spoke to The Eastfield Courier on Monday.", ["e:eastfield courier", "e:courier"] },
        { "a lone long capitalised word mid-sentence", "The fire spread to Skarholm quickly.", ["e:skarholm"] },
        { "numbers of two digits or more", "A 67-year-old woman and 3 others", ["#67"] },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Scan_Text_FindsNameKeys(string scenario, string text, string[] expected)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        TextScanner.Scan(text, new TextScanner.Sink { Counts = [], Entities = entities });

        Assert.True(expected.All(entities.Contains), $"{scenario}: expected [{string.Join(", ", expected)}] among [{string.Join(", ", entities)}]");
        Assert.DoesNotContain(entities, e => e.Contains("System.", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string[]> TaggedNames => new()
    {
        { "a full name and its last word, as the scanner keys them", "Ana Cabrera", ["e:ana cabrera", "e:cabrera"] },
        { "punctuation inside a name dropped", "St. Louis", ["e:st louis", "e:louis"] },
        { "stop words trimmed from the ends", "the Eastfield Courier", ["e:eastfield courier", "e:courier"] },
        { "a one-word name", "Skarholm", ["e:skarholm"] },
        { "a number is no name", "2014", [] },
        { "a span longer than a name is no name", "Eastfield County Board Of Public Works", [] },
    };

    [Theory]
    [MemberData(nameof(TaggedNames))]
    public void NameKeys_TaggedName_KeysItAsScanDoes(string scenario, string name, string[] expected)
    {
        var keys = TextScanner.NameKeys(name).ToArray();

        Assert.True(expected.SequenceEqual(keys), $"{scenario}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", keys)}]");
    }
}
