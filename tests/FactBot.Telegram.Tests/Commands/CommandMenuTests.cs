using FactBot.Core.Commands;
using FactBot.Telegram.Commands;

namespace FactBot.Telegram.Tests.Commands;

public sealed class CommandMenuTests
{
    [Fact]
    public void ForEveryone_HoldsVolunteerAndSubscriberCommandsOnly()
    {
        var names = CommandMenu.ForEveryone().Select(c => c.Command).ToList();

        var expected = CommandCatalog.All.Where(s => s.Role == CommandRole.Anyone || s.OpenInDirectMessages).Select(s => s.Name).Distinct().ToList();
        Assert.Equal(expected, names);
        Assert.Contains("subscribe", names);
        Assert.DoesNotContain("audit", names);
        Assert.DoesNotContain("deliveries", names);
    }

    [Fact]
    public void ForEveryone_AGroup_ListsOnlyTheSubcommandsEveryoneMayUse()
    {
        var watch = CommandMenu.ForEveryone().Single(c => c.Command == "watch");

        Assert.Equal("list: The targets of a watchlist", watch.Description);
    }

    [Fact]
    public void ForAdministrators_HoldsEveryCommandOnce_WithGroupsListingAllSubcommands()
    {
        var menu = CommandMenu.ForAdministrators();

        Assert.Equal(CommandCatalog.All.Select(s => s.Name).Distinct(), menu.Select(c => c.Command));
        var watch = menu.Single(c => c.Command == "watch").Description;
        Assert.Contains("add: ", watch, StringComparison.Ordinal);
        Assert.Contains("remove: ", watch, StringComparison.Ordinal);
        Assert.Contains("list: ", watch, StringComparison.Ordinal);
    }

    [Fact]
    public void Menus_FitTelegramsRules()
    {
        var all = CommandMenu.ForAdministrators().Concat(CommandMenu.ForEveryone()).ToList();

        Assert.InRange(CommandMenu.ForAdministrators().Count, 1, 100);
        Assert.All(all, c => Assert.Matches("^[a-z0-9_]{1,32}$", c.Command));
        Assert.All(all, c => Assert.InRange(c.Description.Length, 1, CommandMenu.MaxDescription));
    }
}
