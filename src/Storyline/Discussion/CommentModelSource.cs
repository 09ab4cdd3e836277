using System.Data.Common;
using Storyline.Core.Discussion.Scoring;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Discussion;

/// <summary>
/// Where the site finds the comment models retrained from moderator decisions. Retrained pairs are stored in the
/// database, so every node on one database scores with the same newest pair; each node looks for a newer version at
/// most once per <see cref="DiscussionOptions.ModelsCheckInterval"/> (a one-number query) and reads the model bytes
/// only when the version changed. While the database holds no pair, a folder of models (<see cref="DiscussionOptions.ModelsPath"/>,
/// written by <c>storyline comments train --out</c> or copied in by an operator) is used where one is configured.
/// A damaged pair or an unreachable database leaves the models in use unchanged; null means "use the shipped models".
/// </summary>
public sealed class CommentModelSource
{
    /// <summary>How many retrained versions the database keeps (the newest scores; older ones are there to compare or roll back).</summary>
    public const int KeepVersions = 3;

    private readonly IStorylineStore _store;
    private readonly CommentModelFolder? _folder;
    private readonly TimeProvider _time;
    private readonly TimeSpan _checkInterval;
    private readonly SemaphoreSlim _checking = new(1, 1);
    private long _nextCheckTicks = DateTimeOffset.MinValue.UtcTicks;
    private long _version;
    private volatile CommentModels? _loaded;

    public CommentModelSource(IStorylineStore store, string? folder, TimeProvider time, TimeSpan checkInterval)
    {
        _store = store;
        _time = time;
        _checkInterval = checkInterval;
        // This source already looks at most once per interval; the folder must not add a second wait of its own.
        _folder = string.IsNullOrWhiteSpace(folder) ? null : new CommentModelFolder(folder, time, TimeSpan.Zero);
    }

    /// <summary>The version of the database pair in use, 0 while none is (shipped or folder models).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The newest retrained models, or null when there are none (the caller then scores with the shipped ones).</summary>
    public async Task<CommentModels?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_time.GetUtcNow().UtcTicks < Interlocked.Read(ref _nextCheckTicks)) return _loaded;
        // One caller looks at a time; the others go on with the models in use rather than queue behind the query.
        if (!await _checking.WaitAsync(0, cancellationToken)) return _loaded;
        try
        {
            var now = _time.GetUtcNow();
            if (now.UtcTicks < Interlocked.Read(ref _nextCheckTicks)) return _loaded;
            Interlocked.Exchange(ref _nextCheckTicks, (now + _checkInterval).UtcTicks);
            var latest = await _store.LatestCommentModelsVersionAsync(cancellationToken);
            if (latest is null)
            {
                _loaded = _folder?.Current();
                return _loaded;
            }
            if (latest.Value != Version && await _store.LatestCommentModelsAsync(cancellationToken) is { } stored)
            {
                _loaded = Decode(stored);
                Interlocked.Exchange(ref _version, stored.Version);
            }
            return _loaded;
        }
        catch (Exception e) when (e is StoreException or DbException or InvalidDataException or EndOfStreamException)
        {
            // The database is unreachable for a moment, or a stored pair does not read: keep scoring with what is in use
            // and look again after the interval.
            return _loaded;
        }
        finally
        {
            _checking.Release();
        }
    }

    /// <summary>
    /// Stores <paramref name="models"/> as the newest version for every node on the database and makes this node use
    /// it at once; returns the version.
    /// </summary>
    public async Task<long> PublishAsync(CommentModels models, int decisions, CancellationToken cancellationToken)
    {
        var version = await Publish(_store, models, decisions, cancellationToken);
        Interlocked.Exchange(ref _nextCheckTicks, DateTimeOffset.MinValue.UtcTicks);
        return version;
    }

    /// <summary>Stores <paramref name="models"/> as the newest version in <paramref name="store"/> (the command line's way in).</summary>
    public static Task<long> Publish(IStorylineStore store, CommentModels models, int decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(models);
        return store.AddCommentModelsAsync(new StoredCommentModels
        {
            Spam = Encode(models.Spam),
            Abuse = Encode(models.Abuse),
            Decisions = decisions,
        }, KeepVersions, cancellationToken);
    }

    /// <summary>Reads a stored pair back into models; throws <see cref="InvalidDataException"/> when the bytes are not a model.</summary>
    public static CommentModels Decode(StoredCommentModels stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var spam = new MemoryStream(stored.Spam, writable: false);
        using var abuse = new MemoryStream(stored.Abuse, writable: false);
        return new CommentModels(LogisticModel.Load(spam), LogisticModel.Load(abuse));
    }

    private static byte[] Encode(LogisticModel model)
    {
        using var buffer = new MemoryStream();
        model.Save(buffer);
        return buffer.ToArray();
    }
}
