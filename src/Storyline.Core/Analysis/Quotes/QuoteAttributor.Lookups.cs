namespace Storyline.Core.Analysis.Quotes;

/// <summary>Entity look-ups of <see cref="QuoteAttributor"/>: who a pronoun or "the group" stands for.</summary>
public sealed partial class QuoteAttributor
{
    /// <summary>How far into a sentence its subject may start ("Secretary General Ban Ki-moon condemned").</summary>
    private const int SentenceSubjectChars = 25;

    /// <summary>The person a pronoun stands for: the last named speaker, unless the given name says otherwise.</summary>
    private string? PersonFor(string pronoun, int before)
    {
        if (SubjectSinceLastQuote(pronoun, before) is { } subject) return _lastPerson = subject;
        if (_lastPerson is not null && GivenNames.Compatible(pronoun, _lastPerson)) return _lastPerson;
        for (var i = _entities.Count - 1; i >= 0; i--)
        {
            var e = _entities[i];
            var name = DisplayName(e);
            if (e.Type == EntityType.PER && e.End <= before && name.Contains(' ', StringComparison.Ordinal) && GivenNames.Compatible(pronoun, name)) return name;
        }
        return _lastPerson ?? LastMention(before, EntityType.PER);
    }

    /// <summary>
    /// The person who opens the nearest sentence between the previous quote and this one ("Mr. Obama said in his
    /// interview. “…,” he said"): narration since the last quote usually introduces the next speaker.
    /// </summary>
    private string? SubjectSinceLastQuote(string pronoun, int pronounAt)
    {
        // In "He said Putin has “…”" the pronoun is the subject: only names before it can be its antecedent.
        var limit = Math.Min(_currentOpen, pronounAt);
        var from = Math.Max(_narrativeStart, limit - AntecedentChars);
        for (var i = FirstToken(limit) - 1; i >= 0 && _tokens[i].Start >= from; i--)
        {
            if (!_tokens[i].SentenceStart) continue;
            var sentence = _tokens[i].Start;
            if (OpeningNameBeforeCue(i) is { } opener && GivenNames.Compatible(pronoun, opener)) return opener;
            // A name next to a speech verb ("Trump’s claim that Obama … had imperiled troops, Biden said") wins over
            // the sentence's first name.
            if ((SentenceAntecedent(pronoun, sentence, limit, nextToCue: true) ?? SentenceAntecedent(pronoun, sentence, limit, nextToCue: false)) is { } name)
                return name;
        }
        return null;
    }

    private string? SentenceAntecedent(string pronoun, int sentence, int limit, bool nextToCue)
    {
        foreach (var e in _entities)
        {
            if (e.Start < sentence) continue;
            if (e.End > limit) break;
            // The sentence's subject, or a name next to a speech verb ("…, Mr. Obama said in his interview",
            // "…, noted NBC's Dante Chinni").
            var cued = CueFollows(e.End) || CuePrecedes(e.Start);
            if (nextToCue ? !cued : e.Start - sentence > SentenceSubjectChars && !cued && !SubjectAfterOpeningClause(e)) continue;
            if (IsPossessive(e)) continue;
            // A person pronoun cannot stand for an organisation: a lone capitalised word tagged as one right before
            // a speech verb ("McLenney said") is a surname the tagger got wrong.
            if (e.Type != EntityType.PER && !(e.Type == EntityType.ORG && IsLoneSurname(e) && CueFollows(e.End))) continue;
            var name = DisplayName(e);
            if (GivenNames.Compatible(pronoun, name)) return name;
        }
        return null;
    }

