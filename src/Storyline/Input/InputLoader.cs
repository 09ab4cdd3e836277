using Storyline.Core.Extraction;

namespace Storyline.Input;

/// <summary>Loads a command-line input, a local file or an http(s) URL, into a <see cref="SourceDocument"/>.</summary>
public static class InputLoader
{
    /// <summary>True when <paramref name="input"/> names a web address rather than a file.</summary>
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a file, or hands a URL to <paramref name="download"/> (the fetcher, with its limits and refusals).</summary>
    public static async Task<SourceDocument> LoadAsync(string input, Func<Uri, CancellationToken, Task<SourceDocument>> download, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(download);
        if (!IsUrl(input)) return await DocumentReader.ReadFileAsync(input, cancellationToken);
        if (!Uri.TryCreate(input, UriKind.Absolute, out var uri)) throw new InputRefusedException("not a valid URL");
        return await download(uri, cancellationToken);
    }
}
