namespace Storyline.Web;

/// <summary>The answer of <c>GET /healthz</c>: "ok" and how many stories the store holds.</summary>
public sealed record HealthJson(string Status, long Stories);
