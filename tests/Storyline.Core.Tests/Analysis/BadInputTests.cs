using System.Text;
using Storyline.Core.Analysis;

namespace Storyline.Core.Tests.Analysis;

public sealed class BadInputTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string> Texts() => new()
    {
        "",
        "   \n\n\t ",
        "“",
        "\"\"\"\"\"\"\"\"",
        "He said: “this never closes\n\nand neither does “this\n\n”",
        "Путин заявил: «Мы не отступим», сообщает ТАСС. 18 районов Санкт-Петербурга.",
        "习近平在北京说：“我们会继续。”",
        "قال الرئيس في القاهرة: \"سنواصل\"",
        "Emoji 😀😀 “quoted 😀” \ud83d alone surrogate \ude00 and 12 items.",
        new string('a', 70_000),
        string.Concat(Enumerable.Repeat("Mr. ", 5_000)),
        string.Concat(Enumerable.Repeat("“", 20_000)),
        string.Concat(Enumerable.Repeat("1,", 20_000)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Analyze_OddText_GivesOffsetsInsideTheText(string text)
    {
        var analysis = Analyzer.Analyze(text);
        foreach (var e in analysis.Entities) Assert.Equal(e.Text, text[e.Start..e.End]);
        foreach (var q in analysis.Quotes) Assert.Equal(q.Text, text[q.Start..q.End]);
        foreach (var c in analysis.Claims) Assert.Equal(c.Text, text[c.Start..c.End]);
    }

    [Fact]
    public void Analyze_HugeText_IsCutAtTheLimit()
    {
        var sb = new StringBuilder();
        while (sb.Length < ArticleAnalyzer.MaxTextLength + 100_000) sb.Append("Ana Cabrera said: “18 municipal districts voted.” ");
        var analysis = Analyzer.Analyze(sb.ToString());
        Assert.All(analysis.Quotes, q => Assert.True(q.End <= ArticleAnalyzer.MaxTextLength));
        Assert.NotEmpty(analysis.Claims);
    }
}
