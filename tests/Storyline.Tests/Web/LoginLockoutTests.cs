using System.Net;

namespace Storyline.Tests.Web;

/// <summary>Repeated wrong passwords lock the client out, even with the right password afterwards.</summary>
public sealed class LoginLockoutTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Login_AfterFiveFailures_IsLockedOutEvenWithTheRightPassword()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = site.Client();
        for (var i = 0; i < 5; i++)
        {
            var token = await FormHelper.AntiforgeryTokenAsync(client, "/admin/login");
            using var wrong = await client.PostAsync(new Uri("/admin/login", UriKind.Relative),
                FormHelper.Form(("__RequestVerificationToken", token), ("user", "admin"), ("password", $"guess-{i}")), ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var last = await FormHelper.AntiforgeryTokenAsync(client, "/admin/login");
        using var right = await client.PostAsync(new Uri("/admin/login", UriKind.Relative),
            FormHelper.Form(("__RequestVerificationToken", last), ("user", "admin"), ("password", WebAppFixture.AdminPassword)), ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("Too many failed attempts", await right.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
