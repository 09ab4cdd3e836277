using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Storyline.Web.Html;

/// <summary>Markup that is already safe (built by <see cref="HtmlBuilder"/> or a literal); holes of this type are not encoded again.</summary>
public readonly record struct HtmlText(string Value)
{
    public static readonly HtmlText Empty = new("");

    /// <summary>HTML-encodes everything that could open markup or leave an attribute; keeps other letters readable.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes <paramref name="text"/> for use as element content or a quoted attribute value.</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    public override string ToString() => Value;
}
