using Npgsql;

namespace Storyline.Storage.Postgres;

/// <summary>
/// Reads <c>postgres://user:password@host:port/database?option=value</c> URLs (libpq's URI form) into store options.
/// Npgsql only takes keyword connection strings, hence this small translation.
/// </summary>
public static class PostgresUrl
{
    /// <summary>Default server port when the URL names none.</summary>
    public const int DefaultPort = 5432;

    /// <summary>Parses <paramref name="url"/>; throws <see cref="StoreException"/> with the reason when it is not usable.</summary>
    public static PostgresStoreOptions Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
            !(uri.Scheme.Equals("postgres", StringComparison.OrdinalIgnoreCase) || uri.Scheme.Equals("postgresql", StringComparison.OrdinalIgnoreCase)))
            throw new StoreException("a PostgreSQL --db must look like postgres://user:password@host:port/database");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = string.IsNullOrEmpty(uri.Host) ? "localhost" : uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? DefaultPort : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (string.IsNullOrEmpty(builder.Database)) throw new StoreException("the PostgreSQL --db URL names no database (postgres://user:password@host:port/DATABASE)");
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        string? schema = null;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]).ToLowerInvariant();
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            switch (key)
            {
                case "sslmode":
                    builder.SslMode = Enum.TryParse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode)
                        ? mode
                        : throw new StoreException($"unknown sslmode '{value}' (disable, allow, prefer, require, verify-ca, verify-full)");
                    break;
                case "schema":
                    schema = value;
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                case "connect_timeout":
                    builder.Timeout = Number(key, value);
                    break;
                case "command_timeout":
                    builder.CommandTimeout = Number(key, value);
                    break;
                case "pool_max":
                case "max_pool_size":
                    builder.MaxPoolSize = Number(key, value);
                    break;
                case "sslrootcert":
                    builder.RootCertificate = value;
                    break;
                default:
                    throw new StoreException($"unknown option '{key}' in the PostgreSQL --db URL (known: sslmode, schema, application_name, connect_timeout, command_timeout, pool_max, sslrootcert)");
            }
        }
        builder.ApplicationName ??= "storyline";
        return new PostgresStoreOptions { ConnectionString = builder.ConnectionString, Schema = schema };
    }

    private static int Number(string key, string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new StoreException($"option '{key}' in the PostgreSQL --db URL must be a whole number, not '{value}'");
}
