using Storyline.Core.Discussion.Scoring;

namespace Storyline.Discussion;

/// <summary>
/// The folder where retrained comment models live (<c>Discussion:ModelsPath</c>). Writers replace each file
/// atomically; readers pick up a newer pair without a restart, looking at the files at most once per
/// <see cref="DiscussionOptions.ModelsCheckInterval"/>. A missing or unreadable pair leaves the models in use unchanged.
/// </summary>
public sealed class CommentModelFolder(string path, TimeProvider time, TimeSpan checkInterval)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _nextCheck = DateTimeOffset.MinValue;
    private DateTime _loadedStamp = DateTime.MinValue;
    private CommentModels? _loaded;

    /// <summary>The folder.</summary>
    public string Path { get; } = path;

    /// <summary>Writes <paramref name="models"/> into the folder: each file goes to a temporary name first and is then moved over the old one.</summary>
    public void Save(CommentModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        Directory.CreateDirectory(Path);
        var staging = System.IO.Path.Combine(Path, ".staging-" + Guid.NewGuid().ToString("N"));
        try
        {
            models.Save(staging);
            foreach (var file in new[] { CommentModels.SpamFile, CommentModels.AbuseFile })
                File.Move(System.IO.Path.Combine(staging, file), System.IO.Path.Combine(Path, file), overwrite: true);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The newest models in the folder, or null when there are none (then the caller keeps what it has).</summary>
    public CommentModels? Current()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now < _nextCheck) return _loaded;
            _nextCheck = now + checkInterval;
            var spam = System.IO.Path.Combine(Path, CommentModels.SpamFile);
            var abuse = System.IO.Path.Combine(Path, CommentModels.AbuseFile);
            if (!File.Exists(spam) || !File.Exists(abuse)) return _loaded;
            var stamp = new[] { File.GetLastWriteTimeUtc(spam), File.GetLastWriteTimeUtc(abuse) }.Max();
            if (_loaded is not null && stamp == _loadedStamp) return _loaded;
            try
            {
                _loaded = CommentModels.Load(Path);
                _loadedStamp = stamp;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                // A pair caught mid-replacement or damaged: keep the previous models and look again later.
            }
            return _loaded;
        }
    }
}
