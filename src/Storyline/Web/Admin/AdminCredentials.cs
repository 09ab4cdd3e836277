namespace Storyline.Web.Admin;

/// <summary>The operator account; <see cref="GeneratedPassword"/> is set only when none was configured (printed once at start).</summary>
public sealed record AdminCredentials(string User, PasswordHash Password, string? GeneratedPassword);
