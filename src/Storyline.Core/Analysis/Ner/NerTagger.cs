using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Analysis.Ner;

/// <summary>Left-to-right beam-search BIO tagging with a <see cref="NerModel"/>; one instance per thread.</summary>
public sealed class NerTagger(NerModel model)
{
    /// <summary>Sentences longer than this are tagged in pieces, so one run-on "sentence" cannot grow buffers without bound.</summary>
    public const int MaxSentenceTokens = 400;

    /// <summary>Hypotheses kept per token while decoding.</summary>
    public const int BeamWidth = 4;

    /// <summary>Softmax temperature, in weight units, turning a step's scores into log-probabilities (tuned on UNER dev).</summary>
    public const double Temperature = 10;

    private static readonly System.Buffers.SearchValues<char> NonLetters = System.Buffers.SearchValues.Create("@#$%&*+-=_~|/\\<>^!?.,;:'\"()[]{}0123456789 ");

    private readonly NerFeatureExtractor _features = new();
    private readonly ulong[] _buffer = new ulong[NerFeatureExtractor.MaxFeatures];
    private int[] _tags = new int[64];
    private int[] _back = new int[64 * BeamWidth];
    private int[] _tagOf = new int[64 * BeamWidth];

    /// <summary>Tags pre-split tokens of one sentence (training data, evaluation); returns one tag per token.</summary>
    public int[] TagSentence(IReadOnlyList<string> words)
    {
        _features.Begin(words.Count);
        for (var i = 0; i < words.Count; i++) _features.SetToken(i, words[i], model.Words);
        var tags = new int[words.Count];
        Decode(words.Count, tags);
        ApplyLexicon(words.Count, tags);
        for (var i = 0; i < words.Count; i++)
            if (NerTags.IsBegin(tags[i]) && NerTags.TypeOf(tags[i]) != EntityType.PER && (i + 1 == words.Count || tags[i + 1] != tags[i] + 1) && Demonyms.Is(words[i], model.Words))
                tags[i] = NerTags.O;
        if (words.Count is 1 or 2 && tags[0] == NerTags.O && LetterConventions.IsLoneName(words[0], words.Count == 2 ? words[1] : "", model.Words)) tags[0] = NerTags.Begin(EntityType.PER);
        if (LetterConventions.IsNameLine(words, tags, model.Words)) MarkPerson(tags);
        return tags;
    }

    /// <summary>The entity mentions of <paramref name="text"/>, given its tokens.</summary>
    public List<EntityMention> Tag(string text, IReadOnlyList<Token> tokens)
    {
        var mentions = new List<EntityMention>();
        var start = 0;
        while (start < tokens.Count)
        {
            var end = start + 1;
            while (end < tokens.Count && !tokens[end].SentenceStart && end - start < MaxSentenceTokens) end++;
            var n = end - start;
            _features.Begin(n);
            for (var i = 0; i < n; i++)
            {
                var t = tokens[start + i];
                _features.SetToken(i, text.AsSpan(t.Start, t.Length), model.Words);
            }
            if (_tags.Length < n) _tags = new int[Math.Max(n, _tags.Length * 2)];
            Decode(n, _tags);
            ApplyLexicon(n, _tags);
            if (n is 1 or 2 && _tags[0] == NerTags.O && LetterConventions.IsLoneName(text.AsSpan(tokens[start].Start, tokens[start].Length), n == 2 ? text.AsSpan(tokens[start + 1].Start, tokens[start + 1].Length) : "", model.Words))
                _tags[0] = NerTags.Begin(EntityType.PER);
            if (n <= 5 && LetterConventions.IsNameLine([.. tokens.Skip(start).Take(n).Select(t => text.Substring(t.Start, t.Length))], _tags.AsSpan(0, n), model.Words))
                MarkPerson(_tags.AsSpan(0, n));
            var before = mentions.Count;
            Collect(text, tokens, start, n, mentions);
            LetterConventions.JoinReversedNames(text, tokens, start, end, mentions, before);
            start = end;
        }
        return mentions;
    }

