using System.Collections.Frozen;

namespace Storyline.Core.Analysis.Quotes;

/// <summary>Cue shapes of <see cref="QuoteAttributor"/> beyond one verb next to its subject: two-word cues, infinitives, appositions, datelines.</summary>
public sealed partial class QuoteAttributor
{
    /// <summary>Most tokens of an apposition between a speaker's name and the cue after a quote.</summary>
    private const int MaxAppositionTokens = 40;

    /// <summary>
    /// “…,” Seth Moore, a political scientist at a university in Texas, told the paper: the name before a long
    /// apposition speaks when a cue follows the apposition's closing comma.
    /// </summary>
    private (string? Speaker, string Cue)? ApposedCue(int phraseStart, int limit)
    {
        var comma = phraseStart;
        while (comma < _tokens.Count && comma - phraseStart < 7 && _tokens[comma].Start < limit && Word(comma) != ",")
        {
            if (IsCue(comma) || IsPunct(comma)) return null; // a cue before any comma: the ordinary reading
            comma++;
        }
        if (comma == phraseStart || comma >= _tokens.Count || Word(comma) != "," || !char.IsUpper(_text[_tokens[comma - 1].Start])) return null;
        for (var j = comma + 1; j < _tokens.Count && j - comma <= MaxAppositionTokens; j++)
        {
            if (IsQuoteMark(j) || _tokens[j].Start >= limit) return null;
            // "of Gainesville, Fla., said": an abbreviation's period before a comma does not end the sentence.
            if (EndsSentenceHere(j) && !(j + 1 < _tokens.Count && Word(j + 1) == ",")) return null;
            if (Word(j) != "," || j + 1 >= _tokens.Count) continue;
            var cue = j + 1;
            if (Word(cue) is "also" or "later" or "then" && cue + 1 < _tokens.Count) cue++;
            if (!IsCue(cue)) continue;
            return (Resolve((phraseStart, comma), cue), Word(cue));
        }
        return null;
    }

    /// <summary>The verb governing an infinitive cue ("went on to say", "continued to insist"), or the cue itself.</summary>
    private int InfinitiveHead(int cue, int start)
    {
        if (cue - 2 < start || Word(cue - 1) != "to") return cue;
        if (Word(cue - 2) is "continued" or "continues" or "proceeded" or "proceeds") return cue - 2;
        if (cue - 3 >= start && Word(cue - 2) == "on" && Word(cue - 3) is "went" or "goes" or "go" or "going") return cue - 3;
        return cue;
    }

    private bool PersonInTitleAfter(EntityMention e)
    {
        foreach (var next in _entities)
        {
            if (next.Start < e.End) continue;
            if (next.Start - e.End > 20) return false;
            if (next.Type != EntityType.PER) continue;
            foreach (var word in _text[e.End..next.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (!char.IsUpper(word[0]) || word.Contains(',', StringComparison.Ordinal)) return false;
            return true;
        }
        return false;
    }

    private bool IsDateline(EntityMention e) =>
        e.Type is EntityType.LOC or EntityType.ORG && e.Text.Length > 2 && e.Text.Any(char.IsLetter) && !e.Text.Any(char.IsLower) && _text.AsSpan(e.End).TrimStart(' ').IndexOfAny('(', '—', '–') is 0 or 1;

    // Two-word cues: "Hillary shot back, “…”", "as the analyst put it, “…”" (not "put it on the table").
    private bool IsPhraseCue(int i)
    {
        if (i + 1 >= _tokens.Count) return false;
        var next = Word(i + 1);
        if (next == "back") return CueWords.BackVerbs.Contains(Word(i));
        return Word(i) is "put" && next == "it" && !(i + 2 < _tokens.Count && CueWords.PhraseStops.Contains(Word(i + 2)) && Word(i + 2) is not ("this" or "that"));
    }

    /// <summary>
    /// "Reid caucused in Nevada and says he voted “uncommitted”": a capitalised name the tagger missed opens the
    /// sentence and a past-tense or present-tense verb follows it.
    /// </summary>
    private string? UntaggedOpeningName(int start, int end)
    {
        if (!_tokens[start].SentenceStart) return null;
        var j = start;
        while (j < end && j - start < 3 && char.IsUpper(_text[_tokens[j].Start]) && !CueWords.NotNames.Contains(Word(j)) && !IsPunct(j)) j++;
        if (j == start || j >= end || InPlace(_tokens[start].Start)) return null;
        var verb = Word(j);
        if (verb.Length < 4 || !char.IsLower(verb[0]) || !(verb.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(verb) || IsCue(j))) return null;
        return NameOf((start, j));
    }

    /// <summary>Nouns for something said, whose possessor said it ("Trump’s claim that …").</summary>
    private static readonly FrozenSet<string> SpeechNouns = new[]
    {
        "claim", "claims", "remark", "remarks", "statement", "assertion", "comment", "comments", "words", "promise",
        "pledge", "warning", "suggestion", "argument", "insistence", "accusation", "vow", "boast", "complaint", "tweet",
        "declaration", "prediction", "contention", "allegation", "allegations", "message", "quip", "retort",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Politifact seized on Trump’s claim that there have been “…”": the possessor of a speech noun before the quote said it.</summary>
    private string? PossessiveSpeech(int start, int last)
    {
        for (var k = last; k > start + 1; k--)
        {
            if (!SpeechNouns.Contains(Word(k))) continue;
            if (k + 1 <= last && Word(k + 1) is not ("that" or "of" or "," or ":")) return null;
            var owner = Word(k - 1) is "'s" or "’s" ? _tokens[k - 2].End : _tokens[k - 1].End;
            foreach (var e in _entities)
                if (e.Type == EntityType.PER && (e.End == owner || e.End == _tokens[k - 1].End)) return Remember(e);
            return null;
        }
        return null;
    }

    /// <summary>Nouns ending in "-ly" that can be a speaker ("the family said", "an ally said").</summary>
    private static readonly FrozenSet<string> LyNouns = new[]
    {
        "family", "ally", "assembly", "rally", "supply", "daily", "weekly", "monthly", "quarterly", "only", "bully",
        "panoply", "monopoly", "anomaly", "homily", "lily", "belly",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A lower-case "-ly" adverb between a subject and its cue ("Gorka similarly warned").</summary>
    private bool IsMannerAdverb(int i)
    {
        var w = Word(i);
        return w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(w);
    }
}
