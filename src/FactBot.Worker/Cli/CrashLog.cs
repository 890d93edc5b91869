using System.Globalization;
using FactBot.Worker.Hosting;

namespace FactBot.Worker.Cli;

/// <summary>Writes what an unexpected error carried (type, message, stack, inner errors) to a file for the bug report.</summary>
internal static class CrashLog
{
    /// <summary>Returns the file written: data/logs/crash-&lt;time&gt;.log, or the system's temp folder when data/ is not writable.</summary>
    public static string Write(ContentRoot root, Exception exception, DateTimeOffset now)
    {
        var name = $"crash-{now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Environment.ProcessId}.log";
        var text = $"FactBot crash at {now:O}\n{Environment.CommandLine}\n\n{exception}\n";
        foreach (var folder in new[] { root.Resolve("data/logs"), Path.GetTempPath() })
        {
            try
            {
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, name);
                File.WriteAllText(file, text);
                return file;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Try the next folder.
            }
        }

        return "(no writable folder for the crash log)";
    }
}
