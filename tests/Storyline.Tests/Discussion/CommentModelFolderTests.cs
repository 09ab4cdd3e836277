using Microsoft.Extensions.Time.Testing;
using Storyline.Core.Discussion.Scoring;
using Storyline.Discussion;
using Storyline.Tests.Cli;

namespace Storyline.Tests.Discussion;

public sealed class CommentModelFolderTests
{
    [Fact]
    public void Current_EmptyThenSavedThenDamaged_KeepsTheLastGoodPair()
    {
        using var tmp = new TempDir();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var folder = new CommentModelFolder(Path.Combine(tmp.Path, "models"), time, TimeSpan.FromSeconds(30));
        Assert.Null(folder.Current());

        folder.Save(CommentModels.Shipped);
        Assert.Null(folder.Current());
        time.Advance(TimeSpan.FromSeconds(31));
        var loaded = folder.Current();
        Assert.NotNull(loaded);
        Assert.Empty(Directory.GetDirectories(folder.Path));

        File.WriteAllBytes(Path.Combine(folder.Path, CommentModels.SpamFile), [1, 2, 3]);
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, CommentModels.SpamFile), DateTime.UtcNow.AddMinutes(1));
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Same(loaded, folder.Current());
    }
}
