using System.Net;
using Microsoft.AspNetCore.Builder;

namespace Storyline.Tests.Web;

/// <summary>
/// Two nodes on one database share the data-protection key ring (it lives in the database), so a form served by one
/// node posts to the other: what a reader behind a load balancer does. A node on another database refuses it.
/// </summary>
public sealed class SharedKeyRingTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "storyline-keyring-tests-" + Guid.NewGuid().ToString("N"));
    private readonly List<WebApplication> _apps = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task FormFromOneNode_PostedToAnotherOnTheSameDatabase_IsAccepted_AndRefusedByAStranger()
    {
        var shared = Path.Combine(_directory, "shared.db");
        var first = await StartAsync(shared, loadDemo: true);
        var second = await StartAsync(shared, loadDemo: false);
        var stranger = await StartAsync(Path.Combine(_directory, "other.db"), loadDemo: true);

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = first,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var token = await FormHelper.AntiforgeryTokenAsync(browser, "/stories/2");

        using var onSecond = await browser.PostAsync(new Uri(second, "/stories/2/comments"), CommentForm(token), Ct);
        Assert.Equal(HttpStatusCode.Redirect, onSecond.StatusCode);

        using var onStranger = await browser.PostAsync(new Uri(stranger, "/stories/2/comments"), CommentForm(token), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, onStranger.StatusCode);
    }

    private static FormUrlEncodedContent CommentForm(string token) => FormHelper.Form(
        ("__RequestVerificationToken", token), ("author", "Roaming Reader"), ("email", "roaming@example.org"),
        ("text", "Posted through whichever node the proxy picked."), ("website", ""), ("ts", "0"));

    private async Task<Uri> StartAsync(string db, bool loadDemo)
    {
        var (app, address) = await WebAppFixture.StartSiteAsync(db, loadDemo, new Dictionary<string, string?> { ["Web:PostsPerWindow"] = "10000" }, Ct);
        _apps.Add(app);
        return address;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
