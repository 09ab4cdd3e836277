namespace Storyline.Discussion;

/// <summary>A comment as a reader submits it, from the form or the JSON API.</summary>
public sealed record PostCommentRequest
{
    public required long StoryId { get; init; }
    public long? ParentId { get; init; }
    public required string? Author { get; init; }
    public required string? Email { get; init; }
    public required string? Text { get; init; }

    /// <summary>A stable key for the client (hashed IP), for rate limits; never shown.</summary>
    public string? ClientKey { get; init; }

    /// <summary>The hidden form field robots fill in; null from the JSON API.</summary>
    public string? Honeypot { get; init; }

    /// <summary>Time between serving the form and its submission, when the form carried it.</summary>
    public TimeSpan? TimeToSubmit { get; init; }
}
