using System.Runtime.InteropServices;

namespace Storyline.Bench.Extraction;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), falling back to the
/// process's CPU time elsewhere. On a shared, loaded machine wall time measures the other processes; the
/// thread's own CPU time does not (the bench uses the non-concurrent workstation GC, so collections run on
/// this thread and are counted).
/// </summary>
public static partial class CpuClock
{
    private const int ThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool HasThreadClock = OperatingSystem.IsLinux() && Probe();

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Thread CPU time in milliseconds (process CPU time where no thread clock exists).</summary>
    public static double ThreadMilliseconds()
    {
        if (HasThreadClock && ClockGetTime(ThreadCpuTimeId, out var t) == 0) return t.Seconds * 1000.0 + t.Nanoseconds / 1e6;
        return ProcessMilliseconds();
    }

    /// <summary>CPU time of the whole process (all threads: GC, JIT, timers) in milliseconds.</summary>
    public static double ProcessMilliseconds()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalMilliseconds;
    }
}
