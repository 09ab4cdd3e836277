using System.Globalization;
using System.Text.Json;

namespace Storyline.Core.Clustering;

/// <summary>Reads the offline clustering input: one JSON object per line, <c>{"id","title","text","published","source"}</c>.</summary>
public static class ClusterInputReader
{
    /// <summary>The time given to articles without a readable <c>published</c>: they sort first and are all simultaneous.</summary>
    public static readonly DateTimeOffset UnknownTime = DateTimeOffset.UnixEpoch;

    /// <summary>Parses one line; never throws on bad input.</summary>
    public static ClusterInputLine Parse(string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new ClusterInputLine.Invalid($"not valid JSON ({e.Message.Split('.')[0]})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new ClusterInputLine.Invalid("not a JSON object");
            var id = Scalar(root, "id");
            if (string.IsNullOrWhiteSpace(id)) return new ClusterInputLine.Invalid("missing \"id\"");
            var (published, hasTime, warning) = Published(root);
            var document = new ClusterDocument
            {
                Id = id,
                Title = Scalar(root, "title") ?? "",
                Text = Scalar(root, "text") ?? "",
                Source = Scalar(root, "source") ?? "",
                Published = published,
            };
            return new ClusterInputLine.Parsed(document, hasTime, warning);
        }
    }

    private static (DateTimeOffset Time, bool HasTime, string? Warning) Published(JsonElement root)
    {
        if (!root.TryGetProperty("published", out var value) || value.ValueKind == JsonValueKind.Null)
            return (UnknownTime, false, null);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds))
            return (DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L)), true, null);
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(text)) return (UnknownTime, false, null);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var time))
            return (time, true, null);
        return (UnknownTime, false, $"unreadable \"published\" '{Shorten(text)}', treated as unknown");
    }

    private static string? Scalar(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
