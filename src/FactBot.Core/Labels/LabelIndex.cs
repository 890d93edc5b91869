using System.Collections.Frozen;
using FactBot.Core.Abstractions;
using FactBot.Core.Posts;

namespace FactBot.Core.Labels;

/// <summary>
/// The in-memory label lookup used at ingest, so the label join costs one dictionary lookup per post.
/// Reloaded from the store whenever labels change.
/// </summary>
public sealed class LabelIndex(ILabelStore store)
{
    // Longer keys than this are concatenated instead of built on the stack (no real platform and handle come close).
    private const int StackKeyLength = 256;

    private FrozenDictionary<string, AccountLabel> _labels = FrozenDictionary<string, AccountLabel>.Empty;

    public int Count => _labels.Count;

    public async Task ReloadAsync(CancellationToken ct = default)
    {
        var labels = await store.ListAsync(null, ct);
        _labels = labels.ToFrozenDictionary(l => l.Key, StringComparer.Ordinal);
    }

    /// <summary>The label valid for this author at the post's time, if any.</summary>
    public AccountLabel? Find(string platform, string handle, DateTimeOffset at)
    {
        var labels = _labels;
        if (labels.Count == 0 || !TryGet(labels, platform, handle, out var label))
            return null;
        if (label.ValidFrom is { } from && at < from)
            return null;
        return label.ValidTo is { } to && at >= to ? null : label;
    }

    public Post Join(Post post)
    {
        var label = Find(post.Platform, post.AuthorHandle, post.CreatedAt);
        return ReferenceEquals(label, post.AuthorLabel) ? post : post with { AuthorLabel = label };
    }

    // The key LabelKey.Of(platform, handle) would make, looked up from the stack: one lookup per post, no string.
    private static bool TryGet(FrozenDictionary<string, AccountLabel> labels, string platform, string handle, out AccountLabel label)
    {
        var length = platform.Length + 1 + handle.Length;
        if (length > StackKeyLength)
            return labels.TryGetValue(LabelKey.Of(platform, handle), out label!);

        Span<char> key = stackalloc char[length];
        platform.CopyTo(key);
        key[platform.Length] = ':';
        handle.CopyTo(key[(platform.Length + 1)..]);
        return labels.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out label!);
    }
}
