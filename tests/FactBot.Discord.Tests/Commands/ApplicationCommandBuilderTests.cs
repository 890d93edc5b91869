using System.Text.Json.Nodes;
using FactBot.Core.Commands;
using FactBot.Discord.Commands;

namespace FactBot.Discord.Tests.Commands;

public sealed class ApplicationCommandBuilderTests
{
    private static readonly JsonArray Commands = ApplicationCommandBuilder.Build(CommandCatalog.All);

    private static JsonObject Command(string name) => Commands.Single(c => (string)c!["name"]! == name)!.AsObject();

    private static JsonObject Option(JsonObject command, string name) => command["options"]!.AsArray().Single(o => (string)o!["name"]! == name)!.AsObject();

    [Fact]
    public void Build_Catalog_OneTopLevelCommandPerCatalogName()
    {
        Assert.Equal(CommandCatalog.All.Select(c => c.Name).Distinct(), Commands.Select(c => (string)c!["name"]!));
    }

    [Fact]
    public void Build_WatchGroup_HasItsSubcommands()
    {
        var watch = Command("watch");

        var subcommands = watch["options"]!.AsArray();
        Assert.Equal(["add", "remove", "list"], subcommands.Select(s => (string)s!["name"]!));
        Assert.All(subcommands, s => Assert.Equal(1, (int)s!["type"]!));
        Assert.Equal(3, (int)Option(subcommands[0]!.AsObject(), "target")["type"]!);
    }

    [Fact]
    public void Build_OptionTypes_FollowTheCatalog()
    {
        var limit = Option(Command("alerts"), "limit");
        var kind = Option(Command("alerts"), "kind");
        var target = Option(Command("status"), "target");
        var value = Option(Command("watchlist")["options"]!.AsArray().Single(s => (string)s!["name"]! == "set")!.AsObject(), "value");

        Assert.Equal((4, 1L, 50L), ((int)limit["type"]!, (long)limit["min_value"]!, (long)limit["max_value"]!));
        Assert.Equal(3, (int)kind["type"]!);
        Assert.Equal(CommandCatalog.Kinds, kind["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.True((bool)target["autocomplete"]!);
        Assert.Equal(10, (int)value["type"]!);
    }

    [Fact]
    public void Build_AdminCommands_CarryManageServerAndOthersDoNot()
    {
        Assert.Equal("32", (string?)Command("audit")["default_member_permissions"]);
        Assert.Equal("32", (string?)Command("subscribe")["default_member_permissions"]);
        Assert.Null(Command("status")["default_member_permissions"]);
        // watch list is for anyone, so the group as a whole cannot be hidden from members.
        Assert.Null(Command("watch")["default_member_permissions"]);
    }

    [Fact]
    public void Build_EveryCommandAndOption_HasADescriptionOfAtMost100AndRequiredOptionsFirst()
    {
        foreach (var node in Commands.Concat(Commands.SelectMany(c => Descendants(c!.AsObject()))))
            Assert.InRange(((string)node!["description"]!).Length, 1, 100);
        foreach (var options in Commands.SelectMany(c => OptionLists(c!.AsObject())))
        {
            var required = options.Select(o => (bool?)o!["required"] ?? false).ToList();
            Assert.Equal(required.OrderByDescending(r => r), required);
        }
    }

    private static IEnumerable<JsonNode?> Descendants(JsonObject node) =>
        (node["options"]?.AsArray() ?? []).SelectMany(o => new[] { o }.Concat(Descendants(o!.AsObject())));

    private static IEnumerable<JsonArray> OptionLists(JsonObject node)
    {
        if (node["options"]?.AsArray() is not { } options)
            yield break;
        yield return options;
        foreach (var nested in options.SelectMany(o => OptionLists(o!.AsObject())))
            yield return nested;
    }
}
