using FactBot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FactBot.Telegram.Commands;

/// <summary>Sets the command menus at start-up, only where Telegram's current menu differs (a restart is then free).
/// A menu that cannot be set is logged and skipped: it is a convenience, and commands work without it.</summary>
internal sealed partial class CommandMenuPublisher(ITelegramBotClient bot, ILogger<CommandMenuPublisher> logger)
{
    /// <summary>Returns how many scopes were changed.</summary>
    public async Task<int> PublishAsync(CancellationToken ct)
    {
        var changed = 0;
        foreach (var (scope, commands) in Menus())
        {
            try
            {
                var current = await bot.GetMyCommands(scope, cancellationToken: ct);
                if (Same(current, commands))
                    continue;
                await bot.SetMyCommands(commands, scope, cancellationToken: ct);
                changed++;
            }
            catch (Exception ex) when (TelegramErrors.Map(ex) is { } error && !ct.IsCancellationRequested)
            {
                LogNotSet(logger, scope.Type.ToString(), error.Message);
            }
        }

        return changed;
    }

    private static IEnumerable<(BotCommandScope Scope, IReadOnlyList<BotCommand> Commands)> Menus()
    {
        yield return (BotCommandScope.Default(), CommandMenu.ForEveryone());
        yield return (BotCommandScope.AllChatAdministrators(), CommandMenu.ForAdministrators());
    }

    private static bool Same(BotCommand[] current, IReadOnlyList<BotCommand> wanted) =>
        current.Length == wanted.Count
        && current.Zip(wanted).All(p => p.First.Command == p.Second.Command && p.First.Description == p.Second.Description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not set the Telegram command menu for scope {Scope}: {Reason}")]
    private static partial void LogNotSet(ILogger logger, string scope, string reason);
}
