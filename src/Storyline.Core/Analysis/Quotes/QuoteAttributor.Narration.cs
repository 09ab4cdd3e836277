namespace Storyline.Core.Analysis.Quotes;

/// <summary>Narration around a quote that names its speaker without a cue next to the quote.</summary>
public sealed partial class QuoteAttributor
{
    /// <summary>Most tokens between a coordinating word and the cue it joins ("and repeatedly says").</summary>
    private const int MaxAdverbsBeforeCue = 2;

    /// <summary>
    /// A quote opening a paragraph with no cue of its own, after a paragraph whose last speech verb has a subject
    /// ("Caddell told the host how surprised he is. / “One of the things …”"): that subject speaks.
    /// </summary>
    private (string? Speaker, string Cue)? IntroducedBefore(QuoteSpan span)
    {
        var lineStart = span.Open == 0 ? 0 : _text.LastIndexOf('\n', span.Open - 1) + 1;
        if (!_text.AsSpan(lineStart, span.Open - lineStart).IsWhiteSpace() || lineStart == 0) return null;
        // The previous non-blank paragraph.
        var end = lineStart - 1;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1])) end--;
        if (end <= 0) return null;
        var start = _text.LastIndexOf('\n', end - 1) + 1;
        if (_text.AsSpan(start, end - start).ContainsAny('“', '”', '"')) return null; // its own quote owns the cue
        var first = FirstToken(start);
        for (var i = FirstToken(end) - 1; i >= first; i--)
        {
            if (!IsCue(i)) continue;
            var sentence = i;
            while (sentence > first && !_tokens[sentence].SentenceStart) sentence--;
            var subject = Coordinated(sentence, i) ? Subject(sentence, i)?.Speaker : AdjacentSubject(sentence, i);
            if (subject is null && (i == sentence || IsPunct(i - 1))) subject = Resolve(AfterCue(i + 1, end), i);
            // Only a name: an unnamed phrase ("several groups") introducing a later quote is too often wrong.
            return subject is not null && char.IsUpper(subject[0]) ? (subject, Word(i)) : null;
        }
        return null;
    }

    /// <summary>Most characters between two quotes of one sentence that share a speaker.</summary>
    private const int SameSentenceGap = 120;

    /// <summary>Whether <paramref name="span"/> follows <paramref name="previous"/> in the same sentence with no cue between.</summary>
    private bool SameSentence(QuoteSpan previous, QuoteSpan span, bool acrossCue = false)
    {
        if (previous.Close < 0 || EndsSentence(previous) || span.Open - previous.Close > SameSentenceGap) return false;
        for (var i = FirstToken(previous.Close + 1); i < _tokens.Count && _tokens[i].Start < span.Open; i++)
            if (IsSentenceEnd(i) || (IsCue(i) && !acrossCue) || _text[_tokens[i].Start] == '\n') return false;
        return !_text.AsSpan(previous.Close, span.Open - previous.Close).Contains('\n');
    }

    /// <summary>The subject of the last cue in [start, end), if any ("the mayor said" before ", adding").</summary>
    private string? EarlierCueSubject(int start, int end)
    {
        for (var k = end - 1; k > start; k--)
            if (IsCue(k)) return AdjacentSubject(start, k);
        return null;
    }

    /// <summary>Whether the cue at <paramref name="cue"/> is the second verb of a coordination ("… and said").</summary>
    private bool Coordinated(int start, int cue)
    {
        for (var j = cue - 1; j >= start && cue - j <= MaxAdverbsBeforeCue + 1; j--)
        {
            var w = Word(j);
            if (w is "and" or "but" or "then") return true;
            if (!w.EndsWith("ly", StringComparison.Ordinal) && w is not ("also" or "later" or "again" or "now" or "still" or "has" or "have" or "had")) return false;
        }
        return false;
    }

    /// <summary>Whether the quoted words end with a full stop, so any words after the closing mark start a new sentence.</summary>
    private bool EndsSentence(QuoteSpan span)
    {
        var k = span.End - 1;
        while (k > span.Start && _text[k] is '\'' or '’' or ')' or ']') k--;
        return _text[k] == '.' && !(k >= 2 && _text[k - 1] == '.');
    }

    private bool FollowsClosely(QuoteSpan previous, QuoteSpan span)
    {
        // A quote paragraph with no cue right after another quote's paragraph continues that speaker.
        var between = _text.AsSpan(previous.End, span.Open - previous.End);
        var paragraphStart = span.Open == 0 || _text.LastIndexOf('\n', span.Open - 1) >= 0 && _text.AsSpan(_text.LastIndexOf('\n', span.Open - 1) + 1, span.Open - _text.LastIndexOf('\n', span.Open - 1) - 1).IsWhiteSpace();
        return paragraphStart && between.Count('\n') <= 3 && between.Length < 400;
    }

    /// <summary>
    /// Whether <paramref name="span"/> opens right after the sentence that attributed <paramref name="previous"/>
    /// ("“…,” the tycoon told Reuters when asked … . “…”"), in the same paragraph and with no new cue after that sentence.
    /// </summary>
    private bool ResumesAfterAttribution(QuoteSpan previous, QuoteSpan span)
    {
        if (previous.Close < 0 || span.Open - previous.Close > ContextChars || _text.AsSpan(previous.Close, span.Open - previous.Close).Contains('\n')) return false;
        var ends = 0;
        for (var i = FirstToken(previous.Close + 1); i < _tokens.Count && _tokens[i].Start < span.Open; i++)
        {
            if (IsSentenceEnd(i)) ends++;
            else if (ends > 0 && (IsCue(i) || IsQuoteMark(i))) return false;
        }
        // Only a quote that is a sentence of its own: not a phrase quoted inside the next sentence ("Rubio is taking
        // heat over the “Gang of Eight”").
        var before = FirstToken(span.Open) - 1;
        return ends == 1 && before >= 0 && IsSentenceEnd(before) && char.IsUpper(_text[span.Start]);
    }
}
