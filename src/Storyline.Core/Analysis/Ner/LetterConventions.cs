using System.Collections.Frozen;
using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Analysis.Ner;

/// <summary>
/// Conventions of letters, e-mail and web text that a tagger trained on news, encyclopaedia and tweets does not
/// learn: a first name alone on a salutation or signature line, and addresses whose pieces look like names.
/// </summary>
internal static class LetterConventions
{
    /// <summary>Greetings, closings and interjections that stand alone on a line of a letter as a name would.</summary>
    private static readonly FrozenSet<string> LetterWords = new[]
    {
        "regards", "thanks", "thank", "thx", "cheers", "best", "sincerely", "yours", "love", "hugs", "hi", "hello", "hey",
        "dear", "greetings", "congratulations", "congrats", "welcome", "bye", "goodbye", "ok", "okay", "yes", "no",
        "sorry", "please", "enjoy", "agreed", "done", "great", "awesome", "wow", "amen", "cool", "nice", "attachment",
        "attachments", "note", "update", "reminder", "fyi", "question", "questions", "answer", "summary", "edit", "source",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A line holding one title-case word, alone or before one mark ("Vince", "Traci,", "Vince -"), that the tagger
    /// left untagged: the salutation or signature of a letter or e-mail, so a first name. Only words the training data
    /// never shows in lower case away from a sentence start and never as a non-name ("Thanks", "Monday" stay O).
    /// </summary>
    public static bool IsLoneName(ReadOnlySpan<char> word, ReadOnlySpan<char> mark, WordTable words)
    {
        if (mark.Length > 1 || (mark.Length == 1 && mark[0] is not (',' or '.' or '-'))) return false;
        if (word.Length < 2 || !char.IsUpper(word[0]) || LetterWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        foreach (var c in word[1..])
            if (!char.IsLower(c)) return false;
        var code = words.Lookup(FeatureHash.Lower(word));
        var gazetteer = (int)(code & 0xFF);
        var capital = (int)((code >> 8) & 0xFF) / 3;
        // Gazetteer 0: unseen; 2–4: mostly part of person names (see WordTable.Encode). Capital bucket 0: never seen
        // away from a sentence start; 4: capitalised there at least 95 % of the time.
        return gazetteer is 0 or 2 or 3 or 4 && capital is 0 or 4;
    }

    /// <summary>
    /// Whether [s, e) lies inside an e-mail or web address ("janesmith@paulhastings.com", "www.bbc.co.uk"): its
    /// pieces are no mentions of a name, however much they look like one.
    /// </summary>
    public static bool InAddress(string text, int s, int e)
    {
        var from = s;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] is not ('<' or '(' or '"' or '[')) from--;
        var to = e;
        while (to < text.Length && !char.IsWhiteSpace(text[to]) && text[to] is not ('>' or ')' or '"' or ']')) to++;
        var chunk = text.AsSpan(from, to - from);
        return chunk.Contains('@') && chunk[(chunk.IndexOf('@') + 1)..].Contains('.')
            || chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a short line of name-like words (title-case words and initials, "Marlene D. Hilliard", "V K Choudhry")
    /// where the tagger found part of a person's name is wholly that name: the signature line of a letter.
    /// </summary>
    public static bool IsNameLine(IReadOnlyList<string> words, ReadOnlySpan<int> tags, WordTable table)
    {
        if (words.Count is < 2 or > 5) return false;
        var person = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (NerTags.IsBegin(tags[i]) || NerTags.IsInside(tags[i]))
            {
                if (NerTags.TypeOf(tags[i]) != EntityType.PER) return false;
                person |= w.Length > 1 && char.IsLower(w[1]);
            }
            if (w == "." && i > 0 && IsInitial(words[i - 1])) continue;
            if (!IsInitial(w) && !IsTitleWord(w)) return false;
            // "Thanks From Bill", "The Alaskan Knight": a word mostly written in lower case is no part of a name.
            if (w.Length > 1 && (table.Lookup(FeatureHash.Lower(w)) >> 8 & 0xFF) / 3 is 1 or 2) return false;
        }
        return person && IsTitleWord(words[^1]);
    }

    private static bool IsTitleWord(string w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0])) return false;
        foreach (var c in w.AsSpan(1))
            if (!char.IsLower(c) && c is not ('-' or '\'')) return false;
        return true;
    }

    // "D", "D.", "R.E.": capitals, each optionally followed by a full stop.
    private static bool IsInitial(string w)
    {
        if (w.Length is 0 or > 4 || !char.IsUpper(w[0])) return false;
        for (var i = 1; i < w.Length; i++)
            if (!(w[i] == '.' || (char.IsUpper(w[i]) && w[i - 1] == '.'))) return false;
        return true;
    }

    /// <summary>
    /// The span of an e-mail display name written surname first inside quotation marks ("Townsend, George"), given the
    /// five tokens from the opening mark, or null: one person, though a comma separates the two names.
    /// </summary>
    private static (int Start, int End)? ReversedName(string text, IReadOnlyList<Token> tokens, int at)
    {
        if (at + 4 >= tokens.Count) return null;
        bool Is(int k, char a, char b) => tokens[at + k].Length == 1 && (text[tokens[at + k].Start] == a || text[tokens[at + k].Start] == b);
        if (!Is(0, '"', '“') || !Is(2, ',', ',') || !Is(4, '"', '”')) return null;
        string Word(int k) => text.Substring(tokens[at + k].Start, tokens[at + k].Length);
        if (!IsTitleWord(Word(1)) || !IsTitleWord(Word(3))) return null;
        return (tokens[at + 1].Start, tokens[at + 3].End);
    }

    /// <summary>
    /// Replaces the mentions (from index <paramref name="first"/> on) inside each reversed display name of tokens
    /// [<paramref name="start"/>, <paramref name="end"/>) with one person, where the tagger saw a person in it
    /// ("Smith, John" yes, "Paris, Texas" no).
    /// </summary>
    public static void JoinReversedNames(string text, IReadOnlyList<Token> tokens, int start, int end, List<EntityMention> mentions, int first)
    {
        for (var k = start; k + 4 < end; k++)
        {
            if (ReversedName(text, tokens, k) is not { } name) continue;
            if (!mentions.Skip(first).Any(m => m.Type == EntityType.PER && m.Start < name.End && m.End > name.Start)) continue;
            mentions.RemoveAll(m => m.Start < name.End && m.End > name.Start);
            mentions.Add(new EntityMention(text[name.Start..name.End], EntityType.PER, name.Start, name.End));
            mentions.Sort(first, mentions.Count - first, Comparer<EntityMention>.Create((a, b) => a.Start.CompareTo(b.Start)));
        }
    }
}
