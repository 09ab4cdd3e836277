namespace Storyline.Tests.Web;

/// <summary>The site with a tiny POST allowance, to see the rate limiter answer.</summary>
public sealed class RateLimitedWebAppFixture : WebAppFixture
{
    protected override int PostsPerWindow => 2;
}
