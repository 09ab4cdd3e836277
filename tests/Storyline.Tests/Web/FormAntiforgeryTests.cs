using AngleSharp.Html.Parser;

namespace Storyline.Tests.Web;

/// <summary>CSRF on every form: each POST form of the reader and operator pages carries an antiforgery field.</summary>
public sealed class FormAntiforgeryTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/stories/1", false)]
    [InlineData("/stories/2", false)]
    [InlineData("/admin/login", false)]
    [InlineData("/admin/moderation", true)]
    [InlineData("/admin/feeds", true)]
    [InlineData("/admin/settings", true)]
    public async Task EveryPostForm_CarriesAnAntiforgeryField(string path, bool operatorPage)
    {
        using var client = site.Client();
        if (operatorPage)
        {
            var token = await FormHelper.AntiforgeryTokenAsync(client, "/admin/login");
            using var login = await client.PostAsync(new Uri("/admin/login", UriKind.Relative),
                FormHelper.Form(("__RequestVerificationToken", token), ("user", "admin"), ("password", WebAppFixture.AdminPassword)), Ct);
        }
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct));
        var forms = document.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[type=hidden][name=__RequestVerificationToken]")));
    }
}
