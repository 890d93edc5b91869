using System.Text.RegularExpressions;
using FactBot.Core.Commands;
using Telegram.Bot.Types;

namespace FactBot.Telegram.Commands;

/// <summary>
/// Telegram's command menus, generated from Core's catalog: what volunteers and subscribers may use (role Anyone, and
/// the commands open in a DM) for everyone, every command for chat administrators. A group such as <c>watch</c> is one
/// Telegram command whose description lists its subcommands. Menus only show; FactBot checks rights on execution.
/// </summary>
internal static partial class CommandMenu
{
    public const int MaxDescription = 256;

    public static IReadOnlyList<BotCommand> ForEveryone() =>
        Build(spec => spec.Role == CommandRole.Anyone || spec.OpenInDirectMessages);

    public static IReadOnlyList<BotCommand> ForAdministrators() => Build(_ => true);

    private static List<BotCommand> Build(Func<CommandSpec, bool> shown)
    {
        var menu = new List<BotCommand>();
        foreach (var group in CommandCatalog.All.Where(shown).GroupBy(s => s.Name, StringComparer.Ordinal))
        {
            if (!CommandName().IsMatch(group.Key))
                continue; // Telegram allows only a-z, 0-9 and '_'; such a command stays typeable but off the menu.
            var specs = group.ToList();
            var description = specs is [{ Subcommand: null } plain]
                ? plain.Description
                : string.Join(" · ", specs.Select(s => $"{s.Subcommand}: {s.Description}"));
            menu.Add(new BotCommand { Command = group.Key, Description = Shorten(description) });
        }

        return menu;
    }

    private static string Shorten(string text) =>
        text.Length <= MaxDescription ? text : string.Concat(text.AsSpan(0, MaxDescription - 1), "…");

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
