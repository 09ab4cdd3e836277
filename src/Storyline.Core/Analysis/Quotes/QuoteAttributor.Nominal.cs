using System.Collections.Frozen;

namespace Storyline.Core.Analysis.Quotes;

/// <summary>Unnamed speakers of <see cref="QuoteAttributor"/>: "a spokesman", "the company", "officials".</summary>
public sealed partial class QuoteAttributor
{
    /// <summary>Words that open an unnamed speaker phrase.</summary>
    private static readonly FrozenSet<string> NominalHeads = new[]
    {
        "a", "an", "the", "one", "another", "some", "two", "several", "many", "officials", "sources", "critics", "experts",
        "analysts", "residents", "witnesses",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words a noun phrase does not run through: the phrase ends before a relative pronoun, a conjunction, an
    /// auxiliary or modal, an adverb of time or sequence ("the senator then", "the group that", "the person would").
    /// </summary>
    private static readonly FrozenSet<string> NominalStops = new[]
    {
        "that", "which", "who", "whom", "whose", "when", "where", "while", "whether", "if", "because", "as", "than",
        "and", "or", "but", "nor", "so", "yet", "will", "would", "could", "should", "can", "may", "might", "must",
        "shall", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "goes",
        "went", "then", "also", "recently", "now", "later", "earlier", "once", "still", "already", "again", "to", "for",
        "into", "onto", "with", "by", "from", "about", "on", "in", "at", "after", "before", "during", "not", "never",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Heads of phrases about time, never a speaker ("the days", "two weeks ago", "the past").</summary>
    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "past",
        "time", "times", "ago", "morning", "evening", "night", "afternoon", "weekend", "decade", "decades", "moment",
        "point", "while", "future", "polls", "way",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Common irregular past-tense verbs ("the senator sought", "the businessman began").</summary>
    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "began", "sought", "took", "made", "gave", "brought", "spoke", "came", "got", "kept", "left", "met", "ran",
        "saw", "sent", "stood", "thought", "won", "lost", "held", "led", "felt", "found", "knew", "fought", "rose",
        "drew", "threw", "wrote", "told", "sat", "spent", "paid", "heard", "meant", "shook", "stuck", "chose", "broke",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An unnamed speaker kept as written, trimmed to its noun phrase: "the senator then" → "the senator", "the
    /// group that" → "the group". Null when the words do not make a short noun phrase about someone ("the person
    /// would", "two weeks ago", "the").
    /// </summary>
    private string? NominalSpeaker((int Start, int End) phrase)
    {
        if (!NominalHeads.Contains(Word(phrase.Start))) return null;
        var end = phrase.Start + 1;
        while (end < phrase.End && !IsPunct(end) && !NominalStops.Contains(Word(end)) && !LooksLikeVerbAfterNoun(end, phrase.Start)) end++;
        var words = end - phrase.Start;
        if (words > 5) return null;
        var last = Word(end - 1);
        // A phrase of a determiner alone ("the", "one") names nobody; a bare plural head ("officials") is fine.
        if (words == 1 && CueWords.IsDeterminer(last)) return null;
        if (CueWords.IsDeterminer(last) || TimeWords.Contains(last)) return null;
        for (var i = phrase.Start; i < end; i++)
            if (TimeWords.Contains(Word(i)) && i == end - 1) return null;
        return _text[_tokens[phrase.Start].Start.._tokens[end - 1].End].Trim(',', ' ', '—', '-');
    }

    /// <summary>
    /// A lower-case past-tense or present-tense verb right after the phrase's noun ("the senator emailed", "the
    /// agreement goes"): after a determiner the same shape is an adjective ("the embattled senator").
    /// </summary>
    private bool LooksLikeVerbAfterNoun(int i, int start)
    {
        if (i <= start + 1) return false;
        var w = Word(i);
        if (w.Length < 4 || !char.IsLower(w[0])) return false;
        var previous = Word(i - 1);
        if (CueWords.IsDeterminer(previous)) return false;
        return w.EndsWith("ed", StringComparison.Ordinal) || CueWords.Verbs.Contains(w) || IrregularPast.Contains(w);
    }
}
