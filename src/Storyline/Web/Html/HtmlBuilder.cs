using System.Text;

namespace Storyline.Web.Html;

/// <summary>
/// Builds a page from interpolated strings in which every hole is HTML-encoded unless it is <see cref="HtmlText"/>.
/// Hand-written because the pages are small and static: encoding by default makes forgetting impossible, with no
/// template engine in between.
/// </summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder _text;

    public HtmlBuilder(int capacity = 4096) => _text = new StringBuilder(capacity);

    internal StringBuilder Inner => _text;

    /// <summary>Appends literal markup with its holes encoded.</summary>
    public HtmlBuilder Append([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument("")] HtmlInterpolation markup)
    {
        _ = markup;
        return this;
    }

    /// <summary>Appends markup that is safe already.</summary>
    public HtmlBuilder Append(HtmlText markup)
    {
        _text.Append(markup.Value);
        return this;
    }

    /// <summary>Appends encoded text.</summary>
    public HtmlBuilder Text(string? text)
    {
        _text.Append(HtmlText.Encode(text));
        return this;
    }

    public HtmlText ToHtml() => new(_text.ToString());

    public override string ToString() => _text.ToString();
}
