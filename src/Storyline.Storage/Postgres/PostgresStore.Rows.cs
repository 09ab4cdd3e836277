using System.Text.Json;
using Storyline.Core.Analysis;
using Storyline.Storage.Model;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    private sealed class StoryRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public long ArticleCount { get; init; }
        public long FirstMs { get; init; }
        public long LastMs { get; init; }
        public double Rank { get; init; }
        public long CommentCount { get; init; }
    }

    private sealed class ArticleRow
    {
        public long Id { get; init; }
        public long StoryId { get; init; }
        public string Origin { get; init; } = "";
        public string? Url { get; init; }
        public string? CanonicalUrl { get; init; }
        public string Title { get; init; } = "";
        public string? Subtitle { get; init; }
        public string Source { get; init; } = "";
        public string? Byline { get; init; }
        public long PublishedMs { get; init; }
        public string? Language { get; init; }
        public string? SourceLink { get; init; }
        public string Text { get; init; } = "";
        public long? DuplicateOf { get; init; }
        public long? CommentsDeclared { get; init; }
        public string TopicsJson { get; init; } = "[]";
        public string AnalysisJson { get; init; } = "{}";

        public ArticleRecord ToRecord(bool includeAnalysis) => new()
        {
            Id = Id,
            StoryId = StoryId,
            Origin = Origin,
            Url = Url ?? CanonicalUrl,
            Title = Title,
            Subtitle = Subtitle,
            Source = Source,
            Byline = Byline,
            Published = FromMs(PublishedMs),
            Language = Language,
            SourceLink = SourceLink,
            Text = Text,
            DuplicateOf = DuplicateOf,
            CommentsDeclared = (int?)CommentsDeclared,
            Topics = JsonSerializer.Deserialize<List<string>>(TopicsJson, StoreJson.Options) ?? [],
            Analysis = includeAnalysis ? ReadAnalysis(AnalysisJson) : TextAnalysis.Empty,
        };

        private static TextAnalysis ReadAnalysis(string json)
        {
            try
            {
                return JsonSerializer.Deserialize<TextAnalysis>(json, StoreJson.Options) ?? TextAnalysis.Empty;
            }
            catch (JsonException)
            {
                return TextAnalysis.Empty;
            }
        }
    }

    private sealed class CommentRow
    {
        public long Id { get; init; }
        public long StoryId { get; init; }
        public long? ArticleId { get; init; }
        public long? ParentId { get; init; }
        public string? ExternalId { get; init; }
        public string Author { get; init; } = "";
        public string? Email { get; init; }
        public string Text { get; init; } = "";
        public string Status { get; init; } = nameof(CommentStatus.Published);
        public double Spam { get; init; }
        public double Abuse { get; init; }
        public long CreatedMs { get; init; }

        public CommentRecord ToRecord() => new()
        {
            Id = Id,
            StoryId = StoryId,
            ArticleId = ArticleId,
            ParentId = ParentId,
            ExternalId = ExternalId,
            Author = Author,
            Email = Email,
            Text = Text,
            Status = Enum.TryParse<CommentStatus>(Status, out var s) ? s : CommentStatus.Held,
            Spam = Spam,
            Abuse = Abuse,
            Created = FromMs(CreatedMs),
        };
    }

    private sealed class FeedDbRow
    {
        public string Url { get; init; } = "";
        public long? NextCheckMs { get; init; }
        public string StateJson { get; init; } = "{}";

        public FeedRow ToRow() => new(Url, NextCheckMs is { } n ? FromMs(n) : null, StateJson);
    }
}
