using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;

namespace FactBot.Sources.Tests.Import;

/// <summary>Drains a source the way the import verb does: every record counted, posts deduplicated by key.</summary>
internal static class ExportDrain
{
    public static async Task<(ImportReport Report, List<Post> Posts)> RunAsync(IPostSource source)
    {
        var report = new ImportReport(source.Id);
        var posts = new List<Post>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in source.ReadAsync(null))
        {
            if (item.Post is null && item.Error is null)
                continue; // a bare position (the file's watermark), not a record
            report.AddRead(item);
            if (item.Post is not { } post)
                continue;
            if (keys.Add(post.Key))
            {
                posts.Add(post);
                report.AddImported();
            }
            else
            {
                report.AddDuplicates();
            }
        }

        return (report, posts);
    }

    /// <summary>The problem reported at <paramref name="position"/>.</summary>
    public static ImportProblem ProblemAt(ImportReport report, string position) =>
        Assert.Single(report.Problems, p => Samples.Shown(p.Position) == position);
}