    /// <summary>A capitalised name the tagger missed that opens a sentence and is followed by a cue ("McLenney said …").</summary>
    private string? OpeningNameBeforeCue(int first)
    {
        var j = first;
        while (j < _tokens.Count && j - first < 3 && char.IsUpper(_text[_tokens[j].Start]) && !CueWords.NotNames.Contains(Word(j))) j++;
        if (j == first || j >= _tokens.Count || !(IsCue(j) || (Word(j) is "also" or "later" or "then" && j + 1 < _tokens.Count && IsCue(j + 1)))) return null;
        foreach (var e in _entities)
            if (e.Start < _tokens[j - 1].End && e.End > _tokens[first].Start) return null; // a tagged name: the entity scan decides
        return NameOf((first, j));
    }

    /// <summary>"In a speech last week, Biden rubbished …": a name right after the comma of an opening clause, before a past-tense verb.</summary>
    private bool SubjectAfterOpeningClause(EntityMention e)
    {
        var i = FirstToken(e.Start);
        var next = FirstToken(e.End);
        // ", and Clinton aimed her speech …": a second main clause after a comma and a conjunction too.
        if (i >= 2 && Word(i - 1) is "and" or "but" && Word(i - 2) == ",") i--;
        if (i == 0 || Word(i - 1) != "," || next >= _tokens.Count) return false;
        var verb = Word(next);
        return verb.Length > 3 && char.IsLower(verb[0]) && (verb.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(verb));
    }

    private static bool IsLoneSurname(EntityMention e) =>
        e.Text.Length > 2 && !e.Text.Contains(' ', StringComparison.Ordinal) && char.IsUpper(e.Text[0]) && char.IsLower(e.Text[^1]) && e.Text.All(char.IsLetter);

    private bool CuePrecedes(int start)
    {
        var k = FirstToken(start) - 1;
        if (k >= 2 && Word(k) is "'s" or "’s") k -= 2; // "noted NBC's Dante Chinni"
        return k >= 0 && IsCue(k);
    }

    private bool CueFollows(int end)
    {
        var i = FirstToken(end);
        if (i < _tokens.Count && Word(i) is "also" or "later" or "then" or "has" or "had") i++;
        return i < _tokens.Count && IsCue(i);
    }

    private bool InPlace(int offset)
    {
        foreach (var e in _entities)
            if (e.Type == EntityType.LOC && e.Start <= offset && offset < e.End) return true;
        return false;
    }

    private string? LastMention(int before, EntityType type)
    {
        // A pronoun usually points at someone introduced by full name: prefer those over a lone (often mis-tagged) word.
        if (type == EntityType.PER)
            for (var i = _entities.Count - 1; i >= 0; i--)
                if (_entities[i].Type == type && _entities[i].End <= before && DisplayName(_entities[i]).Contains(' ', StringComparison.Ordinal))
                    return DisplayName(_entities[i]);
        for (var i = _entities.Count - 1; i >= 0; i--)
            if (_entities[i].Type == type && _entities[i].End <= before && !(type == EntityType.PER && IsPossessive(_entities[i]))) return DisplayName(_entities[i]);
        return null;
    }

    // "Biden rubbished Trump’s claim. “…,” he said": a possessor is not who acts, so a pronoun does not stand for it.
    private bool IsPossessive(EntityMention e) =>
        (e.End < _text.Length && _text[e.End] is '\'' or '’') || e.Text.EndsWith("’s", StringComparison.Ordinal) || e.Text.EndsWith("'s", StringComparison.Ordinal);

    // "Wilcox and Beruff" is two people: a mention whose full name joins two names keeps its own words ("Wilcox").
    private static string DisplayName(EntityMention e) =>
        e.Canonical is { } full && !full.Contains(" and ", StringComparison.Ordinal) && !full.Contains(" & ", StringComparison.Ordinal) ? full : e.Text;

    private EntityMention? EntityEndingAt(int end, bool places = false)
    {
        foreach (var e in _entities)
            if (e.End == end && (places || e.Type != EntityType.LOC)) return e;
        return null;
    }

    private string Remember(EntityMention e)
    {
        var name = DisplayName(e);
        if (e.Type == EntityType.PER) _lastPerson = name;
        else _lastGroup = name;
        return name;
    }
}