    private static void MarkPerson(Span<int> tags)
    {
        tags[0] = NerTags.Begin(EntityType.PER);
        for (var i = 1; i < tags.Length; i++) tags[i] = tags[0] + 1;
    }

    private void Decode(int n, Span<int> tags)
    {
        // Beam search over the tag sequence: the tag-history features make exact Viterbi a second-order lattice,
        // and a small beam recovers most of what greedy decoding loses ("New York Times" flipping to LOC midway).
        if (_back.Length < n * BeamWidth)
        {
            _back = new int[Math.Max(n, 64) * 2 * BeamWidth];
            _tagOf = new int[_back.Length];
        }
        Span<int> baseScores = stackalloc int[NerTags.Count];
        Span<int> scores = stackalloc int[NerTags.Count];
        Span<double> beamScore = stackalloc double[BeamWidth];
        Span<int> beamTag = stackalloc int[BeamWidth];
        Span<int> beamPrev = stackalloc int[BeamWidth];
        Span<double> nextScore = stackalloc double[BeamWidth];
        Span<int> nextTag = stackalloc int[BeamWidth];
        Span<int> nextPrev = stackalloc int[BeamWidth];
        Span<int> nextParent = stackalloc int[BeamWidth];
        var bias = model.QuantizedEntityBias;
        var scale = model.ScoreScale / Temperature;
        var size = 1;
        beamScore[0] = 0;
        beamTag[0] = NerTags.Start;
        beamPrev[0] = NerTags.Start;
        for (var i = 0; i < n; i++)
        {
            baseScores.Clear();
            var count = _features.Extract(i, _buffer);
            model.Score(_buffer.AsSpan(0, count), baseScores);
            baseScores[NerTags.O] -= bias;
            var nextSize = 0;
            for (var h = 0; h < size; h++)
            {
                baseScores.CopyTo(scores);
                var tagged = _features.ExtractTagged(i, beamTag[h], beamPrev[h], _buffer);
                model.Score(_buffer.AsSpan(0, tagged), scores);
                // Perceptron scores trained greedily are not comparable across histories: normalise them per step
                // (a softmax over the allowed tags) and add log-probabilities along the path.
                var max = int.MinValue;
                for (var k = 0; k < NerTags.Count; k++)
                    if (NerTags.Allowed(beamTag[h], k) && scores[k] > max) max = scores[k];
                var sum = 0.0;
                for (var k = 0; k < NerTags.Count; k++)
                    if (NerTags.Allowed(beamTag[h], k)) sum += Math.Exp((scores[k] - max) * scale);
                var logSum = Math.Log(sum);
                for (var k = 0; k < NerTags.Count; k++)
                {
                    if (!NerTags.Allowed(beamTag[h], k)) continue;
                    var total = beamScore[h] + ((scores[k] - max) * scale) - logSum;
                    // Insert into the (small, sorted) next beam.
                    var at = nextSize;
                    while (at > 0 && nextScore[at - 1] < total) at--;
                    if (at >= BeamWidth) continue;
                    var last = Math.Min(nextSize, BeamWidth - 1);
                    for (var m = last; m > at; m--)
                    {
                        nextScore[m] = nextScore[m - 1];
                        nextTag[m] = nextTag[m - 1];
                        nextPrev[m] = nextPrev[m - 1];
                        nextParent[m] = nextParent[m - 1];
                    }
                    nextScore[at] = total;
                    nextTag[at] = k;
                    nextPrev[at] = beamTag[h];
                    nextParent[at] = h;
                    if (nextSize < BeamWidth) nextSize++;
                }
            }
            for (var h = 0; h < nextSize; h++)
            {
                beamScore[h] = nextScore[h];
                beamTag[h] = nextTag[h];
                beamPrev[h] = nextPrev[h];
                _back[(i * BeamWidth) + h] = nextParent[h];
                _tagOf[(i * BeamWidth) + h] = nextTag[h];
            }
            size = nextSize;
        }
        var best = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = _tagOf[(i * BeamWidth) + best];
            best = _back[(i * BeamWidth) + best];
        }
    }

    private void Collect(string text, IReadOnlyList<Token> tokens, int offset, int n, List<EntityMention> mentions)
    {
        var caseless = _features.IsCaseless();
        var i = 0;
        while (i < n)
        {
            if (!NerTags.IsBegin(_tags[i])) { i++; continue; }
            var j = i + 1;
            while (j < n && _tags[j] == _tags[i] + 1) j++;
            var type = NerTags.TypeOf(_tags[i]);
            // In text that capitalises names, a name does not end in a lower-case word: "Bush administration",
            // "Doda district", "Vladi Pimenov ext" are a name and a common noun.
            var whole = j;
            if (caseless is false)
                while (j - 1 > i && (IsLowerWord(text, tokens[offset + j - 1]) || (j < whole && text[tokens[offset + j - 1].Start] is '\'' or '’'))) j--;
            if (j < whole && j == i + 1 && _features.ConfidentType(i) is { } retyped) type = retyped;
            // A name whose first words the tagger left out ("The Calder Maritime [Union]"): capitalised words right
            // before it, inside the sentence, belong to it.
            var start = i;
            if (caseless is false)
                while (start > 0 && type != EntityType.PER && _tags[start - 1] == NerTags.O && IsCapitalisedWord(text, tokens[offset + start - 1]) && !tokens[offset + start - 1].SentenceStart) start--;
            // A multi-word name ending in an organisation's head noun is an organisation ("… Maritime Union", "… Ferries").
            if (type != EntityType.ORG && j - start > 1 && NameParts.IsOrganisationHead(text.AsSpan(tokens[offset + j - 1].Start, tokens[offset + j - 1].Length)))
                type = EntityType.ORG;
            // A building or venue is a place (UNER, like ACE, tags facilities LOC), though a company may own it:
            // "City Hall", "Hayes Street Grill", "International Space Station".
            if (type == EntityType.ORG && j - i > 1 && NameParts.IsFacility(text.AsSpan(tokens[offset + j - 1].Start, tokens[offset + j - 1].Length)))
                type = EntityType.LOC;
            if (j == i + 1 && type != EntityType.PER && Demonyms.Is(text.AsSpan(tokens[offset + i].Start, tokens[offset + i].Length), model.Words))
            {
                i = j;
                continue;
            }
            // "St." / "Mt." cut off from the rest of the name: take the capitalised words that follow.
            while (j < n && IsAbbreviatedPrefix(text, tokens[offset + j - 1]) && char.IsUpper(text[tokens[offset + j].Start])) j++;
            // Separators inside a tagged run ("Enron / Azurix", "Milson Mundim - Associate") end the name.
            // A list ("/", ",") goes on with another name; after a dash or bracket comes a job title or a note.
            var piece = offset + start;
            for (var k = offset + start + 1; k < offset + j; k++)
            {
                if (!IsSeparator(text, tokens, k)) continue;
                if (k > piece) Emit(text, tokens, piece, k, type, mentions);
                piece = text[tokens[k].Start] is '/' or ',' ? k + 1 : offset + j;
                if (piece == offset + j) break;
            }
            if (piece < offset + j && (piece == offset + start || char.IsUpper(text[tokens[piece].Start])))
                Emit(text, tokens, piece, offset + j, type, mentions);
            i = whole;
        }
    }

    private static bool IsCapitalisedWord(string text, Token t)
    {
        var word = text.AsSpan(t.Start, t.Length);
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        foreach (var c in word[1..])
            if (!char.IsLetter(c)) return false;
        return true;
    }

    private static bool IsLowerWord(string text, Token t)
    {
        foreach (var c in text.AsSpan(t.Start, t.Length))
            if (!char.IsLower(c)) return false;
        return true;
    }

    private static void Emit(string text, IReadOnlyList<Token> tokens, int first, int last, EntityType type, List<EntityMention> mentions)
    {
        // "New Jersey Gov. Chris Christie" tagged as one place: the name after a personal title is a person.
        if (type != EntityType.PER && NameParts.PersonAfterTitle(text, tokens, first, last) is var named and > 0)
        {
            if (named - 1 > first) Add(text, tokens, first, named - 1, type, mentions);
            Add(text, tokens, named, last, EntityType.PER, mentions);
            return;
        }
        var possessive = -1;
        for (var k = first + 1; k < last - 1; k++)
            if (IsPossessive(text, tokens[k])) { possessive = k; break; }
        if (possessive < 0)
        {
            Add(text, tokens, first, last, type, mentions);
            return;
        }
        // "CNN's Frederik Pleitgen" tagged as one name: the owner and the owned are two entities ("Eurostar's
        // discretion": a lower-case owned word is no name).
        Add(text, tokens, first, possessive, type, mentions);
        if (!char.IsUpper(text[tokens[possessive + 1].Start])) return;
        var right = type == EntityType.LOC || last - possessive - 1 < 2 ? type : EntityType.PER;
        Add(text, tokens, possessive + 1, last, right, mentions);
    }

    /// <summary>A punctuation token that cannot be inside a name: a spaced dash, slash, bracket, colon, quote or a comma (but "Acme, Inc.").</summary>
    private static bool IsSeparator(string text, IReadOnlyList<Token> tokens, int k)
    {
        var t = tokens[k];
        if (t.Length > 2 || text.AsSpan(t.Start, t.Length).ContainsAnyExcept("-–—/|()[]<>:;\",\"“”")) return false;
        if (text[t.Start] != ',') return true;
        return !(k + 1 < tokens.Count && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length) is "Inc." or "Inc" or "Ltd." or "Ltd" or "LLC" or "Corp." or "Co." or "Jr." or "Jr");
    }

    private static void Add(string text, IReadOnlyList<Token> tokens, int first, int last, EntityType type, List<EntityMention> mentions)
    {
        var s = tokens[first].Start;
        var e = tokens[last - 1].End;
        if (!text.AsSpan(s, e - s).ContainsAnyExcept(NonLetters)) return; // "@", "#": tweet debris tagged as a name
        if (LetterConventions.InAddress(text, s, e)) return;
        mentions.Add(new EntityMention(text[s..e], type, s, e));
    }

    /// <summary>
    /// Word-list evidence the model outvoted: a lone common word is no name (<see cref="NerFeatureExtractor.IsCommonWord"/>),
    /// and in a caseless sentence a lower-case known name is one (<see cref="NerFeatureExtractor.LowerCaseName"/>).
    /// </summary>
    private void ApplyLexicon(int n, Span<int> tags)
    {
        for (var i = 0; i < n; i++)
            if (NerTags.IsBegin(tags[i]) && (i + 1 == n || tags[i + 1] != tags[i] + 1) && _features.IsCommonWord(i)) tags[i] = NerTags.O;
        if (!_features.IsCaseless()) return;
        for (var i = 0; i < n; i++)
        {
            if (tags[i] != NerTags.O) continue;
            var begin = _features.LowerCaseName(i);
            if (begin < 0) continue;
            // "san francisco": a lower-case continuation of a name of the same type extends it.
            tags[i] = i > 0 && (tags[i - 1] == begin || tags[i - 1] == begin + 1) ? begin + 1 : begin;
        }
    }
    private static bool IsPossessive(string text, Token t) =>
        t.Length == 2 && text[t.Start] is '\'' or '’' && text[t.Start + 1] is 's' or 'S';

    private static bool IsAbbreviatedPrefix(string text, Token t) =>
        t.Length is 2 or 3 && text.AsSpan(t.Start, t.Length) is "St." or "St" or "Mt." or "Mt" or "Ft." or "Ft";
}
