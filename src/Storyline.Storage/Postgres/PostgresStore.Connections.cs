using System.Net.Sockets;
using Npgsql;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>Runs an idempotent read, again on a fresh connection when the old one broke (server restart, failover).</summary>
    private async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                return await read(connection);
            }
            catch (Exception e) when (IsConnectionFailure(e) && attempt < _options.ReadAttempts)
            {
                await PauseAsync(attempt, cancellationToken);
            }
            catch (Exception e) when (IsConnectionFailure(e))
            {
                throw new StoreException($"cannot reach PostgreSQL at {_where}: {e.Message}", e);
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in one read-committed transaction; see the overload for retries.</summary>
    private Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        WriteAsync(work, static () => true, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one read-committed transaction. A connection that breaks before the commit was
    /// sent means the server rolled everything back, so the whole transaction runs again on a fresh connection when
    /// <paramref name="mayRetry"/> agrees (work with effects outside the database says no once they happened). A
    /// connection lost during the commit is reported: it may or may not have been stored.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, Func<bool> mayRetry, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var committing = false;
            var connection = await OpenForWriteAsync(cancellationToken);
            await using (connection)
            {
                try
                {
                    await using var tx = await connection.BeginTransactionAsync(cancellationToken);
                    var result = await work(connection, tx);
                    committing = true;
                    await tx.CommitAsync(cancellationToken);
                    return result;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DiskFull)
                {
                    throw new StoreException("the database server's disk is full: nothing was stored", e);
                }
                catch (Exception e) when (IsConnectionFailure(e) && !committing && attempt < _options.ReadAttempts && mayRetry())
                {
                    await PauseAsync(attempt, cancellationToken);
                }
                catch (Exception e) when (IsConnectionFailure(e))
                {
                    throw new StoreException(committing
                        ? $"lost the connection to PostgreSQL at {_where} while committing: the change may or may not be stored; check before repeating it"
                        : $"lost the connection to PostgreSQL at {_where} during a write: nothing was stored; try again", e);
                }
            }
        }
    }

    private async Task<NpgsqlConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _dataSource.OpenConnectionAsync(cancellationToken);
            }
            catch (Exception e) when (IsConnectionFailure(e) && attempt < _options.ReadAttempts)
            {
                await PauseAsync(attempt, cancellationToken);
            }
            catch (Exception e) when (IsConnectionFailure(e))
            {
                throw new StoreException($"cannot reach PostgreSQL at {_where}: {e.Message}", e);
            }
        }
    }

    private Task PauseAsync(int attempt, CancellationToken cancellationToken)
    {
        // A broken pooled connection poisons the others opened before the restart: drop them all. The pause is wall-clock
        // time on purpose (the server needs real seconds to come back), not the injected clock that tests freeze.
        _dataSource.Clear();
        return Task.Delay(_options.RetryDelay * (1 << (attempt - 1)), cancellationToken);
    }

    private static bool IsConnectionFailure(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is IOException or SocketException,
        IOException or SocketException => true,
        _ => false,
    };
}
