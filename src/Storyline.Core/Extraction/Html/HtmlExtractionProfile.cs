using System.Diagnostics;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Time and allocated bytes per phase of <see cref="HtmlArticleExtractor"/>, for the benchmark's <c>--profile</c>
/// mode (no profiler is installed on the build machines). Off by default: then each mark is one branch.
/// </summary>
public static class HtmlExtractionProfile
{
    /// <summary>Phase names, in the order the extractor runs them.</summary>
    public static IReadOnlyList<string> Phases { get; } =
        ["parse", "head scan", "scoring walk", "metadata", "paragraphs", "relaxed passes", "no-article check", "dispose"];

    private static readonly double[] PhaseMilliseconds = new double[Phases.Count];
    private static readonly long[] Bytes = new long[Phases.Count];

    /// <summary>Set by the benchmark before timing; the counters are process-wide and not thread-safe.</summary>
    public static bool Enabled { get; set; }

    /// <summary>
    /// The clock phases are charged by, in milliseconds; wall time unless the benchmark supplies another (its
    /// thread CPU clock, which other processes on a shared machine do not move).
    /// </summary>
    public static Func<double> Clock { get; set; } = () => Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;

    public static double MillisecondsOf(int phase) => PhaseMilliseconds[phase];

    public static long BytesOf(int phase) => Bytes[phase];

    public static void Reset()
    {
        Array.Clear(PhaseMilliseconds);
        Array.Clear(Bytes);
    }

    /// <summary>A mark to measure the next phase from.</summary>
    internal static (double Milliseconds, long Bytes) Start() =>
        Enabled ? (Clock(), GC.GetAllocatedBytesForCurrentThread()) : default;

    /// <summary>Charges the time and bytes since <paramref name="since"/> to <paramref name="phase"/>; returns the new mark.</summary>
    internal static (double Milliseconds, long Bytes) Mark(int phase, (double Milliseconds, long Bytes) since)
    {
        if (!Enabled) return default;
        var now = Start();
        PhaseMilliseconds[phase] += now.Milliseconds - since.Milliseconds;
        Bytes[phase] += now.Bytes - since.Bytes;
        return now;
    }
}
