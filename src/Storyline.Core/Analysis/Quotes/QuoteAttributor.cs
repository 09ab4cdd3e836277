using Storyline.Core.Analysis.Coreference;
using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Analysis.Quotes;

/// <summary>
/// Gives each quoted stretch a speaker: a cue verb right after the quote (“…,” Mr Palyuga stated) or before it in
/// the same sentence (Frederik Pleitgen said: “…”), then the subject next to the cue, resolved to a full name
/// through the document's entities; pronouns go to the last named speaker, "the group" to the last organisation,
/// continuation paragraphs of a multi-paragraph quote to the speaker of its first paragraph.
/// </summary>
public sealed partial class QuoteAttributor
{
    /// <summary>How far (characters) before or after a quote the attribution is looked for.</summary>
    public const int ContextChars = 240;

    /// <summary>Most tokens between a closing mark and its cue ("…,” the deputy from Moscow said").</summary>
    public const int MaxTokensBeforeCue = 9;

    /// <summary>How far back before a quote a pronoun speaker's antecedent is looked for as a sentence subject.</summary>
    public const int AntecedentChars = 600;

    /// <summary>How far into a cue-less sentence its subject is looked for.</summary>
    public const int SubjectChars = 60;

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<EntityMention> _entities;
    private readonly List<(string Key, string Text)> _people;
    private string? _lastPerson;
    private string? _lastGroup;

    // Where the text since the previous quote begins and the current quote opens: the stretch whose sentence
    // subjects a pronoun speaker most likely refers to.
    private int _narrativeStart;
    private int _currentOpen;

    private QuoteAttributor(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> entities)
    {
        _text = text;
        _tokens = tokens;
        _entities = entities;
        _people = EntityCoreference.FullNames(entities);
    }

    /// <summary>The quotes of <paramref name="text"/> with speakers and cues.</summary>
    public static List<QuoteMention> Attribute(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> entities, IReadOnlyList<QuoteSpan> spans) =>
        new QuoteAttributor(text, tokens, entities).Run(spans);

    private List<QuoteMention> Run(IReadOnlyList<QuoteSpan> spans)
    {
        var result = new List<QuoteMention>(spans.Count);
        QuoteMention? previous = null;
        QuoteSpan? previousSpan = null;
        var previousCuedAfter = false;
        foreach (var span in spans)
        {
            _narrativeStart = previousSpan is null ? 0 : previousSpan.Close < 0 ? previousSpan.End : previousSpan.Close + 1;
            _currentOpen = span.Open;
            // A cue whose speaker could not be read ("…,” it added") does not stop the other readings.
            var after = After(span, spans);
            // “It was very nice,” the tycoon told Reuters when asked if he had met Trump. “He was charming.”: the
            // words between two quotes attribute the first one, so the second continues it.
            var resumed = previous?.Speaker is not null && previousSpan is not null && previousCuedAfter && ResumesAfterAttribution(previousSpan, span)
                ? (previous.Speaker, previous.Cue ?? "") : ((string? Speaker, string Cue)?)null;
            var found = Label(span) ?? (after?.Speaker is not null ? after : null) ?? resumed ?? Before(span, previousSpan) ?? after;
            previousCuedAfter = after?.Speaker is not null && found == after;
            string? speaker;
            string? cue;
            if (found is { Speaker: not null } f) (speaker, cue) = (f.Speaker, f.Cue);
            else if (previous is not null && previousSpan is not null && (span.ContinuesPrevious || FollowsClosely(previousSpan, span)))
                (speaker, cue) = (previous.Speaker, previous.Cue);
            else if (previous?.Speaker is not null && previousSpan is not null && SameSentence(previousSpan, span))
                (speaker, cue) = (previous.Speaker, previous.Cue); // called him “a liar” and “a fraud”
            else if (found is { Cue: var participle } && participle.Length > 0 && previous?.Speaker is not null && previousSpan is not null && SameSentence(previousSpan, span, acrossCue: true))
                (speaker, cue) = (previous.Speaker, participle); // “…,” Graham said on MSNBC, adding, “…”; "called it “…” and said that …"
            else if (IntroducedBefore(span) is { } introduced) (speaker, cue) = introduced;
            else (speaker, cue) = (null, found?.Cue);
            var quote = new QuoteMention(speaker, _text[span.Start..span.End], span.Start, span.End) { Cue = cue };
            result.Add(quote);
            previous = quote;
            previousSpan = span;
        }
        return result;
    }

