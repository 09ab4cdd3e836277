using System.Text;

namespace Storyline.Tests.Cli;

/// <summary>Hostile and broken inputs: a clear line on stderr naming the file, no stack trace, nothing stored lost.</summary>
public sealed class BadInputTests
{
    private const string GoodPage = "Harbour bridge to close\n\nThe harbour bridge will close for six months from March, engineers said.\n";

    private static void AssertNoStackTrace(CliProcess.Result result)
    {
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FolderWithBrokenFiles_StoresTheGoodOneAndNamesEachBadOne()
    {
        using var tmp = new TempDir();
        var dir = Path.Combine(tmp.Path, "pages");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "good.txt"), GoodPage);
        File.WriteAllBytes(Path.Combine(dir, "garbage.html"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        File.WriteAllBytes(Path.Combine(dir, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(dir, "fake.html.gz"), Encoding.ASCII.GetBytes("this is not gzip at all"));
        File.CreateSymbolicLink(Path.Combine(dir, "dangling.txt"), Path.Combine(dir, "missing-target.txt"));
        File.WriteAllText(Path.Combine(dir, "odd-charset.html"),
            "<html><head><meta charset=\"x-no-such-charset\"><title>Odd</title></head><body><p>Harbour pilots strike over pay, union says in a statement today.</p></body></html>");

        var result = await CliProcess.RunAsync("ingest", dir, "--db", tmp.Db);

        Assert.Equal(0, result.ExitCode);
        AssertNoStackTrace(result);
        foreach (var bad in new[] { "garbage.html", "empty.txt", "fake.html.gz", "dangling.txt" })
            Assert.Contains(bad, result.Stderr, StringComparison.Ordinal);
        var stories = await CliProcess.RunAsync("stories", "--json", "--db", tmp.Db);
        Assert.Contains("Harbour bridge to close", stories.Stdout, StringComparison.Ordinal);
        Assert.Contains("Odd", stories.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OnlyBadFiles_ExitsNonZeroAndKeepsWhatWasStored()
    {
        using var tmp = new TempDir();
        var good = tmp.File("good.txt", GoodPage);
        Assert.Equal(0, (await CliProcess.RunAsync("ingest", good, "--db", tmp.Db)).ExitCode);

        var empty = tmp.File("empty.txt", "");
        var result = await CliProcess.RunAsync("ingest", empty, Path.Combine(tmp.Path, "no-such-file.txt"), "--db", tmp.Db);

        Assert.NotEqual(0, result.ExitCode);
        AssertNoStackTrace(result);
        Assert.Contains("no-such-file.txt", result.Stderr, StringComparison.Ordinal);
        var stories = await CliProcess.RunAsync("stories", "--json", "--db", tmp.Db);
        Assert.Contains("Harbour bridge to close", stories.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FiftyMegabyteTextFile_IsRefusedWithAClearMessage()
    {
        using var tmp = new TempDir();
        var big = Path.Combine(tmp.Path, "big.txt");
        await using (var stream = File.Create(big))
        {
            var line = Encoding.UTF8.GetBytes("This line repeats to make a very large page of text for the size limit test.\n");
            for (var written = 0L; written < 50L * 1024 * 1024; written += line.Length) stream.Write(line);
        }
        var result = await CliProcess.RunAsync("ingest", big, "--db", tmp.Db);
        Assert.NotEqual(0, result.ExitCode);
        AssertNoStackTrace(result);
        Assert.Contains("big.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("limit", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("story", "999")]
    [InlineData("story", "not-a-number")]
    [InlineData("frobnicate")]
    public async Task Cli_BadArguments_GiveOneLineErrorAndNonZeroExit(params string[] args)
    {
        using var tmp = new TempDir();
        var result = await CliProcess.RunAsync([.. args, "--db", tmp.Db]);
        Assert.NotEqual(0, result.ExitCode);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Cli_DatabaseInUnwritablePlace_GivesOneLineError()
    {
        using var tmp = new TempDir();
        var blocker = tmp.File("file-not-dir", "x");
        var result = await CliProcess.RunAsync("stories", "--json", "--db", Path.Combine(blocker, "sub", "s.db"));
        Assert.NotEqual(0, result.ExitCode);
        AssertNoStackTrace(result);
        Assert.StartsWith("storyline:", result.Stderr.Trim(), StringComparison.Ordinal);
    }
}
