using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Storyline.Subscriptions;

/// <summary>Registers e-mail digests: options (sections <c>Smtp</c> and <c>Subscriptions</c>, checked at start-up), services and the background sender.</summary>
public static class SubscriptionServiceCollectionExtensions
{
    /// <summary>Needs an <see cref="Storage.IStorylineStore"/> singleton; adds <see cref="TimeProvider.System"/> when none is registered.</summary>
    public static IServiceCollection AddStorylineSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section))
            .Validate(o => o.Port is > 0 and <= 65535, "Smtp:Port must be 1-65535.")
            .Validate(o => !o.From.Any(char.IsControl) && MailboxAddress.TryParse(o.From, out _), "Smtp:From must be one address, on one line.")
            .Validate(o => o.Host is null || !o.Host.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)), "Smtp:Host must be a host name.")
            .ValidateOnStart();
        services.AddOptions<SubscriptionOptions>().Bind(configuration.GetSection(SubscriptionOptions.Section))
            .Validate(o => Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https", "Subscriptions:PublicUrl must be an absolute http(s) URL.")
            .Validate(o => string.IsNullOrEmpty(o.SigningKey) || o.SigningKey.Length >= 32, "Subscriptions:SigningKey needs at least 32 characters.")
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1 && o.Connections is >= 1 and <= 64 && o.MaxItemsPerDigest >= 1 && o.MaxSendsPerSecond >= 0, "Subscriptions limits must be positive.")
            .Validate(o => o.ConfirmTokenLifetime > TimeSpan.Zero && o.LinkTokenLifetime > TimeSpan.Zero && o.Lease > TimeSpan.Zero, "Subscriptions lifetimes must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SigningKeySource>();
        services.TryAddSingleton<MailComposer>();
        services.TryAddSingleton<DigestScheduler>();
        services.TryAddSingleton<OutboxSender>();
        services.TryAddSingleton<DigestRunner>();
        services.TryAddSingleton<SubscriptionMailSignal>();
        services.TryAddSingleton<SubscriptionService>();
        services.AddHostedService<SubscriptionMailService>();
        return services;
    }
}
