using System.Globalization;
using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Sources;

namespace FactBot.TestKit.Sources;

/// <summary>
/// A source over a list; positions are 1-based indexes. <see cref="FailAfter"/> simulates a crash: reading stops
/// with an exception once that many items were handed out.
/// </summary>
public sealed class ListPostSource(string id, IReadOnlyList<SourceItem> items) : IPostSource
{
    public ListPostSource(string id, IEnumerable<Post> posts)
        : this(id, [.. posts.Select((p, i) => SourceItem.Of((i + 1).ToString(CultureInfo.InvariantCulture), p))])
    {
    }

    public string Id { get; } = id;

    public int? FailAfter { get; set; }

    public int HandedOut { get; private set; }

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var start = resumeAfter is null ? 0 : int.Parse(resumeAfter, CultureInfo.InvariantCulture);
        for (var i = start; i < items.Count; i++)
        {
            if (FailAfter is { } limit && HandedOut >= limit)
                throw new IOException("simulated crash");
            ct.ThrowIfCancellationRequested();
            HandedOut++;
            await Task.Yield();
            yield return items[i];
        }
    }
}
