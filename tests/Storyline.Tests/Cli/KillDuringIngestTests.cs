using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Storyline.Tests.Cli;

/// <summary>A process killed mid-ingest loses nothing it acknowledged and leaves a database that opens.</summary>
public sealed class KillDuringIngestTests
{
    [Fact]
    public async Task Ingest_KilledMidway_KeepsEveryAcknowledgedArticle()
    {
        using var tmp = new TempDir();
        var dir = Path.Combine(tmp.Path, "pages");
        Directory.CreateDirectory(dir);
        for (var i = 0; i < 400; i++)
            File.WriteAllText(Path.Combine(dir, $"page{i:D4}.txt"),
                $"Event number {i} in district {i % 17}\n\nOfficials in district {i % 17} reported event {i}, with {i * 3} people affected, a spokesperson said.\n\nMore details on case {i} followed later.\n");

        var acknowledged = new List<long>();
        using var process = Process.Start(CliProcess.StartInfo("ingest", dir, "--json", "--db", tmp.Db))!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (acknowledged.Count < 25 && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            acknowledged.Add(json.RootElement.GetProperty("id").GetInt64());
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(acknowledged.Count >= 25, "the child acknowledged too few articles before the kill");

        await using var connection = new SqliteConnection($"Data Source={tmp.Db}");
        await connection.OpenAsync(timeout.Token);
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync(timeout.Token));
        }
        await using var ids = connection.CreateCommand();
        ids.CommandText = "SELECT id FROM articles";
        var stored = new HashSet<long>();
        await using (var reader = await ids.ExecuteReaderAsync(timeout.Token))
            while (await reader.ReadAsync(timeout.Token)) stored.Add(reader.GetInt64(0));
        Assert.All(acknowledged, id => Assert.Contains(id, stored));

        // The database still takes writes: the interrupted run can simply be repeated.
        var rerun = await CliProcess.RunAsync("ingest", dir, "--db", tmp.Db);
        Assert.Equal(0, rerun.ExitCode);
    }
}
