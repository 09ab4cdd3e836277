using Storyline.Core.Clustering;

namespace Storyline.Core.Tests.Clustering;

public sealed class ClusterInputReaderTests
{
    [Theory]
    [InlineData("""{"id":"a","title":"T","text":"","published":"2015-03-01","source":"s"}""", "a", true)]
    [InlineData("""{"id":"a","title":"T","text":"x","published":"2015-03-01T10:20:00+02:00","source":"s"}""", "a", true)]
    [InlineData("""{"id":7,"title":"T","published":1700000000}""", "7", true)]
    [InlineData("""{"id":"a","title":"T","text":""}""", "a", false)]
    [InlineData("""{"id":"a","title":"T","published":null}""", "a", false)]
    [InlineData("""{"id":"a","title":"T","published":"last tuesday"}""", "a", false)]
    public void Parse_UsableLine_GivesTheDocument(string line, string id, bool hasTime)
    {
        var parsed = Assert.IsType<ClusterInputLine.Parsed>(ClusterInputReader.Parse(line));

        Assert.Equal(id, parsed.Document.Id);
        Assert.Equal(hasTime, parsed.HasTime);
        if (!hasTime) Assert.Equal(ClusterInputReader.UnknownTime, parsed.Document.Published);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"id":"a",""")]
    [InlineData("[1,2]")]
    [InlineData("""{"title":"no id"}""")]
    [InlineData("""{"id":"  ","title":"blank id"}""")]
    public void Parse_BadLine_IsInvalidWithAReason(string line)
    {
        var invalid = Assert.IsType<ClusterInputLine.Invalid>(ClusterInputReader.Parse(line));

        Assert.False(string.IsNullOrWhiteSpace(invalid.Reason));
    }

    [Fact]
    public void Parse_DateOnly_IsMidnightUtc()
    {
        var parsed = Assert.IsType<ClusterInputLine.Parsed>(ClusterInputReader.Parse("""{"id":"a","published":"2015-03-01"}"""));

        Assert.Equal(new DateTimeOffset(2015, 3, 1, 0, 0, 0, TimeSpan.Zero), parsed.Document.Published);
    }
}
