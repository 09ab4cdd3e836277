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

    [JsonIgnore]
    public bool ConsentGiven => Consent.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => Consent.GetString() is "true" or "yes" or "on",
        _ => false,
    };
}
