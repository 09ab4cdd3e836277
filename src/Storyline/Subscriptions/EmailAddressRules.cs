using MimeKit;

namespace Storyline.Subscriptions;

/// <summary>
/// Accepts a bare mailbox address (<c>local@domain.tld</c>) and nothing else: no display names, comments, groups, quoted
/// local parts, line breaks or several addresses, so that nothing a visitor types can become a second header or recipient.
/// </summary>
public static class EmailAddressRules
{
    /// <summary>RFC 5321 path limit.</summary>
    public const int MaxLength = 254;

    /// <summary>Returns the normalised address (domain lower-cased) or null with a reason.</summary>
    public static string? Normalize(string? input, out string error)
    {
        error = "Enter an e-mail address like name@example.org.";
        // Checked before trimming: a trailing line break is an injection attempt, not a typo.
        if (input is null || input.Any(char.IsControl)) return null;
        var text = input.Trim();
        if (text.Length is 0 or > MaxLength) return null;
        if (text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '(' or ')' or ',' or ';' or '\\' or '[' or ']')) return null;
        var at = text.LastIndexOf('@');
        if (at <= 0 || at != text.IndexOf('@', StringComparison.Ordinal) || at == text.Length - 1) return null;
        var local = text[..at];
        var domain = text[(at + 1)..].ToLowerInvariant();
        if (local.Length > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)) return null;
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal)
            || domain.Split('.').Any(label => label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-') || !label.All(c => char.IsLetterOrDigit(c) || c == '-')))
            return null;
        var normalized = $"{local}@{domain}";
        // MimeKit's own parser must read exactly one mailbox with exactly this address back.
        if (!MailboxAddress.TryParse(ParserOptions.Default, normalized, out var parsed) || !string.Equals(parsed.Address, normalized, StringComparison.Ordinal)) return null;
        error = "";
        return normalized;
    }
}
