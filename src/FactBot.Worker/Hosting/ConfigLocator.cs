namespace FactBot.Worker.Hosting;

/// <summary>
/// Finds FactBot's content root: the folder holding <c>config/appsettings.json</c>. <c>FACTBOT_HOME</c> wins;
/// otherwise the current folder or one above it (running from the repo), otherwise the app's own folder (a
/// published build carries a copy of config/).
/// </summary>
internal static class ConfigLocator
{
    public static string FindContentRoot()
    {
        if (Environment.GetEnvironmentVariable("FACTBOT_HOME") is { Length: > 0 } home)
            return Path.GetFullPath(home);
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "config", "appsettings.json")))
                return dir.FullName;
        }

        return AppContext.BaseDirectory;
    }

    /// <summary>Makes a configured relative path absolute against the content root.</summary>
    public static string Resolve(string contentRoot, string path) =>
        path == ":memory:" ? path : Path.GetFullPath(path, contentRoot);
}
