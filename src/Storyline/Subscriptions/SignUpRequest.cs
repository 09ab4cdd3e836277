namespace Storyline.Subscriptions;

/// <summary>A sign-up as the form or the JSON API hands it over, unchecked.</summary>
public sealed record SignUpRequest
{
    public string? Email { get; init; }
    public string? Follow { get; init; }
    public string? Frequency { get; init; }
    public bool Consent { get; init; }

    /// <summary>For a story: also replies to the reader's own comments under it.</summary>
    public bool Replies { get; init; }

    /// <summary>The page the form was on (path only); kept in the consent record.</summary>
    public string? SourcePage { get; init; }
}