    private (string? Speaker, string Cue)? Label(QuoteSpan span)
    {
        // Transcripts: "PENCE: Well, look, …" names its speaker inside the quote.
        var colon = _text.IndexOf(':', span.Start, Math.Min(40, span.End - span.Start));
        if (colon < 0) return null;
        var label = _text.AsSpan(span.Start, colon - span.Start).Trim();
        if (label.Length < 2) return null;
        foreach (var c in label)
            if (!(char.IsUpper(c) || c is ' ' or '.' or '-' or '\'')) return null;
        return (label.ToString(), ":");
    }

    private (string? Speaker, string Cue)? After(QuoteSpan span, IReadOnlyList<QuoteSpan> spans)
    {
        if (span.Close < 0) return null;
        var limit = Math.Min(_text.Length, span.Close + ContextChars);
        var lineEnd = _text.IndexOf('\n', span.Close, limit - span.Close);
        if (lineEnd >= 0) limit = lineEnd;
        var first = FirstToken(span.Close + 1);
        var i = first;
        while (i < _tokens.Count && _tokens[i].Start < limit && IsPunct(i) && !IsSentenceEnd(i)) i++;
        var phraseStart = i;
        var signEnd = phraseStart;
        while (signEnd < _tokens.Count && signEnd - phraseStart < 4 && _tokens[signEnd].Start < limit && char.IsUpper(_text[_tokens[signEnd].Start])) signEnd++;
        if (phraseStart > first && _text[_tokens[phraseStart - 1].Start] is '―' or '—' or '–' && CapitalRun(phraseStart, signEnd) is { } signed && signed.Start == phraseStart)
            return (Resolve(signed, signed.End), "―"); // “…” ― Veronica Cruz
        if (EndsSentence(span)) return null; // “… the timing.” Gov. Pat McCrory said …: a new sentence, another speaker
        if (ApposedCue(phraseStart, limit) is { } apposed) return apposed;
        // “very encouraged” and Trump calling it …: a quoted phrase inside narration, followed by a new clause, is not
        // attributed by that clause's cue.
        if (phraseStart < _tokens.Count && Word(phraseStart) is "and" or "but" or "while" or "whereas" or "because" or "although" or "though" or "or" && _text[span.End - 1] is not (',' or '?' or '!'))
            return null;
        for (var k = 0; i < _tokens.Count && _tokens[i].Start < limit && k <= MaxTokensBeforeCue; i++, k++)
        {
            // "Rep. Gwen Moore (D-Wis.) said": a period inside brackets does not end the sentence.
            if (EndsSentenceHere(i) || IsQuoteMark(i)) return null;
            if (!IsCue(i)) continue;
            // “New York values,” saying the city …: a participle right after the quote is followed by what was said,
            // not by who said it; the sentence before the quote names the speaker.
            if (i == phraseStart && Word(i).EndsWith("ing", StringComparison.Ordinal) && !Word(i).Equals("according", StringComparison.OrdinalIgnoreCase))
                return (null, Word(i));
            if (i == phraseStart || IsAuxiliary(i - 1) && i - 1 == phraseStart)
                return (Resolve(AfterCue(i + 1, limit), i), Word(i)); // “…,” said John Smith
            return (Resolve((phraseStart, i), i), Word(i));
        }
        return null;
    }

