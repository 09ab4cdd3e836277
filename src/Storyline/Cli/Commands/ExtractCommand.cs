using System.CommandLine;
using Storyline.Core.Extraction;
using Storyline.Input;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline extract FILE_OR_URL… --json</c>: the extraction stage alone, one JSON object per input.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.OneOrMore, Description = "Files (.html, .htm, .txt, .gz), folders or URLs" };
        var command = new Command("extract", "Extract the article (and any comment thread) from pages") { inputs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(CommonOptions.Json);
            var extractor = new ArticleExtractor(memory: new Core.Extraction.Text.BoilerplateMemory());
            // The fetcher is built only when an input is a URL: extracting files never touches the network stack.
            await using var fetching = new LazyFetching();
            var ok = 0;
            var failed = 0;
            foreach (var input in parse.GetValue(inputs)!.SelectMany(DocumentReader.Expand))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = await ExtractOneAsync(extractor, input, fetching, cancellationToken);
                if (outcome is ExtractionOutcome.Extracted extracted)
                {
                    ok++;
                    Console.Out.WriteLine(json ? JsonOutput.Line(ExtractJson.From(input, extracted.Article)) : ExtractJson.Describe(input, extracted.Article));
                }
                else if (outcome is ExtractionOutcome.Rejected rejected)
                {
                    failed++;
                    Console.Error.WriteLine($"storyline: {input}: {rejected.Reason}");
                    if (json) Console.Out.WriteLine(JsonOutput.Line(ExtractJson.Failure(input, rejected.Reason)));
                }
            }
            return ok == 0 && failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task<ExtractionOutcome> ExtractOneAsync(ArticleExtractor extractor, string input, LazyFetching fetching, CancellationToken cancellationToken)
    {
        try
        {
            var document = await InputLoader.LoadAsync(input, fetching.DownloadAsync, cancellationToken);
            return extractor.Extract(document);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or HttpRequestException or InputRefusedException
            or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ExtractionOutcome.Rejected(e.Message);
        }
    }

    /// <summary>The fetch services, built on the first URL and disposed with the command.</summary>
    private sealed class LazyFetching : IAsyncDisposable
    {
        private ServiceProvider? _services;

        public Task<SourceDocument> DownloadAsync(Uri url, CancellationToken cancellationToken)
        {
            _services ??= CliFetchServices.Build();
            return _services.GetRequiredService<Fetching.PageDownloader>().DownloadAsync(url, cancellationToken);
        }

        public ValueTask DisposeAsync() => _services?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
