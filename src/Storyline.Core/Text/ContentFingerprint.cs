using System.Security.Cryptography;
using System.Text;

namespace Storyline.Core.Text;

/// <summary>A fingerprint of an article's words: the same text fetched twice, re-encoded or re-spaced, gets the same value.</summary>
public static class ContentFingerprint
{
    public static string Compute(string title, string text)
    {
        var builder = new StringBuilder(title.Length + text.Length);
        foreach (var word in Tokenizer.Words(title)) builder.Append(word).Append(' ');
        builder.Append('|');
        foreach (var word in Tokenizer.Words(text)) builder.Append(word).Append(' ');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
