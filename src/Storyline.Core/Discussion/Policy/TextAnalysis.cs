using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Discussion.Policy;

/// <summary>The text measurements the rules read, computed once per comment.</summary>
internal sealed record TextAnalysis(string Plain, IReadOnlyList<string> Words, int Links, int LongestRun, double WordRepetition)
{
    public static TextAnalysis Of(string text, string? website)
    {
        var plain = CommentText.Plain(text);
        var words = CommentText.Words(plain);
        var links = CommentText.Urls(plain).Count + (string.IsNullOrWhiteSpace(website) ? 0 : 1);
        int run = 1, longest = plain.Length == 0 ? 0 : 1;
        for (var i = 1; i < plain.Length; i++)
        {
            run = plain[i] == plain[i - 1] && !char.IsWhiteSpace(plain[i]) ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }
        var repetition = words.Count == 0 ? 0 : 1 - (double)words.Distinct(StringComparer.Ordinal).Count() / words.Count;
        return new TextAnalysis(plain, words, links, longest, repetition);
    }
}
