using Storyline.Storage.Model;
using Storyline.Storage.Postgres;
using Storyline.Tests.Cli;

namespace Storyline.Tests.Postgres;

/// <summary>
/// Two real <c>storyline ingest</c> processes on one PostgreSQL database, fed the same pages and other outlets' reports
/// of the same events at the same moment: every page is stored once and every event is one story.
/// </summary>
public sealed class MultiProcessIngestTests
{
    private static readonly string[] Outlets = ["Daily Planet", "Evening Star", "Morning Post"];

    /// <summary>Synthetic wire stories: each outlet runs the same copy under its own headline and opening line.</summary>
    private static readonly (string Slug, string Headline, string[] Body)[] Events =
    [
        ("bridge", "Kestrel Bay harbour bridge to close for 14 months",
            ["Engineers from Halvorsen Structures found corrosion in 38 of the 112 steel cables holding the Kestrel Bay harbour bridge.",
             "Mayor Odile Brannagh said ferries from Pier 7 would carry 9,000 commuters a day while the deck is rebuilt.",
             "The repairs will cost 212 million crowns, paid by the Northmarch regional transport fund."]),
        ("strike", "Varrow rail workers call off three-day strike",
            ["The Varrow Rail Union accepted a 6.5 percent pay offer from operator Greyline after talks led by mediator Ilse Marrek.",
             "Trains on the Coldwater and Ashby lines will run to the normal timetable from Monday.",
             "Union secretary Tomas Velde said members voted 71 percent in favour of the deal."]),
        ("flood", "Storm Ingrid floods Saltmere coastal villages",
            ["Storm Ingrid pushed a 2.4 metre surge over the Saltmere sea wall, flooding 340 homes in Brackwell and Dunlow.",
             "Coastguard commander Petra Aske said 57 people were lifted from rooftops by two helicopters from Farrow airbase.",
             "The Saltmere council opened the Brackwell sports hall as a shelter for 600 residents."]),
        ("vaccine", "Orlen Institute reports malaria vaccine trial results",
            ["The Orlen Institute said its R41 malaria vaccine cut severe cases by 63 percent among 4,800 children in the Tassen trial.",
             "Lead researcher Dr Amara Quist said a second dose after 18 months kept protection above 50 percent.",
             "Regulators in Velmora will review the data in September before any roll-out."]),
    ];

    private static string Page(string outlet, (string Slug, string Headline, string[] Body) e)
    {
        var host = outlet.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() + ".example";
        var paragraphs = string.Concat(new[] { $"{outlet} has learned the details of the report published this morning." }.Concat(e.Body).Select(p => $"<p>{p}</p>"));
        return $"""
            <!doctype html><html><head><title>{e.Headline} | {outlet}</title>
            <meta property="og:site_name" content="{outlet}">
            <meta property="article:published_time" content="2026-03-01T10:00:00Z">
            <link rel="canonical" href="https://{host}/news/{e.Slug}">
            </head><body><article><h1>{e.Headline}, {outlet} reports</h1>{paragraphs}</article></body></html>
            """;
    }

    /// <summary>Every page twice under different names, in opposite orders in the two folders.</summary>
    private static (string First, string Second, int Pages) WritePages(TempDir tmp)
    {
        var pages = Events.SelectMany(e => Outlets.Select(o => (Name: $"{e.Slug}-{o.Replace(" ", "", StringComparison.Ordinal)}", Html: Page(o, e)))).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            tmp.File($"one/{i:D2}-{pages[i].Name}.html", pages[i].Html);
            tmp.File($"two/{pages.Count - i:D2}-{pages[i].Name}.html", pages[i].Html);
        }
        return (Path.Combine(tmp.Path, "one"), Path.Combine(tmp.Path, "two"), pages.Count);
    }

    [Fact]
    public async Task Ingest_TwoProcessesRacingSameAndRelatedPages_StoreEachOnceInOneStoryPerEvent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = PostgresDatabase.Create();
        using var tmp = new TempDir();
        var (first, second, pages) = WritePages(tmp);

        var results = await Task.WhenAll(CliProcess.RunAsync("ingest", first, "--db", db.Url), CliProcess.RunAsync("ingest", second, "--db", db.Url));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Stderr));
        await using var store = new PostgresStore(PostgresUrl.Parse(db.Url), TimeProvider.System);
        Assert.Equal(pages, (await store.CountAsync(ct)).Articles);
        var stories = await store.ListStoriesAsync(new StoryListQuery { Limit = 100 }, ct);
        var byEvent = stories.ToDictionary(s => Events.Single(e => s.Articles.All(a => a.Url!.EndsWith("/" + e.Slug, StringComparison.Ordinal))).Slug, s => s);
        Assert.Equal(Events.Length, byEvent.Count);
        Assert.All(byEvent.Values, s => Assert.Equal(Outlets.Order(), s.Sources.Order()));
    }

    [Fact]
    public async Task Migrate_ThreeProcessesStartingTogether_AllSucceed()
    {
        await using var db = PostgresDatabase.Create();
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CliProcess.RunAsync("stories", "--json", "--db", db.Url)));
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Stderr));
    }

    [Fact]
    public async Task Ingest_UnreachableDatabase_FailsWithOneClearLine()
    {
        using var tmp = new TempDir();
        var page = tmp.File("page.html", Page(Outlets[0], Events[0]));
        var result = await CliProcess.RunAsync("ingest", page, "--db", "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("PostgreSQL", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
