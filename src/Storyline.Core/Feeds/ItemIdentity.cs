using System.Security.Cryptography;
using System.Text;

namespace Storyline.Core.Feeds;

/// <summary>How items are told apart: GUID, else link, else a hash of their content.</summary>
public static class ItemIdentity
{
    /// <summary>A short, stable hash of an item's normalised title and text (lower case, whitespace collapsed).</summary>
    public static string ContentHash(string? title, string? html)
    {
        var text = $"{FeedText.Plain(title)}\n{FeedText.HtmlToText(html)}".ToLowerInvariant();
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    /// <summary>The identity key of an item from its parts; see <see cref="ItemIdentitySource"/>.</summary>
    public static (string Id, ItemIdentitySource Source) Of(string? guid, Uri? link, string contentHash)
    {
        if (!string.IsNullOrWhiteSpace(guid)) return ("guid:" + guid.Trim(), ItemIdentitySource.Guid);
        if (link is not null) return ("link:" + link.AbsoluteUri, ItemIdentitySource.Link);
        return ("hash:" + contentHash, ItemIdentitySource.ContentHash);
    }
}
