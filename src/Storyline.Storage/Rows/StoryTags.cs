using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>The filter tags an article adds to its story: its topics and entity names, lower-cased.</summary>
internal static class StoryTags
{
    /// <summary>The longest tag kept; longer ones are noise from extraction, not something a reader filters by.</summary>
    public const int MaxLength = 200;

    public static string[] From(ArticleDraft draft) =>
        draft.Topics.Concat(draft.Analysis.Entities.Select(e => e.Canonical ?? e.Text))
            .Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length is > 0 and <= MaxLength).Distinct(StringComparer.Ordinal).ToArray();
}
