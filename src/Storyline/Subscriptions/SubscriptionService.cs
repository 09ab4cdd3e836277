using System.Globalization;
using Microsoft.Extensions.Options;
using Storyline.Storage;
using Storyline.Storage.Subscriptions;

namespace Storyline.Subscriptions;

/// <summary>Sign-up with double opt-in, confirmation, unsubscribing and the preferences page's actions, behind signed links.</summary>
public sealed class SubscriptionService(IStorylineStore store, MailComposer composer, SigningKeySource keys, SubscriptionMailSignal signal,
    IOptions<SubscriptionOptions> options, TimeProvider time, ILogger<SubscriptionService> logger)
{
    /// <summary>Longest source page path kept in a consent record.</summary>
    public const int MaxSourcePageLength = 300;

    public async Task<SignUpResult> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var email = EmailAddressRules.Normalize(request.Email, out var emailError);
        if (email is null) errors["email"] = emailError;
        if (!FollowTarget.TryParse(request.Follow, out var target, out var followError)) errors["follow"] = followError;
        var frequency = DigestFrequencies.DefaultFor(target.Kind);
        if (!string.IsNullOrWhiteSpace(request.Frequency) && !DigestFrequencies.TryParse(request.Frequency, out frequency))
            errors["frequency"] = "Choose instant, daily or weekly.";
        if (!request.Consent) errors["consent"] = "Tick the box to agree to receive these mails.";
        if (request.Replies && target.Kind != FollowKind.Story) errors["replies"] = "Replies to your comments can be followed with a story (story:ID) only.";
        if (errors.Count > 0 || email is null) return new SignUpResult.Invalid(errors);

        var now = time.GetUtcNow();
        var signUp = await store.AddSubscriptionAsync(new NewSubscription
        {
            Email = email,
            Follow = target.ToString(),
            Frequency = DigestFrequencies.Name(frequency),
            Replies = request.Replies,
            Consent = new ConsentEvent { Action = "requested", At = now, NoticeVersion = ConsentNotice.Version, SourcePage = SourcePage(request.SourcePage) },
        }, cancellationToken);
        // Active or suspended: the same answer, and no mail (a suspended address bounced; an active one is subscribed already).
        if (signUp.Subscription.Status != SubscriptionStatus.Pending || signUp.Subscriber.Status == SubscriptionStatus.Suspended) return new SignUpResult.Accepted();

        var o = options.Value;
        var tokens = await keys.GetAsync(cancellationToken);
        var window = now.ToUnixTimeSeconds() / Math.Max(1, (long)o.ConfirmationCooldown.TotalSeconds);
        var key = $"confirm:{signUp.Subscription.Id}:{window.ToString(CultureInfo.InvariantCulture)}";
        var confirm = composer.Link("subscriptions/confirm?token=" + tokens.Create(TokenPurpose.Confirm, signUp.Subscription.Id, now + o.ConfirmTokenLifetime));
        var linksExpire = now + o.LinkTokenLifetime;
        var links = new MailLinks
        {
            Unsubscribe = composer.Link("subscriptions/unsubscribe?token=" + tokens.Create(TokenPurpose.Unsubscribe, signUp.Subscription.Id, linksExpire)),
            Manage = composer.Link("subscriptions/manage?token=" + tokens.Create(TokenPurpose.Manage, signUp.Subscriber.Id, linksExpire)),
        };
        var mail = composer.Confirmation(email, target, frequency, request.Replies, confirm, links, key);
        if (await store.EnqueueMailAsync(new NewOutboxMessage
            {
                IdempotencyKey = key, SubscriberId = signUp.Subscriber.Id, Kind = "confirm", MessageId = mail.MessageId, Subject = mail.Subject,
                Mime = mail.Mime, Created = now,
            }, cancellationToken))
        {
            SubscriptionLog.ConfirmationQueued(logger, target.ToString(), signUp.Subscriber.Id);
            signal.Raise();
        }
        return new SignUpResult.Accepted();
    }

    /// <summary>The double opt-in link; confirming twice is fine and says so.</summary>
    public async Task<LinkOutcome<string>> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        switch ((await keys.GetAsync(cancellationToken)).Verify(token, TokenPurpose.Confirm, time.GetUtcNow()))
        {
            case TokenCheck.Valid(var id):
                var subscription = await store.GetSubscriptionAsync(id, cancellationToken);
                if (subscription is null) return new LinkOutcome<string>.Invalid();
                var label = Label(subscription);
                var now = time.GetUtcNow();
                if (await store.ConfirmSubscriptionAsync(id, Consent("confirmed", now), now + DigestFrequencies.Period(subscription.Frequency), cancellationToken))
                {
                    SubscriptionLog.Confirmed(logger, id);
                    return new LinkOutcome<string>.Done($"Subscribed: you will receive digests of {label}.");
                }
                return subscription.Status == SubscriptionStatus.Active
                    ? new LinkOutcome<string>.Done($"Already confirmed: you receive digests of {label}.")
                    : new LinkOutcome<string>.Invalid();
            case TokenCheck.Expired:
                return new LinkOutcome<string>.Expired();
            default:
                return new LinkOutcome<string>.Invalid();
        }
    }

    /// <summary>Unsubscribes one subscription (the link of a digest, or the RFC 8058 one-click POST); idempotent.</summary>
    public async Task<LinkOutcome<string>> UnsubscribeAsync(string? token, bool oneClick, CancellationToken cancellationToken)
    {
        switch ((await keys.GetAsync(cancellationToken)).Verify(token, TokenPurpose.Unsubscribe, time.GetUtcNow()))
        {
            case TokenCheck.Valid(var id):
                var subscription = await store.GetSubscriptionAsync(id, cancellationToken);
                // Gone with everything else of its subscriber: there is nothing left to send, which is what was asked.
                if (subscription is null) return new LinkOutcome<string>.Done("You are unsubscribed.");
                if (await store.UnsubscribeAsync(id, Consent(oneClick ? "unsubscribed (one-click)" : "unsubscribed", time.GetUtcNow()), cancellationToken))
                    SubscriptionLog.Unsubscribed(logger, id, oneClick);
                return new LinkOutcome<string>.Done($"You are unsubscribed from digests of {Label(subscription)}. No more mail will be sent for it.");
            case TokenCheck.Expired:
                return new LinkOutcome<string>.Expired();
            default:
                return new LinkOutcome<string>.Invalid();
        }
    }

    public async Task<LinkOutcome<ManageView>> OpenManageAsync(string? token, CancellationToken cancellationToken)
    {
        var subscriber = await ManagedSubscriberAsync(token, cancellationToken);
        if (subscriber is not LinkOutcome<SubscriberRecord>.Done(var found))
            return subscriber is LinkOutcome<SubscriberRecord>.Expired ? new LinkOutcome<ManageView>.Expired() : new LinkOutcome<ManageView>.Invalid();
        return new LinkOutcome<ManageView>.Done(new ManageView
        {
            SubscriberId = found.Id,
            MaskedEmail = Mask(found.Email),
            Subscriptions = await store.ListSubscriptionsAsync(found.Id, cancellationToken),
            Token = token!,
        });
    }

    /// <summary>A change from the preferences page: a new frequency, or <c>unsubscribe</c>, for one of the subscriber's own subscriptions.</summary>
    public async Task<LinkOutcome<string>> ChangeAsync(string? token, long subscriptionId, string? action, CancellationToken cancellationToken)
    {
        var subscriber = await ManagedSubscriberAsync(token, cancellationToken);
        if (subscriber is not LinkOutcome<SubscriberRecord>.Done(var found))
            return subscriber is LinkOutcome<SubscriberRecord>.Expired ? new LinkOutcome<string>.Expired() : new LinkOutcome<string>.Invalid();
        var subscription = await store.GetSubscriptionAsync(subscriptionId, cancellationToken);
        if (subscription is null || subscription.SubscriberId != found.Id) return new LinkOutcome<string>.Invalid();
        var now = time.GetUtcNow();
        if (string.Equals(action, "unsubscribe", StringComparison.Ordinal))
        {
            await store.UnsubscribeAsync(subscriptionId, Consent("unsubscribed", now), cancellationToken);
            return new LinkOutcome<string>.Done($"Unsubscribed from digests of {Label(subscription)}.");
        }
        if (!DigestFrequencies.TryParse(action, out var frequency)) return new LinkOutcome<string>.Invalid();
        var changed = await store.ChangeFrequencyAsync(subscriptionId, DigestFrequencies.Name(frequency), now + DigestFrequencies.Period(frequency),
            Consent("changed to " + DigestFrequencies.Name(frequency), now), cancellationToken);
        return changed
            ? new LinkOutcome<string>.Done($"Digests of {Label(subscription)} now come {DigestFrequencies.Describe(frequency)}.")
            : new LinkOutcome<string>.Done($"Digests of {Label(subscription)} are not active; sign up again to restart them.");
    }

    /// <summary>Everything stored about the address of the token's subscriber (the reader's own export).</summary>
    public async Task<LinkOutcome<SubscriberExport>> ExportAsync(string? token, CancellationToken cancellationToken)
    {
        var subscriber = await ManagedSubscriberAsync(token, cancellationToken);
        if (subscriber is not LinkOutcome<SubscriberRecord>.Done(var found))
            return subscriber is LinkOutcome<SubscriberRecord>.Expired ? new LinkOutcome<SubscriberExport>.Expired() : new LinkOutcome<SubscriberExport>.Invalid();
        return await store.ExportSubscriberAsync(found.Id, cancellationToken) is { } export
            ? new LinkOutcome<SubscriberExport>.Done(export)
            : new LinkOutcome<SubscriberExport>.Invalid();
    }

    /// <summary>Deletes everything stored about the address; the links of earlier mails stop working.</summary>
    public async Task<LinkOutcome<string>> DeleteAsync(string? token, CancellationToken cancellationToken)
    {
        var subscriber = await ManagedSubscriberAsync(token, cancellationToken);
        if (subscriber is not LinkOutcome<SubscriberRecord>.Done(var found))
            return subscriber is LinkOutcome<SubscriberRecord>.Expired ? new LinkOutcome<string>.Expired() : new LinkOutcome<string>.Invalid();
        await store.DeleteSubscriberAsync(found.Id, cancellationToken);
        SubscriptionLog.Deleted(logger, found.Id);
        return new LinkOutcome<string>.Done("Everything we stored about your address is deleted. No more mail will be sent to it.");
    }

    private async Task<LinkOutcome<SubscriberRecord>> ManagedSubscriberAsync(string? token, CancellationToken cancellationToken)
    {
        switch ((await keys.GetAsync(cancellationToken)).Verify(token, TokenPurpose.Manage, time.GetUtcNow()))
        {
            case TokenCheck.Valid(var id):
                return await store.GetSubscriberAsync(id, cancellationToken) is { } subscriber
                    ? new LinkOutcome<SubscriberRecord>.Done(subscriber)
                    : new LinkOutcome<SubscriberRecord>.Invalid();
            case TokenCheck.Expired:
                return new LinkOutcome<SubscriberRecord>.Expired();
            default:
                return new LinkOutcome<SubscriberRecord>.Invalid();
        }
    }

    private static ConsentEvent Consent(string action, DateTimeOffset at) =>
        new() { Action = action, At = at, NoticeVersion = ConsentNotice.Version, SourcePage = "mail link" };

    private static string Label(SubscriptionRecord subscription) =>
        FollowTarget.TryParse(subscription.Follow, out var target, out _) ? target.Label : subscription.Follow;

    /// <summary>Only a path: a query string could carry anything, an address included.</summary>
    private static string? SourcePage(string? page)
    {
        if (string.IsNullOrWhiteSpace(page)) return null;
        var path = Uri.TryCreate(page, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : page.Split('?', '#')[0];
        path = new string(path.Where(c => !char.IsControl(c)).ToArray());
        return !path.StartsWith('/') ? null : path.Length > MaxSourcePageLength ? path[..MaxSourcePageLength] : path;
    }

    public static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "•••" : $"{email[0]}•••{email[at..]}";
    }
}
