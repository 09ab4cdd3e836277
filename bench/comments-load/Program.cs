using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

// Posts comments concurrently to a running Storyline over loopback, then checks that every acknowledged comment
// is stored exactly once. Bounded in count and time. Usage:
//   dotnet run -c Release -- BASE_URL STORY_ID COUNT CONCURRENCY OUT_TOKEN_FILE
var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5080");
if (!baseUrl.IsLoopback) throw new ArgumentException("load is only ever sent to loopback");
var storyId = args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
var count = Math.Min(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000, 50_000);
var concurrency = Math.Clamp(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 16, 1, 256);
var run = Guid.NewGuid().ToString("N")[..8];

using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
var latencies = new List<double>(count);
var acknowledged = new List<(long Id, string Marker)>();
int failed = 0, limited = 0, next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < count && !deadline.IsCancellationRequested)
    {
        var marker = $"load-{run}-{i}";
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsJsonAsync($"/api/stories/{storyId}/comments",
                new { author = $"Reader {i % 97}", email = $"reader{i % 97}@example.test", text = $"Comment {marker}: the ferry plan seems sensible to me." }, deadline.Token);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if ((int)response.StatusCode == 429) { Interlocked.Increment(ref limited); continue; }
            if (!response.IsSuccessStatusCode) { Interlocked.Increment(ref failed); continue; }
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(deadline.Token));
            lock (latencies)
            {
                latencies.Add(ms);
                acknowledged.Add((json.RootElement.GetProperty("id").GetInt64(), marker));
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref failed);
        }
    }
}));
var seconds = clock.Elapsed.TotalSeconds;
latencies.Sort();
double P(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
Console.WriteLine($"run={run} posted={count} acknowledged={acknowledged.Count} rate_limited={limited} failed={failed} seconds={seconds:F1} "
    + $"comments_per_s={acknowledged.Count / seconds:F0} p50_ms={P(0.5):F1} p99_ms={P(0.99):F1}");
if (args.Length > 4) await File.WriteAllLinesAsync(args[4], acknowledged.Select(a => $"{a.Id}\t{a.Marker}"));
