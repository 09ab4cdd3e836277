using System.Globalization;

namespace Storyline.Subscriptions;

/// <summary>A parsed follow target: <c>front</c>, <c>story:ID</c>, <c>topic:NAME</c>, <c>entity:NAME</c> or <c>outlet:NAME</c>.</summary>
public sealed record FollowTarget
{
    /// <summary>Longest name accepted after <c>topic:</c>, <c>entity:</c> or <c>outlet:</c>.</summary>
    public const int MaxNameLength = 100;

    public required FollowKind Kind { get; init; }

    /// <summary>The story id or the name; empty for the front page.</summary>
    public required string Value { get; init; }

    /// <summary>The stored form; topic and entity names are lower-cased as the story index keeps them.</summary>
    public override string ToString() => Kind == FollowKind.Front ? "front" : $"{Kind.ToString().ToLowerInvariant()}:{Value}";

    /// <summary>How a mail or page names it.</summary>
    public string Label => Kind switch
    {
        FollowKind.Front => "the front page",
        FollowKind.Story => $"story {Value}",
        FollowKind.Topic => $"the topic “{Value}”",
        FollowKind.Entity => $"“{Value}”",
        _ => $"the outlet “{Value}”",
    };

    /// <summary>Parses a target, refusing control characters (header injection) and over-long names with a reason.</summary>
    public static bool TryParse(string? text, out FollowTarget target, out string error)
    {
        target = new FollowTarget { Kind = FollowKind.Front, Value = "" };
        error = "";
        if (text is not null && text.Any(char.IsControl))
        {
            error = "The follow target must not contain control characters or line breaks.";
            return false;
        }
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            error = "Say what to follow: front, story:ID, topic:NAME, entity:NAME or outlet:NAME.";
            return false;
        }
        if (string.Equals(value, "front", StringComparison.OrdinalIgnoreCase)) return true;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var kindText = colon < 0 ? value : value[..colon];
        var name = colon < 0 ? "" : value[(colon + 1)..].Trim();
        if (!Enum.TryParse<FollowKind>(kindText, ignoreCase: true, out var kind) || kind == FollowKind.Front || !kindText.All(char.IsAsciiLetter))
        {
            error = "Follow one of front, story:ID, topic:NAME, entity:NAME or outlet:NAME.";
            return false;
        }
        if (kind == FollowKind.Story)
        {
            if (!long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                error = "story: needs a story number.";
                return false;
            }
            target = new FollowTarget { Kind = kind, Value = id.ToString(CultureInfo.InvariantCulture) };
            return true;
        }
        if (name.Length is 0 or > MaxNameLength)
        {
            error = $"The name after {kindText.ToLowerInvariant()}: must have 1 to {MaxNameLength} characters.";
            return false;
        }
        target = new FollowTarget { Kind = kind, Value = kind == FollowKind.Outlet ? name : name.ToLowerInvariant() };
        return true;
    }
}
