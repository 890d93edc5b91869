using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;
using Telegram.Bot.Types;

namespace FactBot.Telegram.ChannelPosts;

/// <summary>
/// Channel posts handed over by the poller, read as an endless <see cref="IPostSource"/> by the ingest pipeline, so
/// they get what every source gets: normalising, dedupe, the label join, the store, the detectors. Bounded: when
/// ingest falls behind, the poller waits instead of memory growing. Positions are update ids; there is nothing to
/// resume from, since Telegram itself keeps unconfirmed updates.
/// </summary>
internal sealed class ChannelPostQueue(TimeProvider time) : IPostSource
{
    public const int Capacity = 1024;

    private readonly Channel<SourceItem> _items = Channel.CreateBounded<SourceItem>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public string Id => "telegram:channel-posts";

    public ValueTask EnqueueAsync(int updateId, Message post, CancellationToken ct)
    {
        var position = updateId.ToString(CultureInfo.InvariantCulture);
        // The same limits as every other source: Telegram's own times and sizes are sane, a forwarded export may not be.
        var now = time.GetUtcNow();
        var item = CheckedItem.Of(ChannelPostMapper.Map(post, now), now, position, $"{Id} update {position}");
        return _items.Writer.WriteAsync(item with { CompleteThrough = now - Watermarks.LiveDelay }, ct);
    }

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var item in _items.Reader.ReadAllAsync(ct))
            yield return item;
    }
}
