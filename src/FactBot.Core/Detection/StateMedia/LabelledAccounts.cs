using System.Runtime.CompilerServices;
using FactBot.Core.Labels;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One <see cref="LabelledAccount"/> per platform, key, handle and label for all of a detector's windows: every post brings its
/// own copies of the strings, which would otherwise live as long as the window remembers the post (three days).
/// Labelled accounts are a short list, so this stays small; past <see cref="MaxAccounts"/> (labels reloaded many times)
/// it starts over, which loses only sharing, never a name. Used only from the ingest loop, so not thread-safe.
/// </summary>
internal sealed class LabelledAccounts
{
    /// <summary>Accounts kept before starting over.</summary>
    public const int MaxAccounts = 65_536;

    private readonly Dictionary<(string Platform, string Key, string Handle, AccountLabel Label), LabelledAccount> _accounts = new(Same.Instance);

    /// <summary>The shared account of a labelled post.</summary>
    public LabelledAccount Of(Post post)
    {
        var key = (post.Platform, post.AuthorKey, post.AuthorHandle, post.AuthorLabel!);
        if (_accounts.TryGetValue(key, out var account))
            return account;
        if (_accounts.Count >= MaxAccounts)
            _accounts.Clear();
        account = new LabelledAccount(post.Platform, post.AuthorKey, post.AuthorHandle, post.AuthorLabel!);
        _accounts[key] = account;
        return account;
    }

    // Strings by value, the label by reference: a reloaded label is a new instance and may say something else.
    private sealed class Same : IEqualityComparer<(string Platform, string Key, string Handle, AccountLabel Label)>
    {
        public static readonly Same Instance = new();

        public bool Equals((string Platform, string Key, string Handle, AccountLabel Label) x, (string Platform, string Key, string Handle, AccountLabel Label) y) =>
            ReferenceEquals(x.Label, y.Label)
            && string.Equals(x.Key, y.Key, StringComparison.Ordinal)
            && string.Equals(x.Handle, y.Handle, StringComparison.Ordinal)
            && string.Equals(x.Platform, y.Platform, StringComparison.Ordinal);

        public int GetHashCode((string Platform, string Key, string Handle, AccountLabel Label) obj) =>
            HashCode.Combine(string.GetHashCode(obj.Key), string.GetHashCode(obj.Handle), RuntimeHelpers.GetHashCode(obj.Label));
    }
}
