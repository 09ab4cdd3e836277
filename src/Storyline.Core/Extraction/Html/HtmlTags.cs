namespace Storyline.Core.Extraction.Html;

/// <summary>What the extractor needs to know about HTML tags (lower-case local names).</summary>
internal static class HtmlTags
{
    /// <summary>Never article text: scripts, styles, embedded objects, form controls, navigation.</summary>
    public static bool IsNeverContent(string tag) => tag switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "math" or "iframe" or "object" or "embed"
            or "canvas" or "button" or "input" or "select" or "textarea" or "option" or "nav" or "head"
            or "link" or "meta" or "audio" or "video" or "source" or "picture" or "img" or "map" or "dialog"
            or "label" or "menu" or "figcaption" => true,
        _ => false,
    };

    /// <summary>Elements that start and end a paragraph of output text.</summary>
    public static bool IsBlock(string tag) => tag switch
    {
        "address" or "article" or "aside" or "blockquote" or "dd" or "div" or "dl" or "dt" or "fieldset"
            or "figcaption" or "figure" or "footer" or "form" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
            or "header" or "hr" or "li" or "main" or "nav" or "ol" or "p" or "pre" or "section" or "table"
            or "tr" or "td" or "th" or "ul" or "details" or "summary" or "center" or "caption" or "tbody"
            or "thead" or "tfoot" or "body" or "html" or "hgroup" or "frameset" or "legend" => true,
        _ => false,
    };

    public static bool IsHeading(string tag) => tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>Elements whose text is scored as a paragraph whatever their children.</summary>
    public static bool IsParagraphLike(string tag) => tag is "p" or "pre" or "td" or "blockquote" or "dd";

    /// <summary>Containers that count as a paragraph when they hold no block children (Readability turns such divs into p).</summary>
    public static bool IsLooseContainer(string tag) => tag is "div" or "section" or "article" or "main" or "span" or "font" or "center";

    /// <summary>Containers judged as a whole when cleaning the chosen article (link lists, widgets, galleries).</summary>
    public static bool IsJudgedContainer(string tag) => tag is "div" or "section" or "ul" or "ol" or "table" or "form" or "aside"
        or "header" or "footer" or "figure" or "dl" or "article";
}
