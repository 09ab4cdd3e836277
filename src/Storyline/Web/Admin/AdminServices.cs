using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Storyline.Web.Admin;

/// <summary>Registers the operator login: cookie authentication, the hashed password, the lockout.</summary>
public static class AdminServices
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IServiceCollection AddStorylineAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AdminOptions.Section);
        services.Configure<AdminOptions>(section);
        var options = section.Get<AdminOptions>() ?? new AdminOptions();
        var generated = string.IsNullOrWhiteSpace(options.Password);
        var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') : options.Password!;
        services.AddSingleton(new AdminCredentials(options.User, new PasswordHash(password, options.Iterations), generated ? password : null));
        services.AddSingleton<LoginThrottle>();
        // No default scheme: public pages never read the operator cookie (cheaper, and their tokens stay anonymous);
        // the operator policy names the scheme, so the admin pages authenticate with it.
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "sl_admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/admin/login";
            cookie.LogoutPath = "/admin/logout";
            cookie.ExpireTimeSpan = options.Session;
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder().AddPolicy("operator", p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }
}
