using System.Collections.Concurrent;
using FactBot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace FactBot.Telegram.Commands;

/// <summary>
/// Whether a user administers a chat, by getChatMember, trusted for <see cref="TelegramOptions.AdminCacheDuration"/>.
/// FactBot checks this on every command whatever Telegram's command menus show. When Telegram cannot answer, the user
/// is treated as not an admin (and nothing is cached), so a failure never grants rights.
/// </summary>
internal sealed partial class ChatAdminCache(ITelegramBotClient bot, TelegramOptions options, TimeProvider time, ILogger<ChatAdminCache> logger)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<(long Chat, long User), (bool IsAdmin, DateTimeOffset Until)> _entries = new();

    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue((chatId, userId), out var known) && known.Until > now)
            return known.IsAdmin;

        bool isAdmin;
        try
        {
            var member = await bot.GetChatMember(chatId, userId, ct);
            isAdmin = member.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        }
        catch (Exception ex) when (TelegramErrors.Map(ex) is { } error && !ct.IsCancellationRequested)
        {
            LogLookupFailed(logger, userId, chatId, error.Message);
            return false;
        }

        if (_entries.Count > PruneAbove)
        {
            foreach (var stale in _entries.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
                _entries.TryRemove(stale, out _);
        }

        _entries[(chatId, userId)] = (isAdmin, now + options.AdminCacheDuration);
        return isAdmin;
    }

    /// <summary>Forgets a chat's answers (its membership changed).</summary>
    public void Forget(long chatId)
    {
        foreach (var key in _entries.Keys.Where(k => k.Chat == chatId).ToList())
            _entries.TryRemove(key, out _);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell whether Telegram user {UserId} administers chat {ChatId} (treated as not): {Reason}")]
    private static partial void LogLookupFailed(ILogger logger, long userId, long chatId, string reason);
}
