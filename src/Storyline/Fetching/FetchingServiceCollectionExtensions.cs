using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Storyline.Core.Extraction;
using Storyline.Core.Feeds;

namespace Storyline.Fetching;

/// <summary>Registers the fetcher, politeness, scheduling and polling services.</summary>
public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Adds fetching bound to the "Fetch" section of <paramref name="configuration"/>. The in-memory
    /// <see cref="IFeedStateStore"/> is registered only if no other store was registered first.
    /// </summary>
    public static IServiceCollection AddStorylineFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => FetchHandlerFactory.Create(sp.GetRequiredService<IOptionsMonitor<FetchOptions>>()))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .SetHandlerLifetime(TimeSpan.FromMinutes(10));
        services.TryAddSingleton<IFeedStateStore, InMemoryFeedStateStore>();
        services.TryAddSingleton(new FeedParser());
        services.TryAddSingleton(new ArticleExtractor());
        services.TryAddSingleton<HttpFetcher>();
        services.TryAddSingleton<HostPoliteness>();
        services.TryAddSingleton<PollScheduler>();
        services.TryAddSingleton<FullTextEnricher>();
        services.TryAddSingleton<FeedPoller>();
        services.TryAddSingleton<FeedCycle>();
        return services;
    }
}
