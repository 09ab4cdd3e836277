using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Json;
using Storyline.Cli;
using Storyline.Core.Analysis;
using Storyline.Core.Discussion;
using Storyline.Core.Extraction;
using Storyline.Discussion;
using Storyline.Fetching;
using Storyline.Ingestion;
using Storyline.Storage;
using Storyline.Stories;
using Storyline.Subscriptions;
using Storyline.Web.Admin;
using Storyline.Web.Api;
using Storyline.Web.Discussion;
using Storyline.Web.Feeds;
using Storyline.Web.Pages;
using Storyline.Web.Search;
using Storyline.Web.Security;
using Storyline.Web.Subscriptions;

namespace Storyline.Web;

/// <summary>The composition root of the web site: services, then the middleware, then the routes, one line per feature.</summary>
public static class StorylineWebApp
{
    public static async Task<WebApplication> BuildAsync(WebHostSettings settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings.Args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("STORYLINE__");
        builder.Configuration.AddInMemoryCollection(settings.Overrides);
        builder.WebHost.UseUrls(settings.Urls);

        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = web.MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });

        var store = StoreFactory.Open(settings.Db, settings.Time);
        await store.MigrateAsync(cancellationToken);
        builder.Services.AddSingleton(settings.Time);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new StoryService(store, new StoryAnalyzer()));
        var moderation = builder.Configuration.GetSection("Moderation").Get<Core.Discussion.Policy.ModerationOptions>() ?? new Core.Discussion.Policy.ModerationOptions();
        moderation.Validate();
        builder.Services.AddSingleton(new CommentService(store, new CommentScorer(Core.Discussion.Scoring.CommentModels.Shipped, moderation), settings.Time,
            builder.Configuration.GetSection("Discussion").Get<DiscussionOptions>()));
        var pipeline = new IngestPipeline(store, ClustererFactory.Create(), new ArticleExtractor(memory: new Core.Extraction.Text.BoilerplateMemory()),
            new ArticleAnalyzer(), settings.Time);
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton<IFeedStateStore>(new StoreFeedStateStore(store));
        builder.Services.Configure<IngestOptions>(builder.Configuration.GetSection("Ingest"));
        builder.Services.AddStorylineFetching(builder.Configuration);
        builder.Services.AddHostedService<FeedPollingService>();
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton(new HealthProbe(async ct => (await store.CountAsync(ct)).Stories, settings.Time));
        builder.Services.AddSingleton<OwnedComments>();
        builder.Services.AddSingleton<AntiforgeryFields>();

        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonOutput.Options.PropertyNamingPolicy;
            o.SerializerOptions.Encoder = JsonOutput.Options.Encoder;
        });
        // One key ring per database: nodes sharing a PostgreSQL accept each other's forms, cookies and signed links.
        builder.Services.AddDataProtection().SetApplicationName("Storyline");
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = new StoreXmlRepository(store));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sl_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddStorylineRateLimits(web);
        builder.Services.AddStorylineAdmin(builder.Configuration);
        builder.Services.AddStorylineSubscriptions(builder.Configuration);

        var app = builder.Build();
        var pageCache = app.Services.GetRequiredService<PageCache>();
        pipeline.ArticleStored += _ => pageCache.Invalidate();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapSite();
        app.MapFrontPage();
        app.MapStoryPages();
        app.MapStoriesApi();
        app.MapSearch();
        app.MapFeeds();
        app.MapAdmin();
        app.MapSubscriptions();
        app.MapOpenApi();
        return app;
    }
}
