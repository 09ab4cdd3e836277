using System.Text.RegularExpressions;

namespace Storyline.Tests.Web;

/// <summary>Reads what a browser would send back from a page: the antiforgery field of its forms.</summary>
internal static partial class FormHelper
{
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var match = TokenField().Match(html);
        Assert.True(match.Success, "the page carries an antiforgery field");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
