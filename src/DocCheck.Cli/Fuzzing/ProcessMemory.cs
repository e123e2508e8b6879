using System.Diagnostics;
using System.Globalization;

namespace DocCheck.Cli.Fuzzing;

/// <summary>
/// Resident memory of a child process. On Linux the kernel keeps the peak (VmHWM) and lets its owner reset it
/// (clear_refs), which measures each check's own peak without sampling races; elsewhere the working set is sampled.
/// </summary>
internal static class ProcessMemory
{
    /// <summary>Current resident memory in MB.</summary>
    public static double ResidentMegabytes(Process process) =>
        StatusField(process, "VmRSS:") ?? Sampled(process);

    /// <summary>Peak resident memory since the last <see cref="ResetPeak"/>, in MB; null when the system does not keep it.</summary>
    public static double? PeakMegabytes(Process process) => StatusField(process, "VmHWM:");

    /// <summary>Starts a new peak (Linux: writing 5 to clear_refs resets VmHWM to the current resident size).</summary>
    public static void ResetPeak(Process process)
    {
        try
        {
            File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Not Linux, or not allowed: the sampled figure stands in.
        }
    }

    private static double Sampled(Process process)
    {
        try
        {
            process.Refresh();
            return process.WorkingSet64 / 1048576.0;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static double? StatusField(Process process, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kilobytes = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            // The process is gone or this is not Linux.
        }

        return null;
    }
}
