using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Storyline.Web.Security;

/// <summary>The built-in rate limiter on every POST: a fixed window per client, 429 with Retry-After and ProblemDetails.</summary>
public static class RateLimits
{
    public const string Posts = "posts";

    public static IServiceCollection AddStorylineRateLimits(this IServiceCollection services, WebOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Posts, context => RateLimitPartition.GetFixedWindowLimiter(ClientKeys.For(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PostsPerWindow,
                Window = options.PostWindow,
                QueueLimit = 0,
            }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : options.PostWindow;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Please wait before posting again." },
                });
            };
        });
}