    private (string? Speaker, string Cue)? Before(QuoteSpan span, QuoteSpan? previousSpan)
    {
        var from = Math.Max(0, span.Open - ContextChars);
        var lineStart = span.Open == 0 ? 0 : _text.LastIndexOf('\n', span.Open - 1, span.Open - from) + 1;
        from = Math.Max(from, lineStart);
        if (previousSpan is not null && previousSpan.Close >= from && previousSpan.Close < span.Open) from = previousSpan.Close + 1;
        var last = FirstToken(span.Open) - 1;
        if (span.Open == lineStart && last >= 0 && _text[_tokens[last].Start] == ':' && !span.ContinuesPrevious)
        {
            // "He said:" (or "Sanders made the following comment:") ending the paragraph before the quote.
            from = Math.Max(0, _tokens[last].Start - ContextChars);
            var previousLine = _text.LastIndexOf('\n', Math.Max(0, _tokens[last].Start - 1));
            from = Math.Max(from, previousLine + 1);
            if (previousSpan is not null && previousSpan.Close >= from) from = previousSpan.Close + 1;
        }
        var sentenceStart = last;
        while (sentenceStart >= 0 && _tokens[sentenceStart].Start >= from && !(EndsSentenceHere(sentenceStart) && sentenceStart < last)) sentenceStart--;
        sentenceStart++;
        for (var c = last; c >= sentenceStart; c--)
        {
            if (!IsCue(c)) continue;
            // "Trump joked …, but went on to say, “…”": the subject is read at the verb that governs the infinitive.
            var i = InfinitiveHead(c, sentenceStart);
            // "Donald Trump bemoaned the unrest and said …": the cue shares the sentence's subject.
            var subject = Coordinated(sentenceStart, i) ? Subject(sentenceStart, i)?.Speaker : null;
            // "…, the mayor said, adding that it would take “…”": a participle cue shares its clause's subject.
            if (i > sentenceStart && Word(i).EndsWith("ing", StringComparison.Ordinal) && Word(i - 1) == ",")
                subject = EarlierCueSubject(sentenceStart, i - 1) ?? Subject(sentenceStart, i - 1)?.Speaker;
            subject ??= AdjacentSubject(sentenceStart, i) ?? Resolve((sentenceStart, i), i, preferLast: true);
            // Only a cue that opens its clause ("Said Smith: …", ", according to Smith, …") has its speaker after it.
            if (subject is null && i + 1 <= last && (i == sentenceStart || IsPunct(i - 1))) subject = Resolve(AfterCue(i + 1, _tokens[last].End), i);
            // "She followed that by saying, “…”", "Husted continued by saying": no subject next to the cue, so the
            // sentence's subject speaks.
            if (subject is null && i > sentenceStart) subject = Subject(sentenceStart, i)?.Speaker;
            return (subject, Word(c));
        }
        // "Sanders made the following comment:" — no speech verb, but the colon hands the quote to the subject.
        if (sentenceStart < last && IsPunct(last) && _text[_tokens[last].Start] == ':')
        {
            // "…doesn’t surprise Republican pollster Daron Shaw: “…”": a person named right before the colon speaks.
            if (EntityEndingAt(_tokens[last - 1].End) is { Type: EntityType.PER } introduced) return (Remember(introduced), ":");
            return Subject(sentenceStart, last);
        }
        if (sentenceStart < last && PossessiveSpeech(sentenceStart, last) is { } possessor) return (possessor, "");
        return sentenceStart < last && !IsPunct(last) ? Subject(sentenceStart, last + 1) : null;
    }

    /// <summary>
    /// The subject right before a cue verb: a name ending there, a pronoun, an apposition's head
    /// ("Patrick McGinley, a law professor, said") or an unnamed noun phrase ("several groups said").
    /// </summary>
    private string? AdjacentSubject(int start, int cue)
    {
        var j = cue - 1;
        while (j >= start && (Word(j) is "has" or "had" or "have" or "also" or "later" or "then" or "recently" or "previously" or "once" or "would" or "will" or "could" or "further" or "again" or "repeatedly" or "publicly" or "privately" or "quickly" or "simply" || IsMannerAdverb(j))) j--;
        if (j < start) return null;
        // A country speaks too ("Russia insisted that …"), when its name is right before the cue.
        if (EntityEndingAt(_tokens[j].End, places: j == cue - 1) is { } named) return Remember(named);
        var w = Word(j);
        if (CueWords.PersonPronouns.Contains(w)) return PersonFor(w, _tokens[j].Start);
        if (CueWords.GroupPronouns.Contains(w)) return LastMention(_tokens[j].Start, EntityType.ORG) ?? _lastGroup;
        if (w is "," or ")")
        {
            // Skip back over an apposition to the name it describes.
            var k = j - 1;
            while (k >= start && Word(k) is not ("," or "(") && j - k < 25) k--;
            if (k > start && EntityEndingAt(_tokens[k - 1].End) is { } head && head.Type == EntityType.PER) return Remember(head);
            // "Small, who attended the rally on Wednesday, said": an untagged name opening the sentence.
            if (k == start + 1 && char.IsUpper(_text[_tokens[start].Start]) && CapitalRun(start, k) is { } opener && opener == (start, k)) return NameOf(opener);
            return null;
        }
        // "Husted said": a name the tagger missed, right before the cue.
        if (char.IsUpper(w[0]) && CapitalRun(start, j + 1) is { } run && run.End == j + 1) return NameOf(run);
        if (!char.IsLower(w[0]) || w.Length < 3) return null;
        var n = j;
        while (n > start && j - n < 5 && char.IsLetter(Word(n - 1)[0]) && !CueWords.Verbs.Contains(Word(n - 1)) && Word(n - 1) is not ("and" or "but" or "that" or "which" or "who")) n--;
        // The head noun right before the cue is a noun, not a function or time word ("a voice that said", "two weeks ago said").
        if (NominalStops.Contains(w) || TimeWords.Contains(w)) return null;
        // Start the noun phrase at its nearest determiner ("the world lost a voice" → "a voice"), through "of" ("one of
        // the contractors"), or take a bare plural ("officials").
        var determiner = j;
        while (determiner > n && !CueWords.IsDeterminer(Word(determiner))) determiner--;
        while (determiner - 2 >= n && Word(determiner - 1) is "of" && CueWords.IsDeterminer(Word(determiner - 2))) determiner -= 2;
        if (!CueWords.IsDeterminer(Word(determiner))) determiner = j;
        if (determiner == j && !(w.EndsWith('s') && n == j)) return null;
        for (var k = determiner + 1; k < j; k++)
            if (NominalStops.Contains(Word(k)) || LooksLikeVerbAfterNoun(k, determiner)) return null;
        var phrase = _text[_tokens[determiner].Start.._tokens[j].End];
        if (CueWords.GroupNouns.Contains(w) && Word(determiner) is "the" or "The") return LastMention(_tokens[determiner].Start, EntityType.ORG) ?? _lastGroup ?? phrase;
        return phrase;
    }

