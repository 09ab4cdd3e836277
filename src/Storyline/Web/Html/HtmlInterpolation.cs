using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Storyline.Web.Html;

/// <summary>The interpolated-string handler behind <see cref="HtmlBuilder.Append(HtmlInterpolation)"/>: literals raw, holes encoded.</summary>
[InterpolatedStringHandler]
public readonly struct HtmlInterpolation
{
    private readonly StringBuilder _text;

    public HtmlInterpolation(int literalLength, int formattedCount, HtmlBuilder builder)
    {
        _ = formattedCount;
        _text = builder.Inner;
        _text.EnsureCapacity(_text.Length + literalLength);
    }

    public void AppendLiteral(string value) => _text.Append(value);

    public void AppendFormatted(HtmlText value) => _text.Append(value.Value);

    public void AppendFormatted(string? value) => _text.Append(HtmlText.Encode(value));

    public void AppendFormatted(int value) => _text.Append(value.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted(long value) => _text.Append(value.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted(long? value) => _text.Append(value?.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted(double value, string? format) => _text.Append(value.ToString(format, CultureInfo.InvariantCulture));

    public void AppendFormatted(double value) => _text.Append(value.ToString("0.##", CultureInfo.InvariantCulture));
}
