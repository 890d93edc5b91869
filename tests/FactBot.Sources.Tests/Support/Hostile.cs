using System.IO.Compression;
using System.Text;
using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.TestKit.Posts;

namespace FactBot.Sources.Tests.Support;

/// <summary>Builds input files for the tests that feed sources broken and hostile data, made in the test, never shipped.</summary>
internal static class Hostile
{
    public static readonly DateTimeOffset PostTime = new(2024, 1, 10, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A canonical JSONL line (with its newline) of a good post with <paramref name="id"/>.</summary>
    public static string Line(string id, string text = "ok") =>
        PostJsonl.Serialize(PostBuilder.Create(id: id, at: PostTime, text: text)) + "\n";

    public static string Lines(int from, int count, string prefix = "p") =>
        string.Concat(Enumerable.Range(from, count).Select(i => Line(prefix + i)));

    public static byte[] Gzip(string text) => Gzip(Encoding.UTF8.GetBytes(text));

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(content);
        return output.ToArray();
    }

    public static void Append(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A post whose JSON line is over <paramref name="megabytes"/> MB: the caption carries the bulk.</summary>
    public static string HugeCaptionLine(string id, int megabytes) =>
        PostJsonl.Serialize(PostBuilder.Create(id: id, at: PostTime, text: new string('a', megabytes * 1024 * 1024))) + "\n";

    public static Post Good(string id) => PostBuilder.Create(id: id, at: PostTime);
}
