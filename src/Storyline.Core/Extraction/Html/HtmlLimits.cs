namespace Storyline.Core.Extraction.Html;

/// <summary>The HTML extractor's named limits: each bounds time or memory on hostile or broken pages.</summary>
internal static class HtmlLimits
{
    /// <summary>Characters of HTML parsed at most; the rest of a larger page is cut (articles sit near the top).</summary>
    public const int MaxHtmlChars = 8 * 1024 * 1024;

    /// <summary>Elements deeper than this are not walked; real pages stay far below it.</summary>
    public const int MaxDepth = 400;

    /// <summary>JSON-LD blocks larger than this are not parsed.</summary>
    public const int MaxJsonLdChars = 512 * 1024;

    /// <summary>JSON-LD nesting read at most.</summary>
    public const int MaxJsonLdDepth = 16;

    /// <summary>Ancestors that receive a scored block's points, as in Readability-style scoring.</summary>
    public const int ScoreAncestors = 5;

    /// <summary>Below this many characters the first pass "kept too little" and a relaxed pass runs.</summary>
    public const int MinArticleChars = 400;

    /// <summary>Characters of output text at most.</summary>
    public const int MaxOutputChars = 2 * 1024 * 1024;
}
