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
        // Only words with letters or digits count: rows of symbols are decoration, not repeated words.
        var wordy = words.Where(w => w.Any(char.IsLetterOrDigit)).ToList();
        var repetition = wordy.Count == 0 ? 0 : 1 - (double)wordy.Distinct(StringComparer.Ordinal).Count() / wordy.Count;
        return new TextAnalysis(plain, wordy, links, longest, repetition);
    }
}
