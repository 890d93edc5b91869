using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// A file's watermark: once it was read to its end, its data is complete up to its newest post. Not said for a file
/// that stopped early (truncated, unreadable, a last line still being written): more may come.
/// </summary>
internal sealed class FileWatermark
{
    private DateTimeOffset? _newest;

    /// <summary>Notes <paramref name="item"/>'s post time and passes the item on.</summary>
    public SourceItem See(SourceItem item)
    {
        if (item.Post is { } post && !(post.CreatedAt <= _newest))
            _newest = post.CreatedAt;
        return item;
    }

    /// <summary>The item that says the file was read whole, at its end position; null when it held no post.</summary>
    public SourceItem? AtEnd(string position) =>
        _newest is { } newest ? Watermarks.Complete(position, newest) : null;
}
