using Storyline.Core.Discussion.Import;

namespace Storyline.Core.Tests.Discussion.Import;

public sealed class ThreadImporterTests
{
    private const string Wxr = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel><title>Example blog</title>
            <item><title>Harbour bridge</title>
              <wp:comment><wp:comment_id>11</wp:comment_id><wp:comment_author><![CDATA[Ada]]></wp:comment_author>
                <wp:comment_author_email>ada@example.test</wp:comment_author_email><wp:comment_date_gmt>2026-03-01 10:00:00</wp:comment_date_gmt>
                <wp:comment_content><![CDATA[First!]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
              <wp:comment><wp:comment_id>12</wp:comment_id><wp:comment_author>Ben</wp:comment_author>
                <wp:comment_date_gmt>2026-03-01 11:00:00</wp:comment_date_gmt>
                <wp:comment_content>Reply to Ada</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>11</wp:comment_parent></wp:comment>
              <wp:comment><wp:comment_id>13</wp:comment_id><wp:comment_author>Bot</wp:comment_author>
                <wp:comment_content>cheap pills</wp:comment_content><wp:comment_approved>spam</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
              <wp:comment><wp:comment_id>14</wp:comment_id><wp:comment_type>pingback</wp:comment_type><wp:comment_author>x</wp:comment_author>
                <wp:comment_content>ping</wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>
            </item>
          </channel>
        </rss>
        """;

    private const string Disqus = """
        <?xml version="1.0" encoding="utf-8"?>
        <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
          <thread dsq:id="900"><link>https://example.test/a</link><title>A</title></thread>
          <post dsq:id="2"><message><![CDATA[<p>Second, a reply</p>]]></message><createdAt>2026-03-01T11:00:00Z</createdAt>
            <isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>Ben</name><email>ben@example.test</email></author>
            <thread dsq:id="900"/><parent dsq:id="1"/></post>
          <post dsq:id="1"><message><![CDATA[<p>First <b>comment</b></p><p>two paragraphs</p>]]></message><createdAt>2026-03-01T10:00:00Z</createdAt>
            <isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>Ada</name></author><thread dsq:id="900"/></post>
          <post dsq:id="3"><message>spam</message><createdAt>2026-03-01T12:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>true</isSpam>
            <author><name>Bot</name></author><thread dsq:id="900"/></post>
        </disqus>
        """;

    [Fact]
    public void Parse_WordPressExport_KeepsAuthorsDatesParentsAndSkipsPingbacks()
    {
        var thread = ThreadImporter.Parse(Wxr);
        Assert.Equal("wordpress-wxr", thread.Format);
        Assert.Equal(["11", "12", "13"], thread.Comments.Select(c => c.Id).Order(StringComparer.Ordinal));
        var reply = thread.Comments.Single(c => c.Id == "12");
        Assert.Equal("11", reply.Parent);
        Assert.Equal("Ben", reply.Author);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 11, 0, 0, TimeSpan.Zero), reply.Published);
        Assert.False(thread.Comments.Single(c => c.Id == "13").Approved);
        Assert.True(thread.Comments.ToList().FindIndex(c => c.Id == "11") < thread.Comments.ToList().FindIndex(c => c.Id == "12"));
    }

    [Fact]
    public void Parse_DisqusExport_OrdersParentsFirstAndStripsMarkup()
    {
        var thread = ThreadImporter.Parse(Disqus);
        Assert.Equal("disqus-xml", thread.Format);
        Assert.Equal("1", thread.Comments[0].Id);
        Assert.Equal("First comment\ntwo paragraphs", thread.Comments[0].Text);
        Assert.Equal("1", thread.Comments.Single(c => c.Id == "2").Parent);
        Assert.False(thread.Comments.Single(c => c.Id == "3").Approved);
    }

    [Fact]
    public void Parse_ThreadedText_ReadsNumberedComments()
    {
        var thread = ThreadImporter.Parse("12 comments\n\n  1. Hello\n\n    1. Hi back\n\n  2. Bye\n");
        Assert.Equal("text", thread.Format);
        Assert.Equal(12, thread.Declared);
        Assert.Equal(["1", "1.1", "2"], thread.Comments.Select(c => c.Id));
        Assert.Equal("1", thread.Comments[1].Parent);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><disqus>&lol2;</disqus>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><disqus>&xxe;</disqus>")]
    [InlineData("<disqus><post>")]
    [InlineData("<html><body>not an export</body></html>")]
    [InlineData("just some words without any numbered comments")]
    public void Parse_UnsafeOrUnknownInput_IsRefusedWithAClearError(string content)
    {
        var error = Assert.Throws<ThreadImportException>(() => ThreadImporter.Parse(content));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void ParentsFirst_CycleAndMissingParent_KeepEveryComment()
    {
        var comments = new[]
        {
            new ImportedComment { Id = "a", Parent = "b", Author = "x", Text = "1" },
            new ImportedComment { Id = "b", Parent = "a", Author = "x", Text = "2" },
            new ImportedComment { Id = "c", Parent = "zzz", Author = "x", Text = "3" },
        };
        var ordered = ThreadOrder.ParentsFirst(comments);
        Assert.Equal(3, ordered.Count);
        Assert.Null(ordered.Single(c => c.Id == "c").Parent);
    }
}
