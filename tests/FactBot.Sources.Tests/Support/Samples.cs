using System.IO.Compression;
using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Sources;

namespace FactBot.Sources.Tests.Support;

internal static class Samples
{
    public static string PathOf(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Samples", .. parts]);

    /// <summary>
    /// The source's records and problems; with <paramref name="progress"/>, also its bare positions (a watermark
    /// at a file's end, a cursor past an empty page), which most tests about records leave out.
    /// </summary>
    public static async Task<List<SourceItem>> ReadAllAsync(IPostSource source, string? resumeAfter = null, bool progress = false)
    {
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(resumeAfter))
        {
            if (progress || item.Post is not null || item.Error is not null)
                items.Add(item);
        }

        return items;
    }

    /// <summary>
    /// The part of a position people read: a line number (<c>5</c> of <c>5@812#…</c>) or a page and video
    /// (<c>p.json#page1:video2</c> of <c>p.json#page1:video2@0@0#…</c>), without the file mark used for resuming.
    /// </summary>
    public static string Shown(string position) =>
        position.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 ? position[..at] : position;

    public static void Gzip(string from, string to)
    {
        using var input = File.OpenRead(from);
        using var output = new GZipStream(File.Create(to), CompressionLevel.Fastest);
        input.CopyTo(output);
    }

    /// <summary>
    /// The repository's FactBot.sln folder: walked up from the test binaries, or, when they are built elsewhere
    /// (--artifacts-path), from this source file's compile-time location.
    /// </summary>
    public static string? RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactBot.sln")))
                    return dir.FullName;
            }
        }

        return null;
    }
}
