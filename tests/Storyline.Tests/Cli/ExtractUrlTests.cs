using System.Text.Json;

namespace Storyline.Tests.Cli;

/// <summary><c>storyline extract URL</c> goes through the feeds' fetcher: same limits, same refusals.</summary>
public sealed class ExtractUrlTests
{
    [Fact]
    public async Task ExtractLoopbackPage_WhenAllowed_GivesTheArticle_AndAMissingPageFailsWithOneLine()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var baseUrl = "";
        var (listener, b, _) = await IngestUrlTests.ServeAsync(path => IngestUrlTests.Site(baseUrl, path), cts.Token);
        baseUrl = b;
        try
        {
            var info = CliProcess.StartInfo("extract", $"{baseUrl}/a1.html", "--json");
            info.Environment["STORYLINE__FETCH__ALLOWPRIVATEADDRESSES"] = "true";
            using var process = System.Diagnostics.Process.Start(info)!;
            process.StandardInput.Close();
            var stdout = await process.StandardOutput.ReadToEndAsync(cts.Token);
            await process.WaitForExitAsync(cts.Token);
            Assert.Equal(0, process.ExitCode);
            var article = JsonDocument.Parse(stdout).RootElement;
            Assert.Contains("six months from March", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            listener.Stop();
            listener.Close();
            await cts.CancelAsync();
        }
    }

    [Fact]
    public async Task ExtractLoopbackUrl_WithoutPermission_IsRefusedNamingTheSetting()
    {
        var info = CliProcess.StartInfo("extract", "http://127.0.0.1:9/page.html", "--json");
        info.Environment.Remove("STORYLINE__FETCH__ALLOWPRIVATEADDRESSES");
        using var process = System.Diagnostics.Process.Start(info)!;
        process.StandardInput.Close();
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(0, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("ALLOWPRIVATEADDRESSES", line, StringComparison.Ordinal);
    }
}
