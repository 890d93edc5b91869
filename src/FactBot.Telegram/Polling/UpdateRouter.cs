using FactBot.Telegram.ChannelPosts;
using FactBot.Telegram.Commands;
using FactBot.Telegram.Membership;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Telegram.Polling;

/// <summary>Hands each update to what handles its kind: commands, button presses, the bot's membership, channel
/// posts. Everything else is ignored (and not asked for: see <see cref="AllowedUpdates"/>).</summary>
internal sealed class UpdateRouter(
    CommandMessageHandler commands,
    CallbackQueryHandler callbacks,
    ChatMembershipHandler membership,
    ChannelPostQueue channelPosts,
    TelegramOptions options)
{
    public IReadOnlyList<UpdateType> AllowedUpdates { get; } = options.IngestChannelPosts
        ? [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember, UpdateType.ChannelPost]
        : [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    public async Task RouteAsync(Update update, CancellationToken ct)
    {
        switch (update)
        {
            case { Message: { MigrateToChatId: { } to } migrated }:
                await membership.HandleMigrationAsync(migrated.Chat.Id, to, ct);
                break;
            case { Message: { } message }:
                await commands.HandleAsync(message, ct);
                break;
            case { CallbackQuery: { } query }:
                await callbacks.HandleAsync(query, ct);
                break;
            case { MyChatMember: { } change }:
                await membership.HandleAsync(change, ct);
                break;
            case { ChannelPost: { IsServiceMessage: false } post } when options.IngestChannelPosts:
                await channelPosts.EnqueueAsync(update.Id, post, ct);
                break;
        }
    }
}
