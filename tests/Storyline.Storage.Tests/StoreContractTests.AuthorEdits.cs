using Storyline.Core.Clustering;
using Storyline.Storage.Model;

namespace Storyline.Storage.Tests;

public abstract partial class StoreContractTests
{
    private async Task<CommentRecord> CommentWithTokenAsync(CancellationToken ct)
    {
        var story = await Store.IngestAsync(Draft("Alpha event happens", "One."), new TitleOverlapClusterer(), ct);
        return await Store.AddCommentAsync(Comment(story.StoryId, "first words") with { EditTokenHash = "abc123" }, ct);
    }

    [Fact]
    public async Task AuthorEdit_WithTheToken_ChangesTheTextThenDeleteKeepsTheRow()
    {
        var ct = TestContext.Current.CancellationToken;
        var comment = await CommentWithTokenAsync(ct);
        Assert.Equal(AuthorEditOutcome.Updated, await Store.EditCommentByAuthorAsync(comment.Id, "abc123", "second words", Time.GetUtcNow().AddMinutes(-15), ct));
        Assert.Equal("second words", Assert.Single(await Store.GetCommentsAsync(comment.StoryId, ct)).Text);
        Assert.Equal(AuthorEditOutcome.Deleted, await Store.EditCommentByAuthorAsync(comment.Id, "abc123", null, Time.GetUtcNow().AddMinutes(-15), ct));
        var deleted = Assert.Single(await Store.GetCommentsAsync(comment.StoryId, ct));
        Assert.Equal((CommentStatus.Deleted, "", null), (deleted.Status, deleted.Text, deleted.Email));
        Assert.Equal(AuthorEditOutcome.NotFound, await Store.EditCommentByAuthorAsync(comment.Id, "abc123", "again", Time.GetUtcNow().AddMinutes(-15), ct));
    }

    [Fact]
    public async Task AuthorEdit_WrongTokenOrClosedWindow_IsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var comment = await CommentWithTokenAsync(ct);
        Assert.Equal(AuthorEditOutcome.Forbidden, await Store.EditCommentByAuthorAsync(comment.Id, "abc124", "x", Time.GetUtcNow().AddMinutes(-15), ct));
        Assert.Equal(AuthorEditOutcome.Expired, await Store.EditCommentByAuthorAsync(comment.Id, "abc123", "x", Time.GetUtcNow().AddMinutes(1), ct));
        Assert.Equal(AuthorEditOutcome.NotFound, await Store.EditCommentByAuthorAsync(9999, "abc123", "x", Time.GetUtcNow().AddMinutes(-15), ct));
        Assert.Equal("first words", Assert.Single(await Store.GetCommentsAsync(comment.StoryId, ct)).Text);
    }

    [Fact]
    public async Task CountApprovedComments_CountsOnlyPublishedOnesOfThatAddress()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = await Store.IngestAsync(Draft("Alpha event happens", "One."), new TitleOverlapClusterer(), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "one", email: "Reader@Example.test"), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "two", email: "reader@example.test"), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "held", email: "reader@example.test", status: CommentStatus.Held), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "other", email: "other@example.test"), ct);
        Assert.Equal(2, await Store.CountApprovedCommentsAsync(" READER@example.test ", ct));
        Assert.Equal(0, await Store.CountApprovedCommentsAsync("nobody@example.test", ct));
    }
}
