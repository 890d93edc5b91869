namespace FactBot.Telegram.Delivery;

/// <summary>
/// Telegram's flood limits, kept on our side so digests to many chats do not draw 429s in the first place: a least
/// interval between messages to one chat, a per-minute cap per group or channel (negative chat ids), a per-second cap
/// over all chats (whole-second buckets, close enough to Telegram's "about 30 per second"), and a chat blocked for a
/// 429's retry_after. Sends reserve slots; a reservation whose first slot is further away than the caller will wait is
/// refused with the wait, so the outbox reschedules rather than holding up everything behind it.
/// </summary>
internal sealed class TelegramRateLimiter(TelegramOptions options, TimeProvider time)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private const int PruneAbove = 256;

    private readonly Lock _lock = new();
    private readonly Dictionary<long, ChatPace> _chats = [];
    private readonly Dictionary<long, int> _perSecond = [];

    /// <summary>Reserves <paramref name="count"/> consecutive messages to a chat, or none if the first would have to
    /// wait longer than <paramref name="maxWait"/>.</summary>
    public SendSlots Reserve(long chatId, int count, TimeSpan maxWait)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Prune(now);
            var pace = _chats.TryGetValue(chatId, out var known) ? known : new ChatPace();
            var isGroup = chatId < 0;
            var first = Earliest(Max(now, pace.NextFree, pace.BlockedUntil), pace, isGroup);
            if (first - now > maxWait)
                return SendSlots.Denied(first - now);

            _chats[chatId] = pace;
            var times = new List<DateTimeOffset>(count);
            var at = first;
            for (var i = 0; i < count; i++)
            {
                at = i == 0 ? at : Earliest(pace.NextFree, pace, isGroup);
                times.Add(at);
                if (isGroup)
                    pace.Recent.Add(at);
                var second = Second(at);
                _perSecond[second] = _perSecond.GetValueOrDefault(second) + 1;
                pace.NextFree = at + options.PerChatInterval;
            }

            return new SendSlots(times, TimeSpan.Zero);
        }
    }

    /// <summary>Telegram said 429: nothing more to this chat until <paramref name="retryAfter"/> has passed.</summary>
    public void Block(long chatId, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var pace = _chats.TryGetValue(chatId, out var known) ? known : _chats[chatId] = new ChatPace();
            var until = time.GetUtcNow() + retryAfter;
            if (until > pace.BlockedUntil)
                pace.BlockedUntil = until;
        }
    }

    /// <summary>The first time at or after <paramref name="start"/> that the group window and the global cap allow.</summary>
    private DateTimeOffset Earliest(DateTimeOffset start, ChatPace pace, bool isGroup)
    {
        var at = start;
        for (var changed = true; changed;)
        {
            changed = false;
            if (isGroup)
            {
                // Slots of one chat are reserved in order, so every earlier slot is at or before this one.
                var inWindow = pace.Recent.Count(t => t > at - Minute);
                if (inWindow >= options.PerGroupPerMinute)
                {
                    at = pace.Recent[pace.Recent.Count - options.PerGroupPerMinute] + Minute;
                    changed = true;
                }
            }

            if (_perSecond.GetValueOrDefault(Second(at)) >= options.GlobalPerSecond)
            {
                at = DateTimeOffset.FromUnixTimeSeconds(Second(at) + 1);
                changed = true;
            }
        }

        return at;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var pace in _chats.Values)
            pace.Recent.RemoveAll(t => t <= now - Minute);
        foreach (var second in _perSecond.Keys.Where(s => s < Second(now)).ToList())
            _perSecond.Remove(second);
        if (_chats.Count <= PruneAbove)
            return;
        foreach (var (id, _) in _chats.Where(c => c.Value.Recent.Count == 0 && c.Value.NextFree < now && c.Value.BlockedUntil < now).ToList())
            _chats.Remove(id);
    }

    private static long Second(DateTimeOffset at) => at.ToUnixTimeSeconds();

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b, DateTimeOffset c) =>
        a > b ? (a > c ? a : c) : (b > c ? b : c);
}
