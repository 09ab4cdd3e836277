using Storyline.Core.Analysis.Claims;
using Storyline.Core.Analysis.Coreference;
using Storyline.Core.Analysis.Ner;
using Storyline.Core.Analysis.Quotes;
using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Analysis;

/// <summary>Entry point of the analysis stage: entities, quotes and numeric claims of one text.</summary>
public sealed class ArticleAnalyzer
{
    /// <summary>Only the first this-many characters of a text are analysed (about 2 MB: far beyond any article), so a huge input stays bounded.</summary>
    public const int MaxTextLength = 2_000_000;

    private readonly NerModel? _model;

    /// <summary>An analyzer with the shipped entity model.</summary>
    public ArticleAnalyzer()
        : this(NerModel.Default)
    {
    }

    /// <summary>An analyzer with <paramref name="model"/> (none: no entities, quotes and claims still found).</summary>
    public ArticleAnalyzer(NerModel? model) => _model = model;

    /// <summary>Analyses <paramref name="text"/>; never throws for odd input. Thread-safe.</summary>
    public TextAnalysis Analyze(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return TextAnalysis.Empty;
        if (text.Length > MaxTextLength)
        {
            var cut = MaxTextLength;
            if (char.IsLowSurrogate(text[cut])) cut--;
            text = text[..cut];
        }
        var tokens = Tokenizer.Tokenize(text);
        var raw = _model is null ? [] : new NerTagger(_model).Tag(text, tokens);
        var entities = EntityCoreference.Resolve(text, DocumentConsistency.Apply(text, tokens, raw));
        var quotes = QuoteAttributor.Attribute(text, tokens, entities, QuoteFinder.Find(text));
        var claims = ClaimExtractor.Extract(text);
        return new TextAnalysis { Entities = entities, Quotes = quotes, Claims = claims };
    }
}