    /// <summary>A quote inside a sentence with no speech verb ("Cruz called Trump a “liar”"): the sentence's subject speaks.</summary>
    private (string? Speaker, string Cue)? Subject(int start, int end)
    {
        for (var p = start; p < Math.Min(end, start + 3); p++)
            if (CueWords.PersonPronouns.Contains(Word(p)) && _lastPerson is not null) return (PersonFor(Word(p), _tokens[p].Start), "");
        int from = _tokens[start].Start, to = _tokens[end - 1].End;
        // "Recalling the civil rights movement, Mr. Cruz pledged to oppose … “…”": the main clause's subject after an
        // opening clause, not a name inside that clause.
        var firstComma = start;
        while (firstComma < end && Word(firstComma) != ",") firstComma++;
        foreach (var e in _entities)
        {
            if (e.Start < from) continue;
            if (e.End > to) break;
            if (e.Type == EntityType.PER && FirstToken(e.Start) == firstComma + 1 && SubjectAfterOpeningClause(e) && !IsPossessive(e)) return (Remember(e), "");
        }
        foreach (var e in _entities)
        {
            if (e.Start < from) continue;
            if (e.End > to || e.Start - from > SubjectChars) break;
            // "Putin's invasion" is not the subject; "Putin is promising" is.
            if (IsPossessive(e)) continue;
            // "PHILADELPHIA (UPI) — The committee released …": a dateline is no subject.
            if (IsDateline(e)) continue;
            // "Democratic U.S. Rep. Gwen Graham pummeled …": a party or place in a title modifies the person after it.
            if (e.Type != EntityType.PER && PersonInTitleAfter(e)) continue;
            // A place speaks only as the sentence's first words ("Japan branded North Korea an “outlaw nation”").
            if (e.Type == EntityType.LOC && e.Start != from) continue;
            var name = DisplayName(e);
            if (e.Type == EntityType.PER) _lastPerson = name;
            return (name, "");
        }
        return UntaggedOpeningName(start, end) is { } untagged ? (untagged, "") : null;
    }

    private (int Start, int End) AfterCue(int i, int limit)
    {
        if (i < _tokens.Count && i > 0 && Word(i) == "to" && Word(i - 1).Equals("according", StringComparison.OrdinalIgnoreCase)) i++;
        var start = i;
        while (i < _tokens.Count && _tokens[i].Start < limit && i - start < 8 && !IsPunct(i) && !CueWords.PhraseStops.Contains(Word(i))) i++;
        return (start, i);
    }

