using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Storyline.Subscriptions;

/// <summary>
/// Signed, expiring, single-purpose link tokens: base64url(purpose ‖ id ‖ expiry ‖ HMAC-SHA256). Stateless, so a link
/// in a mail keeps working after a restart and needs no table; the purpose is inside the signed bytes.
/// </summary>
public sealed class SubscriptionTokens
{
    private const int PayloadLength = 1 + 8 + 8;
    private const int MacLength = 32;

    /// <summary>Longest token text accepted before decoding.</summary>
    public const int MaxTokenLength = 128;

    private readonly byte[] _key;

    public SubscriptionTokens(byte[] key)
    {
        if (key.Length < 32) throw new ArgumentException("the signing key needs at least 32 bytes", nameof(key));
        _key = key;
    }

    public string Create(TokenPurpose purpose, long id, DateTimeOffset expires)
    {
        Span<byte> token = stackalloc byte[PayloadLength + MacLength];
        token[0] = (byte)purpose;
        BinaryPrimitives.WriteInt64BigEndian(token[1..], id);
        BinaryPrimitives.WriteInt64BigEndian(token[9..], expires.ToUnixTimeSeconds());
        HMACSHA256.HashData(_key, token[..PayloadLength], token[PayloadLength..]);
        return Base64Url.EncodeToString(token);
    }

    public TokenCheck Verify(string? token, TokenPurpose purpose, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            return new TokenCheck.Invalid();
        Span<byte> bytes = stackalloc byte[96];
        int length;
        try
        {
            if (!Base64Url.TryDecodeFromChars(token, bytes, out length) || length != PayloadLength + MacLength) return new TokenCheck.Invalid();
        }
        catch (FormatException)
        {
            // A length no encoder produces (a truncated or padded link).
            return new TokenCheck.Invalid();
        }
        Span<byte> mac = stackalloc byte[MacLength];
        HMACSHA256.HashData(_key, bytes[..PayloadLength], mac);
        if (!CryptographicOperations.FixedTimeEquals(mac, bytes.Slice(PayloadLength, MacLength)) || bytes[0] != (byte)purpose) return new TokenCheck.Invalid();
        var id = BinaryPrimitives.ReadInt64BigEndian(bytes[1..]);
        var expires = BinaryPrimitives.ReadInt64BigEndian(bytes[9..]);
        return now.ToUnixTimeSeconds() >= expires ? new TokenCheck.Expired() : new TokenCheck.Valid(id);
    }
}
