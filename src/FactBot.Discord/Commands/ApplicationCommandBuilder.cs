using System.Text.Json.Nodes;
using FactBot.Core.Commands;

namespace FactBot.Discord.Commands;

/// <summary>
/// Discord application commands from the Core catalog: one top-level command per name, groups (<c>watch</c>) with
/// their subcommands, option types and choices, descriptions within 100 characters, required options first.
/// Admin commands carry <c>default_member_permissions</c> Manage Server; Core still checks the caller itself.
/// </summary>
internal static class ApplicationCommandBuilder
{
    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5), as Discord's decimal permission string.</summary>
    public const string ManageServer = "32";
    private const int MaxDescription = 100;
    private const int MaxChoices = 25;

    public static JsonArray Build(IReadOnlyList<CommandSpec> catalog)
    {
        var commands = new JsonArray();
        foreach (var name in catalog.Select(s => s.Name).Distinct(StringComparer.Ordinal))
        {
            var specs = catalog.Where(s => s.Name == name).ToList();
            var plain = specs.FirstOrDefault(s => s.Subcommand is null);
            var command = new JsonObject
            {
                ["type"] = 1, // CHAT_INPUT
                ["name"] = name,
                ["description"] = Description(plain?.Description ?? $"/{name} {string.Join(" · ", specs.Select(s => s.Subcommand))}"),
                ["options"] = plain is not null
                    ? Options(plain.Options)
                    : new JsonArray([.. specs.Select(s => (JsonNode)new JsonObject
                    {
                        ["type"] = 1, // SUB_COMMAND
                        ["name"] = s.Subcommand,
                        ["description"] = Description(s.Description),
                        ["options"] = Options(s.Options),
                    })]),
            };
            // A group's permission applies to all of it, so only a group whose every subcommand is for admins gets one.
            if (specs.All(s => s.Role >= CommandRole.Admin))
                command["default_member_permissions"] = ManageServer;
            commands.Add(command);
        }

        return commands;
    }

    private static JsonArray Options(IReadOnlyList<OptionSpec> options) =>
        new([.. options.OrderByDescending(o => o.Required).Select(o => (JsonNode)Option(o))]); // Discord wants required ones first

    private static JsonObject Option(OptionSpec option)
    {
        var json = new JsonObject
        {
            ["type"] = TypeOf(option.Type),
            ["name"] = option.Name,
            ["description"] = Description(option.Description),
            ["required"] = option.Required,
        };
        if (option.Type == OptionType.Choice)
            json["choices"] = new JsonArray([.. option.Choices.Take(MaxChoices).Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c })]);
        else if (option.Autocomplete)
            json["autocomplete"] = true; // Discord forbids autocomplete together with choices
        if (option.Type is OptionType.WholeNumber or OptionType.Number)
        {
            if (option.Min is { } min)
                json["min_value"] = Bound(option.Type, min);
            if (option.Max is { } max)
                json["max_value"] = Bound(option.Type, max);
        }

        return json;
    }

    private static JsonValue Bound(OptionType type, double value) =>
        type == OptionType.WholeNumber ? JsonValue.Create((long)value) : JsonValue.Create(value);

    /// <summary>INTEGER (4), NUMBER (10); everything else is checked by Core from text, so STRING (3).</summary>
    public static int TypeOf(OptionType type) => type switch
    {
        OptionType.WholeNumber => 4,
        OptionType.Number => 10,
        _ => 3,
    };

    private static string Description(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            return "-";
        return trimmed.Length <= MaxDescription ? trimmed : trimmed[..(MaxDescription - 1)].TrimEnd() + "…";
    }
}
