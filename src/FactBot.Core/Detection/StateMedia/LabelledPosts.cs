using FactBot.Core.Posts;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// The labelled accounts' activity in one target's window: per bin and account what a <see cref="LabelledActivity"/>
/// holds, as 32-byte structs in bin order (arrival order within a bin), the account shared (<see cref="LabelledAccounts"/>)
/// and the first post's id and link copied into a <see cref="PostText"/>, so the window keeps no post's strings alive.
/// Made only for targets labelled accounts use; a <see cref="LabelledActivity"/> is built only for a bin that is reported.
/// </summary>
internal sealed class LabelledPosts
{
    private Entry[] _entries = new Entry[2];
    private int _first;
    private int _count;
    private PostText _text = new();

    // Bytes of text still referenced: the buffer is compacted when most of it is text of entries gone or replaced.
    private int _liveBytes;

    /// <summary>Entries held: (bin, account) pairs.</summary>
    public int Count => _count;

    /// <summary>Counts a labelled post.</summary>
    public void Add(Post post, long bin, LabelledAccounts accounts)
    {
        // Entries of later bins (a late post) stay after this bin's.
        var insertAt = _count;
        for (var i = _count - 1; i >= 0; i--)
        {
            ref var entry = ref _entries[_first + i];
            if (entry.Bin > bin)
            {
                insertAt = i;
                continue;
            }

            if (entry.Bin < bin)
                break;
            if (!string.Equals(entry.Account.Key, post.AuthorKey, StringComparison.Ordinal))
                continue;

            entry.Posts++;
            if (post.CreatedAt.UtcTicks < entry.FirstTicks)
            {
                _liveBytes -= _text.SizeAt(entry.Text);
                (entry.FirstTicks, entry.Text) = (post.CreatedAt.UtcTicks, Write(post, entry.Account.Platform));
            }

            return;
        }

        var account = accounts.Of(post);
        var text = Write(post, account.Platform);
        Insert(insertAt, new Entry { Bin = bin, FirstTicks = post.CreatedAt.UtcTicks, Posts = 1, Text = text, Account = account });
    }

    /// <summary>Labelled posts in <paramref name="bin"/>.</summary>
    public int PostsIn(long bin)
    {
        var posts = 0;
        for (var i = _count - 1; i >= 0 && _entries[_first + i].Bin >= bin; i--)
        {
            if (_entries[_first + i].Bin == bin)
                posts += _entries[_first + i].Posts;
        }

        return posts;
    }

    /// <summary>The activity of each account in <paramref name="bin"/>, in the order the accounts first came.</summary>
    public List<LabelledActivity> In(long bin)
    {
        var activities = new List<LabelledActivity>();
        for (var i = 0; i < _count; i++)
        {
            var entry = _entries[_first + i];
            if (entry.Bin != bin)
                continue;
            var (platform, id, url) = _text.Read(entry.Text);
            var (account, first) = (entry.Account, new DateTimeOffset(entry.FirstTicks, TimeSpan.Zero));
            var key = PostKey.Of(platform ?? account.Platform, id);
            activities.Add(new LabelledActivity(account.Key, account.Handle, account.Label, first, key, url, entry.Posts));
        }

        return activities;
    }

    /// <summary>The first bin from <paramref name="from"/> on with a labelled post, or <see cref="long.MaxValue"/>.</summary>
    public long FirstBinFrom(long from)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_entries[_first + i].Bin >= from)
                return _entries[_first + i].Bin;
        }

        return long.MaxValue;
    }

    /// <summary>Drops the entries of bins before <paramref name="oldest"/>.</summary>
    public void Prune(long oldest)
    {
        while (_count > 0 && _entries[_first].Bin < oldest)
        {
            _liveBytes -= _text.SizeAt(_entries[_first].Text);
            _entries[_first++] = default;
            _count--;
        }

        if (_count > 0 && _count < _entries.Length / 2)
            Resize(_count + (_count / 4) + 1);
        if (_count == 0)
            (_first, _text, _liveBytes) = (0, new PostText(), 0);
        else if (_liveBytes < _text.Length - (_text.Length / 4))
            Compact();
    }

    // Before writing, so the text being written is not left behind by the compaction; when the buffer is full anyway
    // and a quarter of it is text no entry uses, compacting spares growing it.
    // The platform is the account's nearly always (an account key on two platforms is the exception): stored only if not.
    private int Write(Post post, string accountPlatform)
    {
        if (_text.Length + 128 > _text.Capacity && _liveBytes < _text.Length - (_text.Length / 4))
            Compact();
        var platform = string.Equals(post.Platform, accountPlatform, StringComparison.Ordinal) ? null : post.Platform;
        var start = _text.Add(platform, post.PlatformPostId, post.Url);
        _liveBytes += _text.SizeAt(start);
        return start;
    }

    // Copies the text the entries still use into a fresh buffer with an eighth to spare (an entry whose text is being
    // replaced copies its old text too: a few bytes, gone at the next compaction).
    private void Compact()
    {
        var text = new PostText();
        text.EnsureCapacity(_liveBytes + (_liveBytes / 8) + 64);
        for (var i = 0; i < _count; i++)
        {
            ref var entry = ref _entries[_first + i];
            entry.Text = text.CopyFrom(_text, entry.Text);
        }

        (_text, _liveBytes) = (text, text.Length);
    }

    private void Insert(int index, Entry entry)
    {
        if (_first + _count == _entries.Length)
            Resize(_count + 1 <= _entries.Length * 3 / 4 ? _entries.Length : _entries.Length + Math.Max(2, _entries.Length / 2));

        var at = _first + index;
        Array.Copy(_entries, at, _entries, at + 1, _count - index);
        _entries[at] = entry;
        _count++;
    }

    private void Resize(int length)
    {
        var entries = length == _entries.Length ? _entries : new Entry[length];
        Array.Copy(_entries, _first, entries, 0, _count);
        if (ReferenceEquals(entries, _entries))
            Array.Clear(_entries, _count, _entries.Length - _count);
        (_entries, _first) = (entries, 0);
    }

    private struct Entry
    {
        public long Bin;
        public long FirstTicks;
        public int Posts;
        public int Text;
        public LabelledAccount Account;
    }
}
