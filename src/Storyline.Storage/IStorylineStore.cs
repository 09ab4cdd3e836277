using Storyline.Core.Clustering;
using Storyline.Storage.Model;

namespace Storyline.Storage;

/// <summary>The one storage interface: SQLite (embedded default) and PostgreSQL implement it and pass the same tests.</summary>
public interface IStorylineStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema; safe to call at every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores one article in one transaction: duplicate check (canonical URL, content fingerprint), story assignment
    /// through <paramref name="clusterer"/>, its embedded comments. Nothing is stored when it throws.
    /// </summary>
    Task<IngestResult> IngestAsync(ArticleDraft draft, IStoryClusterer clusterer, CancellationToken cancellationToken);

    /// <summary>Articles published since <paramref name="since"/> with their stories, oldest first (clusterer warm start).</summary>
    Task<IReadOnlyList<(ClusterDocument Document, long StoryId)>> LoadWindowAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Stories ranked by freshness and breadth of coverage.</summary>
    Task<IReadOnlyList<StorySummary>> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken);

    /// <summary>One story with its articles, or null.</summary>
    Task<StoryDetail?> GetStoryAsync(long storyId, CancellationToken cancellationToken);

    /// <summary>All comments of a story in posting order, every status.</summary>
    Task<IReadOnlyList<CommentRecord>> GetCommentsAsync(long storyId, CancellationToken cancellationToken);

    /// <summary>Stores a comment; throws <see cref="StoreException"/> when the story or parent does not exist.</summary>
    Task<CommentRecord> AddCommentAsync(NewComment comment, CancellationToken cancellationToken);

    /// <summary>
    /// Imports a thread into a story in one transaction; comments already imported (same external id) are skipped,
    /// so importing the same export twice stores it once.
    /// </summary>
    Task<ImportResult> ImportCommentsAsync(long storyId, IReadOnlyList<NewComment> comments, IReadOnlyDictionary<string, string> parentByExternalId, CancellationToken cancellationToken);

    /// <summary>Adds a feed subscription; false when the URL is already subscribed.</summary>
    Task<bool> AddFeedAsync(FeedRow feed, CancellationToken cancellationToken);

    Task<FeedRow?> GetFeedAsync(string url, CancellationToken cancellationToken);

    /// <summary>Every subscription, ordered by URL.</summary>
    Task<IReadOnlyList<FeedRow>> ListFeedsAsync(CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> due feeds by moving their next check to <paramref name="claimUntil"/>, atomically.</summary>
    Task<IReadOnlyList<FeedRow>> ClaimDueFeedsAsync(DateTimeOffset now, int limit, DateTimeOffset claimUntil, CancellationToken cancellationToken);

    /// <summary>Stores a feed's state after a check; ignored when the feed was removed meanwhile.</summary>
    Task SaveFeedAsync(FeedRow feed, CancellationToken cancellationToken);

    Task<bool> RemoveFeedAsync(string url, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="keys"/> were seen before in this feed.</summary>
    Task<IReadOnlySet<string>> SeenFeedKeysAsync(string feedUrl, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Remembers item keys as seen, keeping at most <paramref name="keep"/> newest keys per feed.</summary>
    Task MarkFeedKeysSeenAsync(string feedUrl, IReadOnlyCollection<string> keys, int keep, CancellationToken cancellationToken);

    /// <summary>Counts of stories, articles and comments.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Articles matching the reader's words (FTS5 on SQLite), best first, with highlighted title and snippet.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Comments in one moderation state across all stories, oldest first (the moderation queue).</summary>
    Task<IReadOnlyList<CommentRecord>> ListCommentsByStatusAsync(CommentStatus status, int limit, CancellationToken cancellationToken);

    /// <summary>Applies an operator decision and logs who and when; false when the comment does not exist.</summary>
    Task<bool> ModerateCommentAsync(long commentId, ModerationAction action, string moderator, CancellationToken cancellationToken);

    /// <summary>Whether an operator banned the author with this e-mail address.</summary>
    Task<bool> IsAuthorBannedAsync(string email, CancellationToken cancellationToken);

    /// <summary>The latest operator decisions, newest first.</summary>
    Task<IReadOnlyList<ModerationLogEntry>> GetModerationLogAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// An author's edit (<paramref name="newText"/> set) or delete (null) of their own comment, allowed when
    /// <paramref name="tokenHash"/> matches and the comment was created after <paramref name="createdAfter"/>.
    /// </summary>
    Task<AuthorEditOutcome> EditCommentByAuthorAsync(long commentId, string tokenHash, string? newText, DateTimeOffset createdAfter, CancellationToken cancellationToken);

    /// <summary>How many published comments the author with this e-mail address has (trust for pre-moderation).</summary>
    Task<int> CountApprovedCommentsAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Every ASP.NET Core data-protection key stored in this database (XML as written), so every node on one database
    /// shares one key ring: antiforgery tokens, login cookies and signed links made by one node are valid on the others.
    /// </summary>
    Task<IReadOnlyList<string>> ListProtectionKeysAsync(CancellationToken cancellationToken);

    /// <summary>Stores one data-protection key under its unique name; a second write of the same name is ignored.</summary>
    Task AddProtectionKeyAsync(string name, string xml, CancellationToken cancellationToken);
}
