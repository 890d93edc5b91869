using System.Runtime.CompilerServices;
using System.Text;
using FactBot.Core.Posts;
using FactBot.Sources.Demo;

namespace FactBot.Sources.Tests.Demo;

/// <summary>The default dataset, generated once for all demo tests, and small helpers to query it.</summary>
internal static class DemoData
{
    private static readonly Lazy<IReadOnlyList<Post>> DefaultPosts =
        new(() => new DemoDatasetGenerator(DemoScenario.Default).Generate());

    public static DemoScenario Scenario => DemoScenario.Default;

    public static IReadOnlyList<Post> Posts => DefaultPosts.Value;

    public static int CountInHour(Func<Post, bool> filter, DateTimeOffset hourStart) =>
        Posts.Count(p => p.CreatedAt >= hourStart && p.CreatedAt < hourStart.AddHours(1) && filter(p));

    public static bool HasTag(Post post, string tag) => post.Hashtags.Contains(tag, StringComparer.Ordinal);

    /// <summary>Our own normalisation for the tests: lower-case words and hashtags, nothing else.</summary>
    public static string NormalizeCaption(string text)
    {
        var kept = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
            kept.Append(char.IsLetterOrDigit(c) || c == '#' ? c : char.IsWhiteSpace(c) ? ' ' : '\0');
        return string.Join(' ', kept.ToString().Replace("\0", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The repository root: walk up from the test binaries to FactBot.sln; when the build output lives elsewhere
    /// (<c>--artifacts-path</c>), walk up from this source file instead.
    /// </summary>
    public static string RepositoryRoot() =>
        FindUp(AppContext.BaseDirectory) ?? FindUp(Path.GetDirectoryName(ThisFile()) ?? "")
        ?? throw new InvalidOperationException(
            $"FactBot.sln not found above {AppContext.BaseDirectory} or {ThisFile()}.");

    private static string? FindUp(string start)
    {
        for (var dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactBot.sln")))
                return dir.FullName;
        }

        return null;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
