using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Storyline.Core.Discussion;
using Storyline.Core.Discussion.Policy;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Discussion;

/// <summary>Validates, scores, decides and stores reader comments; the web form and the JSON API both come here.</summary>
public sealed class CommentService(IStorylineStore store, CommentScorer scorer, TimeProvider time, DiscussionOptions? options = null)
{
    private readonly DiscussionOptions _options = options ?? new DiscussionOptions();
    private readonly CommentRateLimiter _rates = new((options ?? new DiscussionOptions()).RateWindow, time);
    private readonly CommentModelSource? _models = (options ?? new DiscussionOptions()) is { RetrainedModels: true } o
        ? new CommentModelSource(store, o.ModelsPath, time, o.ModelsCheckInterval)
        : null;
    private volatile RetrainedScorer? _retrained;

    /// <summary>
    /// The scorer in use: the given one, or the same policy with the newest retrained models (from the database, or
    /// while it holds none from <see cref="DiscussionOptions.ModelsPath"/>).
    /// </summary>
    public async Task<CommentScorer> GetScorerAsync(CancellationToken cancellationToken)
    {
        if (_models is null || await _models.CurrentAsync(cancellationToken) is not { } models) return scorer;
        var current = _retrained;
        if (current is not null && ReferenceEquals(current.Models, models)) return current.Scorer;
        var fresh = new RetrainedScorer(models, scorer.WithModels(models));
        _retrained = fresh;
        return fresh.Scorer;
    }

    public async Task<PostCommentResult> PostAsync(PostCommentRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0) return new PostCommentResult.Invalid(errors);
        if (await store.IsAuthorBannedAsync(request.Email!.Trim(), cancellationToken)) return new PostCommentResult.Banned();
        var author = request.Author!.Trim();
        var text = CleanText(request.Text!);
        var input = new CommentInput
        {
            Id = "new",
            Author = author,
            Text = text,
            Email = request.Email!.Trim(),
            Parent = request.ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        // Rate counts are kept per client (hashed address) and per author (e-mail), in this process.
        var context = new CommentContext
        {
            HoneypotFilled = !string.IsNullOrEmpty(request.Honeypot),
            TimeToSubmit = request.TimeToSubmit,
            RecentFromClient = request.ClientKey is { Length: > 0 } client ? _rates.CountAndRecord("client:" + client) : 0,
            RecentFromAuthor = _rates.CountAndRecord("author:" + input.Email!.ToLowerInvariant()),
            ApprovedFromAuthor = await store.CountApprovedCommentsAsync(input.Email!, cancellationToken),
        };
        var inUse = await GetScorerAsync(cancellationToken);
        var scores = inUse.Score(input, context);
        var decision = inUse.Decide(input, scores, context);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        try
        {
            var stored = await store.AddCommentAsync(new NewComment
            {
                StoryId = request.StoryId,
                ParentId = request.ParentId,
                Author = author,
                Email = input.Email,
                Text = text,
                Status = decision switch
                {
                    ModerationDecision.Publish => CommentStatus.Published,
                    ModerationDecision.Hold => CommentStatus.Held,
                    _ => CommentStatus.Rejected,
                },
                Spam = scores.Spam,
                Abuse = scores.Abuse,
                Created = time.GetUtcNow(),
                EditTokenHash = HashToken(token),
            }, cancellationToken);
            return new PostCommentResult.Accepted(stored, token);
        }
        catch (StoreException e) when (e.Message.Contains("does not exist", StringComparison.Ordinal) || e.Message.Contains("is not in story", StringComparison.Ordinal))
        {
            return new PostCommentResult.NotFound(e.Message);
        }
    }

    /// <summary>
    /// Retrains the filters from every stored moderator decision, starting from this service's base models (the
    /// shipped ones, so retraining never compounds), and stores the result in the database, where this and every
    /// other node on it pick it up. A retraining that changed neither filter stores nothing. Null when retrained models
    /// are turned off (<see cref="DiscussionOptions.RetrainedModels"/>). For an admin action;
    /// <c>storyline comments train --from-store</c> does the same from the command line.
    /// </summary>
    public async Task<RetrainingOutcome?> RetrainAsync(CancellationToken cancellationToken)
    {
        if (_models is null) return null;
        var outcome = await CommentRetraining.FromStoreAsync(store, scorer.Models, cancellationToken: cancellationToken);
        if (outcome.SpamUpdated || outcome.AbuseUpdated)
            await _models.PublishAsync(outcome.Models, outcome.Approved + outcome.Spam + outcome.Abusive, cancellationToken);
        return outcome;
    }

    /// <summary>The author edits their comment with the token from the posting answer, within the edit window.</summary>
    public async Task<AuthorEditOutcome> EditAsync(long commentId, string token, string? newText, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(newText) || newText.Trim().Length > _options.MaxTextChars) return AuthorEditOutcome.Invalid;
        return await store.EditCommentByAuthorAsync(commentId, HashToken(token), CleanText(newText), time.GetUtcNow() - _options.EditWindow, cancellationToken);
    }

    /// <summary>The author deletes their comment with the token from the posting answer, within the edit window.</summary>
    public Task<AuthorEditOutcome> DeleteAsync(long commentId, string token, CancellationToken cancellationToken) =>
        store.EditCommentByAuthorAsync(commentId, HashToken(token), null, time.GetUtcNow() - _options.EditWindow, cancellationToken);

    /// <summary>The stored form of an edit token (SHA-256): the token itself is only ever in the author's hands.</summary>
    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private Dictionary<string, string> Validate(PostCommentRequest request)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var author = request.Author?.Trim() ?? "";
        if (author.Length == 0) errors["author"] = "Please give a name.";
        else if (author.Length > _options.MaxAuthorChars) errors["author"] = $"A name has at most {_options.MaxAuthorChars} characters.";
        else if (author.Any(char.IsControl)) errors["author"] = "A name cannot hold control characters.";

        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0) errors["email"] = "Please give an e-mail address (it is never shown).";
        else if (email.Length > _options.MaxEmailChars || !IsEmail(email)) errors["email"] = "This is not a valid e-mail address.";

        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0) errors["text"] = "Please write a comment.";
        else if (text.Length > _options.MaxTextChars) errors["text"] = $"A comment has at most {_options.MaxTextChars:N0} characters.";
        return errors;
    }

    private static bool IsEmail(string email)
    {
        if (email.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) || email.Count(c => c == '@') != 1) return false;
        if (!MailAddress.TryCreate(email, out var address)) return false;
        return string.Equals(address.Address, email, StringComparison.Ordinal) && address.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Normalises line ends and drops control characters other than newlines and tabs.</summary>
    private static string CleanText(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return new string(normalized.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());
    }

    private sealed record RetrainedScorer(Core.Discussion.Scoring.CommentModels Models, CommentScorer Scorer);
}
