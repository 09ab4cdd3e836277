using Storyline.Core.Clustering;
using Storyline.Storage.Model;
using Storyline.Storage.Subscriptions;

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
    /// The comments operators decided on, each with its latest decision (a changed mind counts once), newest
    /// decision first, at most <paramref name="limit"/>: the training data of the comment filters.
    /// </summary>
    Task<IReadOnlyList<ModeratorDecisionRecord>> ListModeratorDecisionsAsync(int limit, CancellationToken cancellationToken);

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

    /// <summary>
    /// Stores a newly retrained pair of comment models and returns its version; only the newest
    /// <paramref name="keep"/> versions are kept (older ones are deleted in the same transaction).
    /// </summary>
    Task<long> AddCommentModelsAsync(StoredCommentModels models, int keep, CancellationToken cancellationToken);

    /// <summary>The version number of the newest stored comment models, or null when none were ever stored (cheap: no model bytes).</summary>
    Task<long?> LatestCommentModelsVersionAsync(CancellationToken cancellationToken);

    /// <summary>The newest stored comment models, or null when none were ever stored.</summary>
    Task<StoredCommentModels?> LatestCommentModelsAsync(CancellationToken cancellationToken);
    // E-mail digests (issue 10): subscribers, consent records, subscriptions and an idempotent outbox.

    /// <summary>
    /// Records a sign-up in one transaction: the subscriber (created pending when new), the subscription (created pending
    /// when new; an unsubscribed one becomes pending again with the new frequency) and a consent record.
    /// </summary>
    Task<SignUpRecord> AddSubscriptionAsync(NewSubscription subscription, CancellationToken cancellationToken);

    Task<SubscriberRecord?> GetSubscriberAsync(long subscriberId, CancellationToken cancellationToken);

    Task<SubscriptionRecord?> GetSubscriptionAsync(long subscriptionId, CancellationToken cancellationToken);

    /// <summary>A subscriber's subscriptions, every state, oldest first.</summary>
    Task<IReadOnlyList<SubscriptionRecord>> ListSubscriptionsAsync(long subscriberId, CancellationToken cancellationToken);

    /// <summary>
    /// Double opt-in: a pending subscription becomes active (and its subscriber too, unless suspended) with its first digest
    /// due at <paramref name="firstDue"/> and content counted from the confirmation; false when it is not pending.
    /// </summary>
    Task<bool> ConfirmSubscriptionAsync(long subscriptionId, ConsentEvent consent, DateTimeOffset firstDue, CancellationToken cancellationToken);

    /// <summary>Stops a subscription and records it; false when it was already stopped or does not exist.</summary>
    Task<bool> UnsubscribeAsync(long subscriptionId, ConsentEvent consent, CancellationToken cancellationToken);

    /// <summary>Changes how often an active subscription is sent; false when it is not active.</summary>
    Task<bool> ChangeFrequencyAsync(long subscriptionId, string frequency, DateTimeOffset nextDue, ConsentEvent consent, CancellationToken cancellationToken);

    /// <summary>Everything stored about one subscriber, or null.</summary>
    Task<SubscriberExport?> ExportSubscriberAsync(long subscriberId, CancellationToken cancellationToken);

    /// <summary>Deletes the subscriber with its subscriptions, consent records and queued messages; false when absent.</summary>
    Task<bool> DeleteSubscriberAsync(long subscriberId, CancellationToken cancellationToken);

    /// <summary>Stops all mail to a subscriber after a bounce or permanent failure, keeping why.</summary>
    Task SuspendSubscriberAsync(long subscriberId, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Active subscriptions of active subscribers with ids above <paramref name="afterId"/>, by id: those due at
    /// <paramref name="now"/>, or all of them when <paramref name="ignoreSchedule"/>.
    /// </summary>
    Task<IReadOnlyList<DueSubscription>> ListDueSubscriptionsAsync(DateTimeOffset now, bool ignoreSchedule, long afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Articles ingested in (<paramref name="since"/>, <paramref name="until"/>] that match a follow target, best story first.</summary>
    Task<IReadOnlyList<DigestItem>> ListDigestItemsAsync(string follow, DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Published replies under story <paramref name="storyId"/> published (created, or approved when held) in (<paramref name="since"/>, <paramref name="until"/>]
    /// to comments written with <paramref name="email"/>, other than the reader's own, oldest first.
    /// </summary>
    Task<IReadOnlyList<ReplyItem>> ListReplyItemsAsync(long storyId, string email, DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction, for each digest: queues its message (when not null; a key queued before is ignored) and moves the
    /// subscription's watermark and next due time, so a digest is neither lost nor queued twice. Subscriptions no longer
    /// active are skipped; returns how many messages were queued.
    /// </summary>
    Task<int> RecordDigestsAsync(IReadOnlyList<DigestRecord> digests, CancellationToken cancellationToken);

    /// <summary>Queues a message; false when its idempotency key was queued before.</summary>
    Task<bool> EnqueueMailAsync(NewOutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> messages due at <paramref name="now"/> (or all pending when
    /// <paramref name="ignoreBackoff"/>) until <paramref name="leaseUntil"/>, atomically; messages whose sender died
    /// come back when their lease ends. <see cref="OutboxMessage.Attempts"/> counts the attempts before this one. Messages of suspended or deleted subscribers are never claimed.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(DateTimeOffset now, bool ignoreBackoff, int limit, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    Task MarkOutboxSentAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Puts a message back for a later attempt: after a transient failure of this message (<paramref name="countsAsAttempt"/>),
    /// or untried because the server could not be reached (not counted, so an outage never uses a message's attempts up).
    /// </summary>
    Task MarkOutboxRetryAsync(long messageId, string error, DateTimeOffset nextAttempt, bool countsAsAttempt, CancellationToken cancellationToken);

    /// <summary>Gives a message up; with <paramref name="suspendSubscriber"/> (a permanent failure) its subscriber is suspended too.</summary>
    Task MarkOutboxFailedAsync(long messageId, string error, bool suspendSubscriber, CancellationToken cancellationToken);

    Task<OutboxCounts> CountOutboxAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A bounce came back for the sent message <paramref name="messageId"/> (without angle brackets): suspends its
    /// subscriber, keeping why, and returns the subscriber's id; null when no message of a subscriber still stored has that id.
    /// </summary>
    Task<long?> SuspendByMessageIdAsync(string messageId, string reason, CancellationToken cancellationToken);

    /// <summary>Returns the stored secret <paramref name="name"/>, storing <paramref name="candidate"/> first when there is none.</summary>
    Task<string> GetOrAddSecretAsync(string name, string candidate, CancellationToken cancellationToken);

    /// <summary>
    /// The story <paramref name="storyId"/> is now: itself while it has articles, the story it was merged into, or null
    /// when it never existed (old links keep working after stories converge).
    /// </summary>
    Task<long?> ResolveStoryIdAsync(long storyId, CancellationToken cancellationToken);
}
