using System.Text.Json;

namespace Storyline.Tests.Cli;

public sealed class CommentsImportCommandTests
{
    [Fact]
    public async Task Import_SameThreadTwice_StoresItOnceWithItsStructure()
    {
        using var tmp = new TempDir();
        var page = tmp.File("page.txt", "Harbour bridge to close\n\nThe harbour bridge will close for six months from March, engineers said.\n");
        Assert.Equal(0, (await CliProcess.RunAsync("ingest", page, "--db", tmp.Db)).ExitCode);
        var thread = tmp.File("thread.txt", "3 comments\n\n  1. About time.\n\n    1. @Ada agreed.\n\n  2. Ferries will be packed.\n");

        var first = await CliProcess.RunAsync("comments", "import", thread, "--story", "1", "--db", tmp.Db);
        var second = await CliProcess.RunAsync("comments", "import", thread, "--story", "1", "--db", tmp.Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 comments imported", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 comments imported, 3 already present", second.Stdout, StringComparison.Ordinal);
        var story = JsonDocument.Parse((await CliProcess.RunAsync("story", "1", "--json", "--db", tmp.Db)).Stdout).RootElement;
        var comments = story.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(3, comments.Count);
        Assert.Equal(comments[0].GetProperty("id").GetInt64(), comments[1].GetProperty("parent").GetInt64());
    }

    [Fact]
    public async Task Import_UnknownStoryOrBrokenFile_GivesOneLineError()
    {
        using var tmp = new TempDir();
        var page = tmp.File("page.txt", "Harbour bridge to close\n\nThe harbour bridge will close for six months from March, engineers said.\n");
        await CliProcess.RunAsync("ingest", page, "--db", tmp.Db);
        var thread = tmp.File("thread.txt", "  1. Hello\n");
        var broken = tmp.File("broken.xml", "<disqus><post>");

        var unknown = await CliProcess.RunAsync("comments", "import", thread, "--story", "42", "--db", tmp.Db);
        var bad = await CliProcess.RunAsync("comments", "import", broken, "--story", "1", "--db", tmp.Db);

        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("story 42", unknown.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("broken.xml", bad.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bad.Stderr + unknown.Stderr, StringComparison.Ordinal);
    }
}
