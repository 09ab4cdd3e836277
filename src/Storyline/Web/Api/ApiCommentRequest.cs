namespace Storyline.Web.Api;

/// <summary>The body of <c>POST /api/stories/{id}/comments</c>.</summary>
public sealed record ApiCommentRequest
{
    public string? Author { get; init; }
    public string? Email { get; init; }
    public string? Text { get; init; }
    public long? Parent { get; init; }
}
