using System.Globalization;

namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Dense, hand-made signals that transfer across topics where vocabulary does not: links, shouting, repetition,
/// promotion phrases, contact details, length. They occupy the first <see cref="Slots"/> indices of a feature vector.
/// </summary>
internal static class BehaviourFeatures
{
    /// <summary>Indices reserved at the start of the vector for these features.</summary>
    public const int Slots = 32;

    // Phrases of self-promotion and commercial spam in general, not taken from any data set.
    private static readonly string[] PromoPhrases =
    [
        "check out", "check my", "subscribe", "my channel", "my video", "my page", "my site", "my blog", "visit",
        "click", "free", "win ", "winner", "prize", "cash", "money", "earn", "income", "follow me", "like this comment",
        "please like", "thumbs up", "promo", "offer", "discount", "bitcoin", "crypto", "casino", "loan", "viagra",
        "dating", "sign up", "join", "guaranteed", "work from home", "call now", "txt", "text to", "claim",
        "buy ", "cheap", "deal", "giveaway", "gift card", "sub4sub", "views",
    ];

    /// <summary>Writes the behavioural features of <paramref name="plain"/> into <paramref name="into"/>.</summary>
    public static void Add(string plain, List<string> words, float scale, Dictionary<int, float> into)
    {
        var lower = plain.ToLowerInvariant();
        var urls = CommentText.Urls(plain).Count;
        Set(into, 0, urls > 0 ? 1 : 0);
        Set(into, 1, (float)Math.Log(1 + urls));

        int letters = 0, upper = 0, digits = 0, symbols = 0, nonLatin = 0, exclamations = 0, questions = 0, run = 1, longestRun = 1;
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
                if (c > '\u024F') nonLatin++;
            }
            else if (char.IsDigit(c)) digits++;
            else if (!char.IsWhiteSpace(c)) symbols++;
            if (c == '!') exclamations++;
            if (c == '?') questions++;
            run = i > 0 && plain[i - 1] == c && !char.IsWhiteSpace(c) ? run + 1 : 1;
            longestRun = Math.Max(longestRun, run);
        }
        var length = Math.Max(plain.Length, 1);
        if (letters >= 5) Set(into, 2, (float)upper / letters);
        if (words.Count > 0) Set(into, 3, (float)ShoutedWords(plain) / words.Count);
        Set(into, 4, (float)Math.Log(1 + exclamations) / 3);
        Set(into, 5, longestRun >= 4 ? 1 : 0);
        if (words.Count >= 4) Set(into, 6, 1 - (float)words.Distinct(StringComparer.Ordinal).Count() / words.Count);
        var promo = PromoPhrases.Count(p => lower.Contains(p, StringComparison.Ordinal));
        Set(into, 7, Density(promo, words.Count));
        Set(into, 8, (float)digits / length);
        Set(into, 9, HasPhoneNumber(plain) ? 1 : 0);
        Set(into, 10, plain.AsSpan().IndexOfAny("£$€") >= 0 ? 1 : 0);
        Set(into, 11, plain.Contains('@', StringComparison.Ordinal) && plain.Contains('.', StringComparison.Ordinal) ? 1 : 0);
        // Length buckets only for short texts: in the training comments long meant spam, but long, careful
        // comments are exactly what a news site wants, so length alone must never push a comment towards spam.
        if (plain.Length < 100) Set(into, 12 + LengthBucket(plain.Length), 1);
        Set(into, 18, (float)symbols / length);
        if (letters > 0) Set(into, 19, (float)nonLatin / letters);
        Set(into, 20, (float)Math.Log(1 + questions) / 3);
        Set(into, 21, words.Count == 0 ? 1 : 0);
        Set(into, 22, Density(PromotionPatterns.SelfPromotion(lower), words.Count));
        Set(into, 23, Density(PromotionPatterns.EngagementBait(lower), words.Count));
        Set(into, 24, Density(PromotionPatterns.Commercial(lower), words.Count));
        Set(into, 25, Density(PromotionPatterns.Redirection(lower), words.Count));
        Scale(into, scale);
    }

    // Phrase counts grow with length; per sqrt(words) keeps one "subscribe" in a short comment strong and a few
    // ordinary "visit"/"page" words in a long one weak.
    private static float Density(int count, int words) => count == 0 ? 0 : (float)(Math.Log(1 + count) * Math.Sqrt(10.0 / Math.Max(10, words)));

    private static int LengthBucket(int length) => length switch
    {
        < 20 => 0,
        < 50 => 1,
        < 100 => 2,
        < 200 => 3,
        < 500 => 4,
        _ => 5,
    };

    private static int ShoutedWords(string plain)
    {
        int shouted = 0, upperRun = 0;
        var lowerSeen = false;
        foreach (var c in plain.Append(' '))
        {
            if (char.IsLetter(c))
            {
                if (char.IsUpper(c)) upperRun++;
                else lowerSeen = true;
                continue;
            }
            if (!lowerSeen && upperRun >= 3) shouted++;
            upperRun = 0;
            lowerSeen = false;
        }
        return shouted;
    }

    private static bool HasPhoneNumber(string plain)
    {
        var digits = 0;
        foreach (var c in plain)
        {
            if (char.IsAsciiDigit(c)) { if (++digits >= 9) return true; }
            else if (c is not (' ' or '-' or '.' or '(' or ')')) digits = 0;
        }
        return false;
    }

    private static void Set(Dictionary<int, float> into, int slot, float value)
    {
        if (value != 0 && float.IsFinite(value)) into[slot] = value;
    }

    private static void Scale(Dictionary<int, float> into, float scale)
    {
        for (var slot = 0; slot < Slots; slot++)
        {
            if (into.TryGetValue(slot, out var value)) into[slot] = value * scale;
        }
    }

    /// <summary>Names of the slots, for explaining a model.</summary>
    public static string SlotName(int slot) => slot switch
    {
        0 => "has-link", 1 => "links", 2 => "caps-ratio", 3 => "caps-words", 4 => "exclamations", 5 => "char-run",
        6 => "word-repetition", 7 => "promo-phrases", 8 => "digit-ratio", 9 => "phone-number", 10 => "money-symbol",
        11 => "email-address", >= 12 and <= 17 => "length-" + (slot - 12).ToString(CultureInfo.InvariantCulture),
        18 => "symbol-ratio", 19 => "non-latin", 20 => "questions", 21 => "no-words", 22 => "self-promotion",
        23 => "engagement-bait", 24 => "commercial", 25 => "redirection", _ => "unused",
    };
}