    /// <summary>The speaker named by tokens [start, end) next to the cue at <paramref name="cue"/>.</summary>
    private string? Resolve((int Start, int End) phrase, int cue, bool preferLast = false)
    {
        if (phrase.End <= phrase.Start) return null;
        int from = _tokens[phrase.Start].Start, to = _tokens[phrase.End - 1].End;
        EntityMention? best = null;
        foreach (var e in _entities)
        {
            if (e.Start < from || e.End > to || e.Type == EntityType.LOC) continue;
            if (best is null || (best.Type == EntityType.ORG && e.Type == EntityType.PER) || (preferLast && e.Type == best.Type) || (!preferLast && false)) best = e;
            if (!preferLast && best.Type == EntityType.PER) break;
        }
        // A pronoun or "the group" right before the cue wins over a name further away in the sentence.
        var near = Math.Max(phrase.Start, phrase.End - 3);
        for (var i = phrase.End - 1; i >= near; i--)
        {
            var w = Word(i);
            if (best is not null && _tokens[i].End <= best.End) break;
            if (CueWords.PersonPronouns.Contains(w)) return PersonFor(w, from);
            if (CueWords.GroupPronouns.Contains(w) || (CueWords.GroupNouns.Contains(w) && i > phrase.Start && Word(i - 1) is "the" or "The"))
                return LastMention(from, EntityType.ORG) ?? _lastGroup ?? NominalSpeaker(phrase);
        }
        var capitals = CapitalRun(phrase.Start, phrase.End);
        if (best is not null && capitals is { } closer && _tokens[closer.Start].Start >= best.End && best.Type == EntityType.ORG)
            best = null; // "CNN's correspondent Frederik Pleitgen said": the untagged name next to the cue is the speaker
        if (best is not null)
        {
            var name = DisplayName(best);
            if (best.Type == EntityType.PER) _lastPerson = name;
            else _lastGroup = name;
            return name;
        }
        if (capitals is { } run) return NameOf(run);
        // An unnamed speaker ("a spokesman", "officials", "the source") is kept as written, trimmed to its noun phrase.
        return NominalSpeaker(phrase);
    }

    /// <summary>An untagged capitalised name, titles stripped, completed from the document's full names.</summary>
    private string NameOf((int Start, int End) run)
    {
        var (s, e) = NameMatcher.StripTitles(_text, _tokens[run.Start].Start, _tokens[run.End - 1].End);
        var name = _text[s..e];
        var full = EntityCoreference.ResolvePerson(NameMatcher.Normalize(name), _people) ?? name;
        _lastPerson = full;
        return full;
    }

    private (int Start, int End)? CapitalRun(int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (!char.IsUpper(_text[_tokens[i].Start]) || CueWords.NotNames.Contains(Word(i)) || InPlace(_tokens[i].Start) || i == start && _tokens[i].SentenceStart && end - start > 1 && !char.IsUpper(_text[_tokens[Math.Min(i + 1, end - 1)].Start])) continue;
            var j = i;
            while (j > start && char.IsUpper(_text[_tokens[j - 1].Start]) && !CueWords.NotNames.Contains(Word(j - 1))) j--;
            return (j, i + 1);
        }
        return null;
    }

    private int FirstToken(int offset)
    {
        int lo = 0, hi = _tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private string Word(int i) => _text.Substring(_tokens[i].Start, _tokens[i].Length);

    // A capitalised cue word inside a sentence is part of a name ("the United States should", "Fox News Says").
    private bool IsCue(int i) => (_tokens[i].Length > 2 && CueWords.Verbs.Contains(Word(i)) && (_tokens[i].SentenceStart || !char.IsUpper(_text[_tokens[i].Start])) && (!Word(i).Equals("according", StringComparison.OrdinalIgnoreCase) || (i + 1 < _tokens.Count && Word(i + 1) == "to"))) || IsPhraseCue(i);

    private bool IsAuxiliary(int i) => Word(i) is "has" or "had" or "have" or "was" or "is" or "also" or "later" or "then";

    private bool IsPunct(int i) => _tokens[i].Length == 1 && !char.IsLetterOrDigit(_text[_tokens[i].Start]);

    private bool IsSentenceEnd(int i) => _tokens[i].Length == 1 && _text[_tokens[i].Start] is '.' or '!' or '?' or ';';

    // "Rep. Gwen Moore (D-Wis.) said": a period inside brackets does not end the sentence.
    // "Sen. Ron Johnson, R-Wis., said": nor does an abbreviation's period before a comma.
    private bool EndsSentenceHere(int i) => IsSentenceEnd(i) && !(i + 1 < _tokens.Count && _text[_tokens[i + 1].Start] is ')' or ',') && !InsideBrackets(i);

    // "Rep. Hakeem Jeffries (D-N.Y.) reacted": every period inside a short bracket belongs to an abbreviation.
    private bool InsideBrackets(int i)
    {
        for (var k = i - 1; k >= 0 && i - k <= 6; k--)
        {
            var c = _text[_tokens[k].Start];
            if (_tokens[k].Length == 1 && c == ')') return false;
            if (_tokens[k].Length == 1 && c == '(') return true;
        }
        return false;
    }

    private bool IsQuoteMark(int i) => _tokens[i].Length == 1 && _text[_tokens[i].Start] is '“' or '”' or '"' or '«' or '»';
}
