using AngleSharp.Html.Parser;

namespace Storyline.Tests.Web;

/// <summary>Every place a reader can follow something offers the e-mail digest too, and the form it opens is set to that target.</summary>
public sealed class FollowByEmailLinkTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/stories/1", "story:1")]
    [InlineData("/?topic=transport", "topic:transport")]
    [InlineData("/?topic=Rail%20%26%20%3CRoads%3E", "topic:rail & <roads>")]
    [InlineData("/", "front")]
    [InlineData("/search?q=harbour", "front")]
    public async Task Page_LinksToTheSignUpForm_WhichPreselectsTheTarget(string path, string follow)
    {
        using var client = site.Client();
        var parser = new HtmlParser();
        var page = parser.ParseDocument(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct));
        var links = page.QuerySelectorAll("a[href^='/subscriptions?follow=']").Select(a => a.GetAttribute("href")!).ToList();
        var link = Assert.Single(links, href => string.Equals(FollowOf(href), follow, StringComparison.OrdinalIgnoreCase));

        var form = parser.ParseDocument(await client.GetStringAsync(new Uri(link, UriKind.Relative), Ct));
        Assert.Equal(follow, form.QuerySelector("form.subscribe input[name=follow]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TopicLink_IsEscapedInTheUrlAndEncodedInTheMarkup()
    {
        using var client = site.Client();
        var html = await client.GetStringAsync(new Uri("/?topic=a%22b%26c", UriKind.Relative), Ct);
        Assert.Contains("href=\"/subscriptions?follow=topic%3Aa%22b%26c\"", html, StringComparison.Ordinal);
    }

    private static string FollowOf(string href) => Uri.UnescapeDataString(href["/subscriptions?follow=".Length..]);
}
