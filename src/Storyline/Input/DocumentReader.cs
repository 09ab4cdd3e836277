using System.IO.Compression;
using Storyline.Core.Extraction;

namespace Storyline.Input;

/// <summary>Reads local files (and their .gz forms) into <see cref="SourceDocument"/>s with size caps.</summary>
public static class DocumentReader
{
    /// <summary>Largest file read (compressed or not), and largest decompressed size: 64 MiB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/>; throws <see cref="InvalidDataException"/> with a clear message on refusal.</summary>
    public static async Task<SourceDocument> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException("no such file", path);
        if (info.Length > MaxBytes) throw new InvalidDataException($"file is {info.Length:N0} bytes, over the {MaxBytes:N0}-byte limit");

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        Stream stream = file;
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(file, CompressionMode.Decompress);
        await using (stream)
        {
            var bytes = await ReadCappedAsync(stream, MaxBytes, cancellationToken);
            return new SourceDocument { Origin = path, Content = bytes };
        }
    }

    /// <summary>Reads a stream to its end, refusing more than <paramref name="cap"/> bytes (decompression bombs).</summary>
    public static async Task<byte[]> ReadCappedAsync(Stream stream, long cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > cap) throw new InvalidDataException($"content exceeds the {cap:N0}-byte limit");
                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException) when (buffer.Length == 0 && stream is GZipStream)
        {
            throw new InvalidDataException("not a valid gzip file");
        }
        return buffer.ToArray();
    }

    /// <summary>Expands folders into the .html/.htm/.txt files (and .gz forms) inside them, in a stable order.</summary>
    public static IEnumerable<string> Expand(string path)
    {
        if (!Directory.Exists(path))
        {
            yield return path;
            yield break;
        }
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
        foreach (var file in Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal))
            if (IsReadable(file)) yield return file;
    }

    private static bool IsReadable(string file)
    {
        var name = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file;
        return name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
    }
}
