namespace Storyline.Core.Analysis.Ner;

/// <summary>The BIO tag set of the entity tagger: O, then B/I for PER, LOC, ORG.</summary>
public static class NerTags
{
    public const int Count = 7;
    public const int O = 0;

    /// <summary>The pseudo-tag before the first token (features only).</summary>
    public const int Start = Count;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];

    public static string Name(int tag) => tag == Start ? "<s>" : Names[tag];

    /// <summary>The tag number of an IOB2 label; MISC and anything unknown become O.</summary>
    public static int Parse(string label) => Array.IndexOf(Names, label) is var i and >= 0 ? i : O;

    public static bool IsBegin(int tag) => tag is 1 or 3 or 5;

    public static bool IsInside(int tag) => tag is 2 or 4 or 6;

    /// <summary>The entity class of a B/I tag.</summary>
    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 2);

    public static int Begin(EntityType type) => 1 + (2 * (int)type);

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (I-X only after B-X or I-X).</summary>
    public static bool Allowed(int previous, int tag) =>
        !IsInside(tag) || (previous != Start && previous != O && (previous + 1) / 2 == (tag + 1) / 2);
}
