using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;

namespace Storyline.Tests.Web;

/// <summary>The operator's feed pages: add a feed, import and export OPML, see each feed's status; login and antiforgery required.</summary>
public sealed class FeedAdminTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Loopback addresses: the fetcher refuses them by default, so the poller never leaves the machine and records an error.
    private const string Opml = """
        <?xml version="1.0" encoding="utf-8"?>
        <opml version="2.0"><head><title>Test list</title></head><body>
          <outline text="Local news">
            <outline text="Harbour Gazette" type="rss" xmlUrl="http://127.0.0.1:9/harbour.xml" htmlUrl="http://127.0.0.1:9/"/>
            <outline text="Valley Post" type="rss" xmlUrl="http://127.0.0.1:9/valley.atom"/>
          </outline>
          <outline text="Not a feed" type="rss" xmlUrl="javascript:alert(1)"/>
        </body></opml>
        """;

    [Theory]
    [InlineData("/admin/feeds")]
    [InlineData("/admin/feeds/export.opml")]
    public async Task FeedPage_WithoutLogin_RedirectsToLogin(string path)
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddFeed_WithoutAntiforgeryToken_IsRefused()
    {
        using var op = await LoginAsync();
        using var response = await op.PostAsync(new Uri("/admin/feeds", UriKind.Relative), FormHelper.Form(("url", "http://127.0.0.1:9/no-token.xml")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("no-token.xml", await op.GetStringAsync(new Uri("/admin/feeds", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddFeed_ShowsItInTheStatusTable_AndAgainSaysSubscribedAlready()
    {
        using var op = await LoginAsync();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/feeds");
        using var first = await op.PostAsync(new Uri("/admin/feeds", UriKind.Relative), FormHelper.Form(("__RequestVerificationToken", token), ("url", "http://127.0.0.1:9/added.xml")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/admin/feeds?added=1", first.Headers.Location!.OriginalString);
        using var second = await op.PostAsync(new Uri("/admin/feeds", UriKind.Relative), FormHelper.Form(("__RequestVerificationToken", token), ("url", "http://127.0.0.1:9/added.xml")), Ct);
        Assert.Equal("/admin/feeds?exists=1", second.Headers.Location!.OriginalString);

        var page = await op.GetStringAsync(new Uri("/admin/feeds", UriKind.Relative), Ct);
        Assert.Contains("http://127.0.0.1:9/added.xml", page, StringComparison.Ordinal);
        Assert.Contains("Next check", page, StringComparison.Ordinal);
        Assert.Contains("Last error", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/feed.xml")]
    [InlineData("javascript:alert(1)")]
    public async Task AddFeed_NotAnHttpUrl_Answers400WithTheReason(string url)
    {
        using var op = await LoginAsync();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/feeds");
        using var response = await op.PostAsync(new Uri("/admin/feeds", UriKind.Relative), FormHelper.Form(("__RequestVerificationToken", token), ("url", url)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("http:// or https://", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportOpml_AddsItsFeeds_AndExportListsThem()
    {
        using var op = await LoginAsync();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/feeds");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Opml)) { Headers = { ContentType = new MediaTypeHeaderValue("text/x-opml") } }, "opml", "list.opml" },
        };
        using var import = await op.PostAsync(new Uri("/admin/feeds/import", UriKind.Relative), form, Ct);
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.StartsWith("/admin/feeds?imported=2&skipped=0&warnings=1", import.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var page = await op.GetStringAsync(new Uri(import.Headers.Location.OriginalString, UriKind.Relative), Ct);
        Assert.Contains("OPML imported: 2 added", page, StringComparison.Ordinal);
        Assert.Contains("Harbour Gazette", page, StringComparison.Ordinal);
        Assert.Contains("Local news", page, StringComparison.Ordinal);

        using var export = await op.GetAsync(new Uri("/admin/feeds/export.opml", UriKind.Relative), Ct);
        Assert.Equal("text/x-opml", export.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await export.Content.ReadAsStringAsync(Ct));
        var urls = xml.Descendants("outline").Select(o => (string?)o.Attribute("xmlUrl")).Where(u => u is not null).ToList();
        Assert.Contains("http://127.0.0.1:9/harbour.xml", urls);
        Assert.Contains("http://127.0.0.1:9/valley.atom", urls);
    }

    [Fact]
    public async Task ImportOpml_LargerThanTheCommentBodyLimit_IsAccepted()
    {
        // 1,500 outlines (~120 KB): more than Web:MaxRequestBodyBytes (64 KB), within Admin:MaxOpmlBytes.
        var outlines = string.Concat(Enumerable.Range(0, 1_500).Select(i => $"<outline text=\"Feed {i}\" type=\"rss\" xmlUrl=\"http://127.0.0.1:9/bulk/{i}.xml\" htmlUrl=\"http://127.0.0.1:9/bulk/{i}/\"/>\n"));
        var bytes = System.Text.Encoding.UTF8.GetBytes($"<opml version=\"2.0\"><head><title>Bulk</title></head><body>{outlines}</body></opml>");
        Assert.True(bytes.Length > 64 * 1024);
        using var op = await LoginAsync();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/feeds");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "opml", "bulk.opml" },
        };
        using var import = await op.PostAsync(new Uri("/admin/feeds/import", UriKind.Relative), form, Ct);
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.StartsWith("/admin/feeds?imported=1500&", import.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportOpml_NotOpml_Answers400()
    {
        using var op = await LoginAsync();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/feeds");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("<html><body>hello</body></html>"u8.ToArray()), "opml", "page.html" },
        };
        using var response = await op.PostAsync(new Uri("/admin/feeds/import", UriKind.Relative), form, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a readable OPML", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveFeed_TakesItOffTheList()
    {
        using var op = await LoginAsync();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/feeds");
        using var add = await op.PostAsync(new Uri("/admin/feeds", UriKind.Relative), FormHelper.Form(("__RequestVerificationToken", token), ("url", "http://127.0.0.1:9/short-lived.xml")), Ct);
        using var remove = await op.PostAsync(new Uri("/admin/feeds/remove", UriKind.Relative), FormHelper.Form(("__RequestVerificationToken", token), ("url", "http://127.0.0.1:9/short-lived.xml")), Ct);
        Assert.Equal("/admin/feeds?removed=1", remove.Headers.Location!.OriginalString);
        Assert.DoesNotContain("short-lived.xml", await op.GetStringAsync(new Uri("/admin/feeds", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    private async Task<HttpClient> LoginAsync()
    {
        var op = site.Client();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/login");
        using var login = await op.PostAsync(new Uri("/admin/login", UriKind.Relative),
            FormHelper.Form(("__RequestVerificationToken", token), ("user", "admin"), ("password", WebAppFixture.AdminPassword)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return op;
    }
}
