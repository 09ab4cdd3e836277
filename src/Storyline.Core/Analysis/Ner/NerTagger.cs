using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Analysis.Ner;

/// <summary>Greedy left-to-right BIO tagging with a <see cref="NerModel"/>; one instance per thread.</summary>
public sealed class NerTagger(NerModel model)
{
    /// <summary>Sentences longer than this are tagged in pieces, so one run-on "sentence" cannot grow buffers without bound.</summary>
    public const int MaxSentenceTokens = 400;

    private static readonly System.Buffers.SearchValues<char> NonLetters = System.Buffers.SearchValues.Create("@#$%&*+-=_~|/\\<>^!?.,;:'\"()[]{}0123456789 ");

    private readonly NerFeatureExtractor _features = new();
    private readonly ulong[] _buffer = new ulong[NerFeatureExtractor.MaxFeatures];
    private int[] _tags = new int[64];

    /// <summary>Tags pre-split tokens of one sentence (training data, evaluation); returns one tag per token.</summary>
    public int[] TagSentence(IReadOnlyList<string> words)
    {
        _features.Begin(words.Count);
        for (var i = 0; i < words.Count; i++) _features.SetToken(i, words[i], model.Words);
        var tags = new int[words.Count];
        Decode(words.Count, tags);
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
            Collect(text, tokens, start, n, mentions);
            start = end;
        }
        return mentions;
    }

    private void Decode(int n, Span<int> tags)
    {
        Span<int> scores = stackalloc int[NerTags.Count];
        int previous = NerTags.Start, previous2 = NerTags.Start;
        var bias = model.QuantizedEntityBias;
        for (var i = 0; i < n; i++)
        {
            scores.Clear();
            var count = _features.Extract(i, _buffer);
            count += _features.ExtractTagged(i, previous, previous2, _buffer.AsSpan(count));
            model.Score(_buffer.AsSpan(0, count), scores);
            scores[NerTags.O] -= bias;
            var best = NerTags.O;
            for (var k = 1; k < NerTags.Count; k++)
                if (scores[k] > scores[best] && NerTags.Allowed(previous, k)) best = k;
            tags[i] = best;
            previous2 = previous;
            previous = best;
        }
    }

    private void Collect(string text, IReadOnlyList<Token> tokens, int offset, int n, List<EntityMention> mentions)
    {
        var i = 0;
        while (i < n)
        {
            if (!NerTags.IsBegin(_tags[i])) { i++; continue; }
            var j = i + 1;
            while (j < n && _tags[j] == _tags[i] + 1) j++;
            var type = NerTags.TypeOf(_tags[i]);
            // "St." / "Mt." cut off from the rest of the name: take the capitalised words that follow.
            while (j < n && IsAbbreviatedPrefix(text, tokens[offset + j - 1]) && char.IsUpper(text[tokens[offset + j].Start])) j++;
            var possessive = -1;
            for (var k = i + 1; k < j - 1; k++)
                if (IsPossessive(text, tokens[offset + k])) { possessive = k; break; }
            if (possessive < 0) Add(text, tokens, offset + i, offset + j, type, mentions);
            else
            {
                // "CNN's Frederik Pleitgen" tagged as one name: the owner and the owned are two entities.
                Add(text, tokens, offset + i, offset + possessive, type, mentions);
                var right = type == EntityType.LOC || j - possessive - 1 < 2 ? type : EntityType.PER;
                Add(text, tokens, offset + possessive + 1, offset + j, right, mentions);
            }
            i = j;
        }
    }

    private static void Add(string text, IReadOnlyList<Token> tokens, int first, int last, EntityType type, List<EntityMention> mentions)
    {
        var s = tokens[first].Start;
        var e = tokens[last - 1].End;
        if (!text.AsSpan(s, e - s).ContainsAnyExcept(NonLetters)) return; // "@", "#": tweet debris tagged as a name
        mentions.Add(new EntityMention(text[s..e], type, s, e));
    }

    private static bool IsPossessive(string text, Token t) =>
        t.Length == 2 && text[t.Start] is '\'' or '’' && text[t.Start + 1] is 's' or 'S';

    private static bool IsAbbreviatedPrefix(string text, Token t) =>
        t.Length is 2 or 3 && text.AsSpan(t.Start, t.Length) is "St." or "St" or "Mt." or "Mt" or "Ft." or "Ft";
}
