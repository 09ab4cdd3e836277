using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using MimeKit;

namespace Storyline.Tests.Subscriptions;

/// <summary>
/// A real SMTP server on loopback: Debian's python3-aiosmtpd running smtp_sink.py, which writes each accepted message to a
/// folder. Stopped and started again on the same port to play an outage.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string InstallHint = "python3-aiosmtpd is not installed (apt-get install -y python3-aiosmtpd): SMTP tests skipped";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private Process? _process;

    private SmtpSink(string python, string folder, int port)
    {
        Python = python;
        Folder = folder;
        Port = port;
    }

    public string Python { get; }
    public string Folder { get; }
    public int Port { get; }

    /// <summary>The interpreter that can import aiosmtpd (Debian's own first: a pyenv python3 on PATH may lack it), or null.</summary>
    public static string? FindPython()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate, ["-c", "import aiosmtpd"]) { RedirectStandardError = true, RedirectStandardOutput = true });
                if (probe is null) continue;
                if (!probe.WaitForExit(TimeSpan.FromSeconds(20))) { probe.Kill(); continue; }
                if (probe.ExitCode == 0) return candidate;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not there: try the next one.
            }
        }
        return null;
    }

    /// <summary>Starts a sink on a free loopback port, or returns null when aiosmtpd is missing.</summary>
    public static async Task<SmtpSink?> StartAsync(string folder)
    {
        if (FindPython() is not { } python) return null;
        var sink = new SmtpSink(python, folder, FreePort());
        Directory.CreateDirectory(folder);
        await sink.StartAsync();
        return sink;
    }

    public static string ScriptPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "smtp_sink.py");

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo(Python, [ScriptPath(), "127.0.0.1", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(info) ?? throw new InvalidOperationException("cannot start the SMTP sink");
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "ready") throw new InvalidOperationException("the SMTP sink did not start: " + await _process.StandardError.ReadToEndAsync(timeout.Token));
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message received so far, with its envelope recipient.</summary>
    public IReadOnlyList<(string To, MimeMessage Message)> Messages()
    {
        var result = new List<(string, MimeMessage)>();
        foreach (var file in Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            using var reader = new StreamReader(stream);
            var first = reader.ReadLine() ?? "";
            stream.Position = first.Length + 2;
            result.Add((first["X-Envelope-To: ".Length..], MimeMessage.Load(stream)));
        }
        return result;
    }

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages().Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).Select(m => m.Message).ToList();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
