using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline.Web.Subscriptions;

/// <summary>The JSON body of <c>POST /subscriptions</c>: <c>{"email","follow","frequency","consent"}</c>.</summary>
public sealed record SubscriptionRequestJson
{
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("follow")]
    public string? Follow { get; init; }

    [JsonPropertyName("frequency")]
    public string? Frequency { get; init; }

    /// <summary><c>true</c> (or the strings <c>"true"</c>, <c>"yes"</c>, <c>"on"</c>, as a form would send them).</summary>
    [JsonPropertyName("consent")]
    public JsonElement Consent { get; init; }

    /// <summary>Optional, for <c>story:ID</c>: also replies to the reader's own comments; read like <see cref="Consent"/>.</summary>
    [JsonPropertyName("replies")]
    public JsonElement Replies { get; init; }

    [JsonIgnore]
    public bool ConsentGiven => IsYes(Consent);

    [JsonIgnore]
    public bool RepliesWanted => IsYes(Replies);

    private static bool IsYes(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => value.GetString() is "true" or "yes" or "on",
        _ => false,
    };
}
